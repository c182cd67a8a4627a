package dev.tandem.cli.hostile;

import java.nio.file.Files;
import java.nio.file.Path;

/** The curricula and evidence shipped under {@code examples/}, found from the module's directory. */
final class Examples {

    private Examples() {
    }

    /** {@return the examples folder of the repository} */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples");
            if (Files.isRegularFile(candidate.resolve("community/curriculum.yaml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/community/curriculum.yaml not found above the working directory");
    }

    /** {@return a file of a programme} @param programme the folder @param name the file name */
    static Path file(String programme, String name) {
        return root().resolve(programme).resolve(name);
    }
}
