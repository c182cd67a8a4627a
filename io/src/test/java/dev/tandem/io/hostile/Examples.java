package dev.tandem.io.hostile;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.CurriculumReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The curricula and evidence shipped under {@code examples/}, found from the module's directory. */
public final class Examples {

    /** The example programmes, each a folder with a curriculum.yaml and one evidence file. */
    public static final List<String> PROGRAMMES = List.of("community", "school", "workplace");

    private Examples() {
    }

    /** {@return the examples folder of the repository} */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples");
            if (Files.isRegularFile(candidate.resolve("community/curriculum.yaml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/community/curriculum.yaml not found above the working directory");
    }

    /** {@return the curriculum file of a programme} @param programme the folder name */
    public static Path curriculumFile(String programme) {
        return root().resolve(programme).resolve("curriculum.yaml");
    }

    /** {@return the evidence file of a programme} @param programme the folder name */
    public static Path evidenceFile(String programme) {
        try (var files = Files.list(root().resolve(programme))) {
            return files.filter(f -> f.getFileName().toString().startsWith("evidence.")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the curriculum of a programme, read and validated} @param programme the folder name */
    public static Curriculum curriculum(String programme) {
        return CurriculumReader.create().read(curriculumFile(programme)).orElseThrow();
    }

    /** {@return a file's text} @param file the file */
    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
