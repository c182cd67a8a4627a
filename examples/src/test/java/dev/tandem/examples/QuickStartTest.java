package dev.tandem.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's library example is the code of {@link QuickStart}, and it does what the README says. */
class QuickStartTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().resolve("..").normalize();

    /** {@return the lines between a tag's markers of a source, without their common indentation} */
    private static String region(String source, String tag) {
        Matcher m = Pattern.compile("// tag::" + tag + "\\[]\n(.*?)\n\\s*// end::" + tag + "\\[]", Pattern.DOTALL)
                .matcher(source);
        assertThat(m.find()).as("QuickStart.java marks the region " + tag).isTrue();
        List<String> lines = Arrays.asList(m.group(1).split("\n"));
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing())
                .collect(Collectors.joining("\n"));
    }

    /** {@return the README's Java blocks} */
    private static List<String> javaBlocks(String readme) {
        Matcher m = Pattern.compile("```java\n(.*?)\n```", Pattern.DOTALL).matcher(readme);
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void theReadmeShowsTheExampleAsItIsCompiled() throws IOException {
        String source = Files.readString(ROOT.resolve("examples/src/main/java/dev/tandem/examples/QuickStart.java"));
        String readme = Files.readString(ROOT.resolve("README.md"));

        String expected = region(source, "imports") + "\n\n" + region(source, "body");

        assertThat(javaBlocks(readme)).as("a Java block of README.md").contains(expected);
    }

    @Test
    void theExamplePrintsTheCommunityProgrammesCertificationsEscalationAndWarning() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            QuickStart.run(ROOT.resolve("examples/community"));
        } finally {
            System.setOut(out);
        }

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("L-001: certified until 2027-03-10T10:00:00Z");
        assertThat(lines.subList(1, 4)).extracting(l -> l.substring(0, l.indexOf(','))).containsExactly(
                "L-002: in-progress", "L-003: in-progress", "L-004: lapsed");
        assertThat(lines.get(4)).isEqualTo("refer because [high-distress, passive-ideation]: [Ask directly about "
                + "suicide, Arrange a warm hand-off to a mental-health professional]");
        assertThat(lines.get(5)).startsWith("unmeasured-competency: no assessment measures competency 'listening'");
    }
}
