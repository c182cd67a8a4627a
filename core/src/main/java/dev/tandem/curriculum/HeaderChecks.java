package dev.tandem.curriculum;

import static dev.tandem.diagnostic.DiagnosticCode.INVALID_VALUE;

import dev.tandem.internal.Findings;
import dev.tandem.internal.Ids;
import java.util.regex.Pattern;

/**
 * The document's own fields: id, version, title, description, setting, language (FORMAT section 2). Package-private; one per validation.
 */
final class HeaderChecks extends SectionChecks {
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    HeaderChecks(Curriculum curriculum, Findings findings, References references) {
        super(curriculum, findings, references);
    }

    /** Runs the checks. */
    void run() {
        header();
    }

    private void header() {
        if (c.id() == null) {
            f.missing(ROOT.append("id"), "the curriculum needs an 'id'");
        } else if (!Ids.isValid(c.id())) {
            f.badId(ROOT.append("id"), "curriculum", c.id());
        }
        f.requiredText(ROOT.append("version"), c.version(), "the curriculum needs a 'version'", "the curriculum's version");
        f.requiredText(ROOT.append("title"), c.title(), "the curriculum needs a 'title'", "the curriculum's title");
        if (c.rawDescription() != null && c.rawDescription().isBlank()) {
            f.error(INVALID_VALUE, ROOT.append("description"), "the curriculum's description is blank; leave it out"
                    + " instead");
        }
        if (c.setting() == null) {
            f.missing(ROOT.append("setting"), "the curriculum needs a 'setting' (one of: " + Setting.allowed() + ")");
        }
        if (!LANGUAGE.matcher(c.language()).matches()) {
            f.error(INVALID_VALUE, ROOT.append("language"),
                    "'" + c.language() + "' is not a BCP-47 language tag (for example en, fr-CA)");
        }
    }
}
