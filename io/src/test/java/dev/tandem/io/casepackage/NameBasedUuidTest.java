package dev.tandem.io.casepackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class NameBasedUuidTest {

    private static final UUID DNS_NAMESPACE = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    @Test
    void matchesThePublishedVersion5ExampleForPythonOrg() {
        // the example of Python's uuid module documentation: uuid5(NAMESPACE_DNS, 'python.org')
        assertThat(NameBasedUuid.v5(DNS_NAMESPACE, "python.org"))
                .isEqualTo(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
    }

    @Test
    void hasVersion5AndTheRfcVariant() {
        UUID id = NameBasedUuid.v5(CasePackage.NAMESPACE, "anything");
        assertThat(id.version()).isEqualTo(5);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void theNamespaceIsTheVersion5UuidOfItsUrlInTheUrlNamespace() {
        assertThat(CasePackage.NAMESPACE).isEqualTo(NameBasedUuid.v5(CasePackage.URL_NAMESPACE, "urn:tandem:case"));
        assertThat(CasePackage.NAMESPACE.version()).isEqualTo(5);
    }
}
