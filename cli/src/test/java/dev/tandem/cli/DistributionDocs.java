package dev.tandem.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the distribution's bash/zsh completion script and its man pages (one per command), from the same
 * command line the tool runs, so that both show the help's exit codes and examples. The man pages are written as
 * AsciiDoc by picocli's generator, then converted to troff by Asciidoctor's manpage backend.
 *
 * <p>Run by the build in the {@code package} phase, in a JVM of its own (exec-maven-plugin, test class path);
 * not a test.
 */
public final class DistributionDocs {

    private DistributionDocs() {
    }

    /**
     * Writes the completion script and the man pages.
     *
     * @param args the completion script's file; a directory for the man pages' AsciiDoc sources; the directory
     *             for the troff pages ({@code man1}); the build's fixed timestamp
     *             ({@code project.build.outputTimestamp}), whose date the pages show
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException(
                    "usage: DistributionDocs COMPLETION-FILE ADOC-DIR MAN1-DIR TIMESTAMP");
        }
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        CommandLine tandem = TandemCommand.commandLine(discard, discard);

        Path completion = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(completion.getParent());
        Files.writeString(completion, AutoComplete.bash("tandem", tandem), StandardCharsets.UTF_8);

        Path adoc = Path.of(args[1]);
        Files.createDirectories(adoc);
        int exit = ManPageGenerator.generateManPage(adoc.toFile(), null, new boolean[0], true,
                tandem.getCommandSpec());
        if (exit != 0) {
            throw new IOException("the man page generator failed with exit code " + exit);
        }
        List<Path> pages;
        try (Stream<Path> files = Files.list(adoc)) {
            pages = files.filter(p -> p.toString().endsWith(".adoc")).sorted().toList();
        }
        // the date in each page's header: the build's fixed date, not the files' time (reproducible pages);
        // addresses in help texts are examples ("https://..."), not links: AsciiDoc must not turn them into links
        String date = Instant.parse(args[3]).toString().substring(0, 10);
        for (Path page : pages) {
            String text = Files.readString(page, StandardCharsets.UTF_8)
                    .replaceFirst("(?m)^:doctype: manpage$", ":doctype: manpage\n:docdate: " + date)
                    .replaceAll("(?<![\\\\\\w])(https?://)", "\\\\$1");
            Files.writeString(page, text, StandardCharsets.UTF_8);
        }

        Path man1 = Path.of(args[2]);
        Files.createDirectories(man1);
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            for (Path page : pages) {
                asciidoctor.convertFile(page.toFile(), Options.builder().backend("manpage").toDir(man1.toFile())
                        .safe(SafeMode.UNSAFE).build());
            }
        }
    }
}
