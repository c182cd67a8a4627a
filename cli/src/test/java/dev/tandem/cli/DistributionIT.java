package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built distribution, as a person gets it: the archives' contents, modes and fixed times; then, unpacked,
 * {@code bin/tandem} run from elsewhere and through a symbolic link, its Java checks and JVM options, the
 * completion script in bash, and the man pages through groff. Run by failsafe after {@code package}.
 */
class DistributionIT {

    private static final boolean WINDOWS = System.getProperty("os.name").startsWith("Windows");

    private static Path tar;
    private static Path zip;
    private static String root;
    private static Instant timestamp;
    private static Map<String, TarEntry> tarEntries;

    @TempDir
    static Path unpacked;

    private static Path home;

    @BeforeAll
    static void unpack() throws IOException {
        tar = Path.of(System.getProperty("tandem.dist.tar"));
        zip = Path.of(System.getProperty("tandem.dist.zip"));
        root = System.getProperty("tandem.dist.root");
        timestamp = Instant.parse(System.getProperty("tandem.outputTimestamp"));
        tarEntries = readTar(tar);
        home = unpacked.resolve(root);
        for (TarEntry e : tarEntries.values()) {
            Path target = unpacked.resolve(e.name());
            assertThat(target.normalize()).startsWithRaw(unpacked);
            if (e.directory()) {
                Files.createDirectories(target);
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.write(target, e.content());
            if (!WINDOWS) {
                Files.setPosixFilePermissions(target, permissions(e.mode()));
            }
        }
    }

    @Test
    void theArchivesHoldLaunchersJarsCompletionManPagesAndExamples() {
        assertThat(files(tarEntries.keySet())).contains("bin/tandem", "bin/tandem.cmd", "README.md", "LICENSE",
                "completion/tandem_completion", "man/man1/tandem.1", "examples/community/curriculum.yaml",
                "lib/tandem-cli-0.1.0-SNAPSHOT.jar", "lib/tandem-io-0.1.0-SNAPSHOT.jar",
                "lib/tandem-core-0.1.0-SNAPSHOT.jar");
        assertThat(files(tarEntries.keySet())).anyMatch(f -> f.matches("lib/picocli-4\\.[0-9.]+\\.jar"))
                .anyMatch(f -> f.matches("lib/jackson-databind-.*\\.jar"))
                .noneMatch(f -> f.matches("lib/.*(junit|jqwik|assertj|archunit|jruby|asciidoctor|codegen).*"));
        // a man page for the tool and for each of its commands
        for (String command : commandNames()) {
            assertThat(files(tarEntries.keySet())).contains("man/man1/tandem-" + command + ".1");
        }
    }

    @Test
    void theLaunchersAreExecutableAndEveryEntryHasTheBuildsFixedTime() {
        assertThat(tarEntries.get(root + "/bin/tandem").mode() & 0777).isEqualTo(0755);
        assertThat(tarEntries.get(root + "/bin/tandem.cmd").mode() & 0777).isEqualTo(0755);
        assertThat(tarEntries.get(root + "/lib/tandem-cli-0.1.0-SNAPSHOT.jar").mode() & 0777).isEqualTo(0644);
        assertThat(tarEntries.values()).allSatisfy(e ->
                assertThat(e.mtime()).as(e.name()).isEqualTo(timestamp.getEpochSecond()));
    }

    @Test
    void theZipHoldsTheSameFilesWithTheSameFixedTimeAndAWindowsLauncherWithCrlf() throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<String> names = new ArrayList<>();
            for (ZipEntry e : z.stream().toList()) {
                names.add(e.getName());
                assertThat(e.getLastModifiedTime().toInstant()).as(e.getName()).isEqualTo(timestamp);
            }
            assertThat(files(names)).isEqualTo(files(tarEntries.keySet()));
            String cmd = new String(z.getInputStream(z.getEntry(root + "/bin/tandem.cmd")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(cmd).startsWith("@echo off\r\n").contains("dev.tandem.cli.Main %*");
            assertThat(cmd.replace("\r\n", "")).as("every line ends with CR LF").doesNotContain("\n");
            String sh = new String(z.getInputStream(z.getEntry(root + "/bin/tandem")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(sh).startsWith("#!/bin/sh\n").doesNotContain("\r");
        }
    }

    @Test
    void versionNamesTheVersionTheFormatAndTheCommit() throws Exception {
        assumeTrue(!WINDOWS, "POSIX launcher");
        Run version = run(unpacked, Map.of(), home.resolve("bin/tandem").toString(), "--version");

        assertThat(version.exit()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("tandem 0.1.0-SNAPSHOT\n")
                .contains("curriculum format version 1 (tandem: 1)")
                .containsPattern("built from commit ([0-9a-f]{7,40}|unknown)\n");
        String head = gitHead();
        if (head != null) {
            // built in a git checkout: the commit it was built from, abbreviated
            String commit = version.out().replaceAll("(?s).*built from commit (\\S+).*", "$1");
            assertThat(head).startsWith(commit);
        }
    }

    @Test
    void validatesAShippedExampleFromAnotherDirectoryAndThroughASymbolicLink() throws Exception {
        assumeTrue(!WINDOWS, "POSIX launcher");
        Path links = Files.createDirectories(unpacked.resolve("links"));
        Path link = Files.createSymbolicLink(links.resolve("tandem"), home.resolve("bin/tandem"));
        Path elsewhere = Files.createDirectories(unpacked.resolve("elsewhere"));

        Run ok = run(elsewhere, Map.of(), link.toString(), "validate",
                home.resolve("examples/community/curriculum.yaml").toString());
        Run missing = run(elsewhere, Map.of(), link.toString(), "validate", "no-such-curriculum.yaml");

        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).startsWith("tandem validate: error: ").contains("no-such-curriculum.yaml");
    }

    @Test
    void jvmDefaultsApplyUnlessTandemJavaOptsReplacesThem() throws Exception {
        assumeTrue(!WINDOWS, "POSIX launcher");
        String launcher = home.resolve("bin/tandem").toString();
        // JAVA_TOOL_OPTIONS adds to whatever the launcher passes, so the flags in force can be seen
        Map<String, String> showFlags = Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintCommandLineFlags");
        Run defaults = run(unpacked, showFlags, launcher, "--version");
        Map<String, String> replaced = new HashMap<>(showFlags);
        replaced.put("TANDEM_JAVA_OPTS", "-XX:+UseParallelGC -Xmx100m");
        Run custom = run(unpacked, replaced, launcher, "--version");

        assertThat(defaults.exit()).isZero();
        assertThat(defaults.out()).contains("-XX:+UseSerialGC").contains("-XX:MaxRAMPercentage=50")
                .contains("-XX:MaxTenuringThreshold=0").contains("-XX:InlineSmallCode=1000");
        assertThat(custom.exit()).isZero();
        assertThat(custom.out()).contains("-XX:+UseParallelGC").contains("-XX:MaxHeapSize=104857600")
                .doesNotContain("UseSerialGC").doesNotContain("MaxRAMPercentage")
                .doesNotContain("MaxTenuringThreshold").doesNotContain("InlineSmallCode=1000")
                .doesNotContain("UseTransparentHugePages");
    }

    @Test
    void asksForTransparentHugePagesOnlyWhereTheKernelGivesThemOnRequest() throws Exception {
        assumeTrue(!WINDOWS, "POSIX launcher");
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean onRequest = Files.isReadable(setting) && Files.readString(setting).contains("[madvise]");
        Run defaults = run(unpacked, Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintCommandLineFlags"),
                home.resolve("bin/tandem").toString(), "--version");

        assertThat(defaults.exit()).isZero();
        assertThat(defaults.err()).doesNotContain("warning");
        if (onRequest) {
            assertThat(defaults.out()).contains("-XX:+UseTransparentHugePages");
        } else {
            assertThat(defaults.out()).doesNotContain("-XX:+UseTransparentHugePages");
        }
    }

    @Test
    void makesAClassDataArchiveOnceInTheCacheThenRunsWithItAndIgnoresOneThatIsUnusable() throws Exception {
        assumeTrue(!WINDOWS, "POSIX launcher");
        String launcher = home.resolve("bin/tandem").toString();
        String curriculum = home.resolve("examples/community/curriculum.yaml").toString();
        Path cache = Files.createDirectories(unpacked.resolve("cds-cache"));
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString(), "TANDEM_CDS", "on");

        Run first = run(unpacked, env, launcher, "validate", curriculum);
        Path archive = awaitArchive(cache.resolve("tandem"));
        Run withArchive = run(unpacked, env, launcher, "validate", curriculum);
        Files.write(archive, "not an archive".getBytes(StandardCharsets.UTF_8));
        Run unusable = run(unpacked, env, launcher, "validate", curriculum);
        Path offCache = Files.createDirectories(unpacked.resolve("cds-off"));
        Map<String, String> off = Map.of("XDG_CACHE_HOME", offCache.toString(), "TANDEM_CDS", "off");
        Run disabled = run(unpacked, off, launcher, "validate", curriculum);

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(archive.getFileName().toString()).endsWith(".jsa");
        // the archive changes nothing a person sees: no JVM warning on either stream
        assertThat(withArchive).isEqualTo(first);
        assertThat(unusable).isEqualTo(first);
        assertThat(disabled).isEqualTo(first);
        Thread.sleep(500);
        try (Stream<Path> made = Files.list(offCache)) {
            assertThat(made).isEmpty();
        }
    }

    @Test
    void otherJvmOptionsGetAClassDataArchiveOfTheirOwn() throws Exception {
        assumeTrue(!WINDOWS, "POSIX launcher");
        String launcher = home.resolve("bin/tandem").toString();
        String curriculum = home.resolve("examples/community/curriculum.yaml").toString();
        Path cache = Files.createDirectories(unpacked.resolve("cds-options"));
        Map<String, String> defaults = Map.of("XDG_CACHE_HOME", cache.toString(), "TANDEM_CDS", "on");
        Map<String, String> own = Map.of("XDG_CACHE_HOME", cache.toString(), "TANDEM_CDS", "on",
                "TANDEM_JAVA_OPTS", "-XX:+UseSerialGC -Xmx200m");

        Run first = run(unpacked, defaults, launcher, "validate", curriculum);
        Path made = awaitArchive(cache.resolve("tandem"));
        Run withOwnOptions = run(unpacked, own, launcher, "validate", curriculum);
        List<Path> archives = awaitArchives(cache.resolve("tandem"), 2);
        Run again = run(unpacked, defaults, launcher, "validate", curriculum);

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(withOwnOptions).isEqualTo(first);
        assertThat(again).isEqualTo(first);
        // the archive made with the defaults stays, beside one made with the other options
        assertThat(archives).hasSize(2).contains(made);
    }

    /** {@return the archives in the directory, once there are {@code count} and none is being made} */
    private static List<Path> awaitArchives(Path dir, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    List<Path> all = files.toList();
                    List<Path> archives = all.stream().filter(f -> f.toString().endsWith(".jsa")).toList();
                    if (archives.size() >= count && all.stream().noneMatch(f -> f.toString().endsWith(".lock"))) {
                        return archives;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("fewer than " + count + " class-data archives in " + dir + " after 2 minutes");
    }

    /** {@return the archive the launcher makes in the background, once it is in place (waits up to 2 minutes)} */
    private static Path awaitArchive(Path dir) throws Exception {
        return awaitArchives(dir, 1).get(0);
    }

    @Test
    void saysClearlyWhenJavaIsMissingOrTooOld() throws Exception {
        assumeTrue(!WINDOWS, "POSIX launcher");
        String launcher = home.resolve("bin/tandem").toString();
        Path old = Files.createDirectories(unpacked.resolve("jdk-11/bin"));
        Files.writeString(old.resolve("java"), "#!/bin/sh\necho 'should not run' >&2\nexit 99\n");
        Files.setPosixFilePermissions(old.resolve("java"), permissions(0755));
        Files.writeString(old.getParent().resolve("release"), "JAVA_VERSION=\"11.0.2\"\n");
        Path empty = Files.createDirectories(unpacked.resolve("not-a-jdk"));

        Run tooOld = run(unpacked, Map.of("JAVA_HOME", old.getParent().toString()), launcher, "--version");
        Run noJava = run(unpacked, Map.of("JAVA_HOME", empty.toString()), launcher, "--version");

        assertThat(tooOld.exit()).isEqualTo(2);
        assertThat(tooOld.err()).startsWith("tandem: error: tandem needs Java 17 or later")
                .contains("Java 11").doesNotContain("should not run");
        assertThat(noJava.exit()).isEqualTo(2);
        assertThat(noJava.err()).startsWith("tandem: error: JAVA_HOME").contains("Java 17 or later");
    }

    @Test
    void theCheckoutsLauncherJarRunsWithTheLibrariesBesideIt() throws Exception {
        // ./tandem runs java -jar cli/target/tandem-cli-VERSION.jar, whose manifest names lib/*.jar
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Run version = run(unpacked, Map.of(), javaBin, "-jar", System.getProperty("tandem.cli.jar"), "--version");

        assertThat(version.exit()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("tandem ");
    }

    @Test
    void theCompletionScriptIsValidBashAndCompletesCommandsAndOptions() throws Exception {
        assumeTrue(!WINDOWS && onPath("bash"), "bash");
        String script = home.resolve("completion/tandem_completion").toString();
        assertThat(run(unpacked, Map.of(), "bash", "-n", script).exit()).isZero();

        assertThat(complete(script, "tandem", "ev")).containsExactly("evaluate");
        assertThat(complete(script, "tandem", "")).containsAll(commandNames());
        assertThat(complete(script, "tandem", "evaluate", "--cur")).containsExactly("--curriculum");
    }

    @Test
    void theCompletionScriptLoadsInZshThroughItsBashCompletionAndOffersCommandsAndOptions() throws Exception {
        assumeTrue(!WINDOWS && onPath("zsh"), "zsh");
        String script = home.resolve("completion/tandem_completion").toString();
        // the script turns on zsh's completion and its bash compatibility (bashcompinit) itself, which runs a bash
        // completion function under sh emulation; zsh then keeps only the offers that match the word typed, so
        // the offers are checked for what they contain
        String program = "source \"$1\"; shift; complete -p tandem; "
                + "emulate -L sh; COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 )); COMP_LINE=\"$*\"; "
                + "COMP_POINT=${#COMP_LINE}; _complete_tandem; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Run commands = run(unpacked, Map.of(), "zsh", "-f", "-c", program, "zsh", script, "tandem", "ev");
        Run options = run(unpacked, Map.of(), "zsh", "-f", "-c", program, "zsh", script, "tandem", "evaluate",
                "--cur");

        assertThat(commands.exit()).as(commands.err()).isZero();
        assertThat(commands.out()).contains("complete -F _complete_tandem").contains("evaluate");
        assertThat(commands.out().lines().map(String::strip)).containsAll(commandNames());
        assertThat(options.out().lines().map(String::strip)).contains("--curriculum", "--evidence", "--threads")
                .doesNotContain("validate");
    }

    @Test
    void theManPagesRenderWithGroff() throws Exception {
        assumeTrue(!WINDOWS && onPath("groff"), "groff");
        for (String page : new TreeSet<>(files(tarEntries.keySet()))) {
            if (!page.startsWith("man/man1/")) {
                continue;
            }
            Run rendered = run(unpacked, Map.of(), "groff", "-man", "-Tutf8", "-ww", home.resolve(page).toString());
            assertThat(rendered.exit()).as(page).isZero();
            assertThat(rendered.err()).as(page).isEmpty();
            // groff marks bold and underline by overstriking: a character, a backspace, a character
            assertThat(rendered.out().replaceAll(".\b", "")).as(page).contains("NAME", "SYNOPSIS", "OPTIONS")
                    .doesNotContain("&#", "&amp;", "&lt;");
        }
        Run evaluate = run(unpacked, Map.of(), "groff", "-man", "-Tascii",
                home.resolve("man/man1/tandem-evaluate.1").toString());
        assertThat(evaluate.out().replaceAll(".\b", "")).contains("tandem-evaluate", "--curriculum",
                "EXIT CODES", "EXAMPLES", "tandem evaluate --curriculum curriculum.yaml");
    }

    /** {@return what bash completion offers for a command line whose last word is being typed} */
    private static List<String> complete(String script, String... words) throws Exception {
        String line = String.join(" ", words);
        String program = "source \"$1\"; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 )); "
                + "COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE}; _complete_tandem; printf '%s\\n' \"${COMPREPLY[@]}\"";
        List<String> command = new ArrayList<>(List.of("bash", "-c", program, "bash", script));
        command.addAll(Arrays.asList(words));
        Run r = run(unpacked, Map.of(), command.toArray(String[]::new));
        assertThat(r.exit()).as(line + ": " + r.err()).isZero();
        return r.out().lines().filter(s -> !s.isBlank()).map(String::strip).toList();
    }

    private static List<String> commandNames() {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        return List.copyOf(TandemCommand.commandLine(discard, discard).getSubcommands().keySet());
    }

    /** The paths of the archive's files (not directories), relative to its top directory. */
    private static Set<String> files(Iterable<String> names) {
        Set<String> files = new TreeSet<>();
        for (String n : names) {
            if (!n.endsWith("/")) {
                assertThat(n).startsWith(root + "/");
                files.add(n.substring(root.length() + 1));
            }
        }
        return files;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Path dir, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("TANDEM_JAVA_OPTS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        // no class-data archive made in the background unless a test asks for one (then in a cache of its own,
        // never the user's): no process of the launcher's outlives a test
        pb.environment().put("TANDEM_CDS", "off");
        pb.environment().put("XDG_CACHE_HOME", unpacked.resolve("cache").toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errReader = new Thread(() -> {
            try (InputStream in = p.getErrorStream()) {
                in.transferTo(err);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        errReader.start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
        errReader.join();
        String errText = err.toString(StandardCharsets.UTF_8)
                .replaceAll("(?m)^Picked up JAVA_TOOL_OPTIONS: .*\n", "");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), errText);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    /** {@return the full commit id of the checkout this build runs in, or null outside a git checkout} */
    private static String gitHead() throws Exception {
        if (!onPath("git")) {
            return null;
        }
        Run r = run(Path.of("").toAbsolutePath(), Map.of(), "git", "rev-parse", "HEAD");
        return r.exit() == 0 ? r.out().strip() : null;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }

    /** One entry of a tar archive: its name, mode, modification time (epoch seconds) and content. */
    private record TarEntry(String name, int mode, long mtime, boolean directory, byte[] content) {
    }

    /** Reads a gzipped tar (ustar, with GNU long names), which the JDK cannot, keeping the entries in order. */
    private static Map<String, TarEntry> readTar(Path file) throws IOException {
        Map<String, TarEntry> entries = new LinkedHashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            String longName = null;
            while (true) {
                byte[] header = in.readNBytes(512);
                if (header.length < 512 || header[0] == 0) {
                    break;
                }
                String name = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                int mode = (int) octal(header, 100, 8);
                long size = octal(header, 124, 12);
                long mtime = octal(header, 136, 12);
                char type = (char) header[156];
                byte[] content = in.readNBytes((int) size);
                in.readNBytes((int) ((512 - size % 512) % 512));
                if (type == 'L') {
                    longName = new String(content, StandardCharsets.UTF_8).replace("\0", "");
                    continue;
                }
                String full = longName != null ? longName : prefix.isEmpty() ? name : prefix + "/" + name;
                longName = null;
                entries.put(full, new TarEntry(full, mode, mtime, type == '5', content));
            }
        }
        return entries;
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] header, int offset, int length) {
        String text = field(header, offset, length).strip();
        return text.isEmpty() ? 0 : Long.parseLong(text, 8);
    }
}
