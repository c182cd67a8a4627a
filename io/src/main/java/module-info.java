/**
 * Tandem's I/O: reading and writing curricula (YAML, JSON) with exact diagnostics, evidence readers,
 * output writers and the JSON Schema of the format.
 */
module dev.tandem.io {
    requires transitive dev.tandem.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.dataformat.csv;
    requires jakarta.validation;
    requires org.hibernate.validator;
    requires org.yaml.snakeyaml;
    requires java.logging;

    exports dev.tandem.io;
    exports dev.tandem.io.diff;
    exports dev.tandem.io.evidence;
    exports dev.tandem.io.observation;
    exports dev.tandem.io.privacy;
    exports dev.tandem.io.progress;
    exports dev.tandem.io.report;
    exports dev.tandem.io.schema;
    exports dev.tandem.io.casepackage;
    exports dev.tandem.io.badge;
    exports dev.tandem.io.xapi;

    // the synthetic evidence generator is a tool of the command line, not library API
    exports dev.tandem.io.generate to dev.tandem.cli;

    // the instant rule of evidence, which the command line's instant options follow too
    exports dev.tandem.io.internal to dev.tandem.cli;

    opens dev.tandem.io.internal to org.hibernate.validator;
}
