package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd and hostile YAML and JSON: always diagnostics, never an exception. */
class OddInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"---\n", "# only a comment\n", "---\na: 1\n---\nb: 2\n", "? [a, b]\n: c\n",
        "tandem: 1\n<<: {id: x}\n", "tandem: !!binary aGVsbG8=\n", "tandem: !custom 1\n", "tandem: 1\nid: *nope\n",
        "\ttandem: 1\n", "tandem: 1\nid: [\n", "tandem: 1\nscales: {a: 1}\n", "tandem: 1\nscales: [1, [2], null]\n",
        "tandem: 1\ntitle: 'unterminated\n", "tandem: 1\n1: one\n", "tandem: 1\nnull: x\n", "\"just a string\"\n",
        "42\n", "tandem: 1\nescalation: {rules: [{when: {count: 3}}]}\n", "tandem: 1\ncompetencies: [{id: 5}]\n",
        "tandem: 1\nmodules: [{id: m, hours: .inf}]\n", "tandem: 1\nmodules: [{id: m, hours: .nan}]\n",
        "tandem: 1\nassessments: [{id: a, max-attempts: 99999999999999999999}]\n"})
    void oddYamlGivesDiagnostics(String text) {
        ReadResult result = Read.yaml(text);
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.line()).isPositive());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "[]", "null", "{\"tandem\": 1} {}", "{\"tandem\": 1,}", "{'tandem': 1}",
        "{\"tandem\": NaN}", "{\"tandem\": 1, \"id\": \"\\ud800\"}", "{\"tandem\": 1e999}", "\u0000"})
    void oddJsonGivesDiagnostics(String text) {
        ReadResult result = Read.json(text);
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.line()).isPositive());
    }
}
