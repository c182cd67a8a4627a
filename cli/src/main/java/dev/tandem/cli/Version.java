package dev.tandem.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * What {@code tandem --version} says: the version, the curriculum format version it reads, and the commit it was
 * built from (recorded at build time in {@code build.txt}; "unknown" when built outside a git checkout).
 */
final class Version implements CommandLine.IVersionProvider {

    /** The curriculum format version this build reads ({@code tandem: 1}). */
    static final int FORMAT_VERSION = 1;

    @Override
    public String[] getVersion() {
        String v = TandemCommand.class.getPackage().getImplementationVersion();
        return new String[] {"tandem " + (v == null ? "0.1.0-SNAPSHOT" : v),
            "curriculum format version " + FORMAT_VERSION + " (tandem: " + FORMAT_VERSION + ")",
            "built from commit " + commit()};
    }

    /** {@return the commit recorded at build time, or "unknown"} */
    static String commit() {
        try (InputStream in = Version.class.getResourceAsStream("build.txt")) {
            if (in == null) {
                return "unknown";
            }
            String text = new String(in.readNBytes(200), StandardCharsets.UTF_8).strip();
            return text.matches("[0-9a-f]{7,40}") ? text : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
