package dev.tandem.io.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.tandem.io.CurriculumWriter;
import dev.tandem.io.DocumentFormat;
import dev.tandem.io.TestDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Schema, checked with the networknt validator against valid and invalid documents. */
class TandemSchemaTest {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(TandemSchema.text());
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Set<ValidationMessage> validate(String yaml) throws IOException {
        return SCHEMA.validate(YAML.readTree(yaml));
    }

    @Test
    void theSchemaIsDraft202012WithItsId() throws IOException {
        JsonNode schema = JSON.readTree(TandemSchema.text());
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asText()).isEqualTo(TandemSchema.ID);
    }

    @Test
    void theTestDocumentsAreValid() throws IOException {
        assertThat(validate(TestDocuments.minimal())).isEmpty();
        assertThat(validate(TestDocuments.full())).isEmpty();
    }

    @Test
    void canonicalOutputOfGeneratedCurriculaIsValid() throws IOException {
        for (long seed = 0; seed < 60; seed++) {
            String json = CurriculumWriter.write(TestDocuments.generated(seed), DocumentFormat.JSON);
            assertThat(SCHEMA.validate(JSON.readTree(json))).as(json).isEmpty();
        }
    }

    @Test
    void everyExampleCurriculumOfTheRepositoryIsValid() throws IOException {
        Path examples = Path.of("..", "examples");
        List<Path> files;
        if (!Files.isDirectory(examples)) {
            files = List.of();
        } else {
            try (Stream<Path> dirs = Files.list(examples)) {
                files = dirs.map(d -> d.resolve("curriculum.yaml")).filter(Files::isRegularFile).toList();
            }
        }
        for (Path file : files) {
            assertThat(SCHEMA.validate(YAML.readTree(file.toFile()))).as(file.toString()).isEmpty();
        }
    }

    @Test
    void anUnknownFieldIsRejected() throws IOException {
        assertThat(validate(TestDocuments.minimal() + "colour: blue\n")).isNotEmpty();
        assertThat(validate(TestDocuments.minimal().replace("    title: Listens actively",
                "    titel: Listens actively"))).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tandem: 2", "tandem: \"1\"", "tandem: 1.5"})
    void anotherFormatVersionIsRejected(String line) throws IOException {
        assertThat(validate(TestDocuments.minimal().replace("tandem: 1", line))).isNotEmpty();
    }

    @Test
    void aMissingRequiredFieldIsRejected() throws IOException {
        assertThat(validate(TestDocuments.minimal().replace("title: Demo curriculum\n", ""))).isNotEmpty();
    }

    @Test
    void aBadIdIsRejected() throws IOException {
        assertThat(validate(TestDocuments.minimal().replace("id: m1\n", "id: Module One\n"))).isNotEmpty();
    }

    @Test
    void aBadEnumValueIsRejected() throws IOException {
        assertThat(validate(TestDocuments.minimal().replace("setting: school", "setting: home"))).isNotEmpty();
    }

    @Test
    void aNonPositiveMaxScoreIsRejected() throws IOException {
        assertThat(validate(TestDocuments.minimal().replace("max-score: 10", "max-score: 0"))).isNotEmpty();
    }

    @Test
    void aScenarioWithAMaxScoreIsRejected() throws IOException {
        JsonNode doc = YAML.readTree(TestDocuments.full());
        ((ObjectNode) doc.get("assessments").get(1)).put("max-score", 3);
        assertThat(SCHEMA.validate(doc)).isNotEmpty();
    }

    @Test
    void aConditionWithTwoOperatorsIsRejected() throws IOException {
        JsonNode doc = YAML.readTree(TestDocuments.full());
        ObjectNode when = (ObjectNode) doc.get("escalation").get("rules").get(0).get("when");
        when.putArray("any").add("intent");
        assertThat(SCHEMA.validate(doc)).isNotEmpty();
    }
}
