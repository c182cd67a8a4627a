package dev.tandem.io.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official 1EdTech JSON Schemas in test resources ({@code /schemas/README.md} names their sources), loaded
 * once, with format assertions on.
 */
public final class OfficialSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    /** The CASE 1.1 CFPackage schema, which refuses properties it does not define. */
    public static final JsonSchema CASE_1_1 = load("/schemas/case-v1p1-cfpackage.json", SpecVersion.VersionFlag.V201909);
    /** The CASE 1.0 CFPackage schema. */
    public static final JsonSchema CASE_1_0 = load("/case/case-v1p0-cfpackage-schema.json", SpecVersion.VersionFlag.V4);
    /** The Open Badges 3.0 AchievementCredential schema. */
    public static final JsonSchema ACHIEVEMENT_CREDENTIAL = load("/schemas/ob_v3p0_achievementcredential_schema.json",
            SpecVersion.VersionFlag.V201909);
    /** The Open Badges 3.0 Profile schema. */
    public static final JsonSchema PROFILE = load("/schemas/ob_v3p0_profile_schema.json",
            SpecVersion.VersionFlag.V201909);
    /** The {@code Achievement} definition of the AchievementCredential schema, as a schema of its own. */
    public static final JsonSchema ACHIEVEMENT = achievement();

    private OfficialSchemas() {
    }

    /** {@return every message of the schema about the JSON text; empty when it is valid} */
    public static List<String> problems(JsonSchema schema, String json) {
        try {
            return problems(schema, JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return every message of the schema about the tree; empty when it is valid} */
    public static List<String> problems(JsonSchema schema, JsonNode tree) {
        return schema.validate(tree).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonNode tree(String resource) {
        try (InputStream in = OfficialSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load(String resource, SpecVersion.VersionFlag version) {
        return JsonSchemaFactory.getInstance(version).getSchema(tree(resource), CONFIG);
    }

    /** The credential schema with its root replaced by a reference to its own Achievement definition. */
    private static JsonSchema achievement() {
        ObjectNode schema = (ObjectNode) tree("/schemas/ob_v3p0_achievementcredential_schema.json");
        ObjectNode root = JSON.createObjectNode();
        root.set("$schema", schema.get("$schema"));
        root.put("$id", schema.get("$id").asText().replace(".json", "-achievement.json"));
        root.put("$ref", "#/$defs/Achievement");
        root.set("$defs", schema.get("$defs"));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(root, CONFIG);
    }
}
