package dev.tandem.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.io.generate.EvidenceGenerator;
import dev.tandem.io.generate.GeneratorSettings;
import dev.tandem.io.xapi.ActivityTarget;
import dev.tandem.io.xapi.XapiMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A generated LRS export for the xAPI benchmark: the seeded evidence of the community curriculum written as
 * xAPI statements, in {@code StatementResult} pages of 100 statements ({@code {"statements":[..],"more":..}},
 * one statement per line), as {@code GET /statements} returns them. Every statement has an id, an account
 * actor, a verb, an activity with its definition, a result, a context and the LRS's {@code stored},
 * {@code authority} and {@code version}; one statement in 50 is re-sent on a later page and one in 200 is
 * voided, so that de-duplication and voiding do their share of the work.
 */
public final class XapiExportFiles {

    /** The home page of the generated accounts. */
    public static final String HOME_PAGE = "https://lms.example";

    private static final String ACTIVITY = "https://lms.example/community/";
    private static final int PAGE = 100;

    private XapiExportFiles() {
    }

    /** {@return the map of the generated activities: one per assessment, module and practice} @param c the curriculum */
    public static XapiMap map(Curriculum c) {
        Map<String, ActivityTarget> activities = new LinkedHashMap<>();
        c.assessments().forEach(a -> activities.put(ACTIVITY + a.id(), new ActivityTarget.OfAssessment(a.id())));
        c.modules().forEach(m -> activities.put(ACTIVITY + m.id(), new ActivityTarget.OfModule(m.id())));
        activities.put(ACTIVITY + "supervised-practice", new ActivityTarget.OfPractice());
        return new XapiMap(activities, Map.of("attempt", java.util.Set.of("http://adlnet.gov/expapi/verbs/scored")),
                HOME_PAGE);
    }

    /**
     * {@return the export of about {@code statements} statements, generated once into the temporary directory
     * and then reused}
     *
     * @param curriculum the curriculum
     * @param statements the number of evidence statements (before re-sends and voidings)
     */
    public static Path export(Curriculum curriculum, int statements) {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "tandem-bench-xapi-" + curriculum.id() + "-"
                + statements + "-" + CohortFiles.SEED + ".json");
        return CohortFiles.once(file, out -> new Pages(out).write(curriculum, statements));
    }

    /** Writes statements into pages. */
    private static final class Pages {
        private final Writer out;
        private final JsonGenerator g;
        private long n;
        private int inPage;
        private long page;

        Pages(Writer out) throws IOException {
            this.out = out;
            this.g = new JsonFactory().createGenerator(out);
        }

        void write(Curriculum curriculum, int statements) throws IOException {
            EvidenceGenerator generator = EvidenceGenerator.of(curriculum);
            int recordsPerLearner = 10;
            try {
                generator.generate(GeneratorSettings.of(statements / recordsPerLearner, recordsPerLearner,
                        CohortFiles.SEED), r -> {
                            try {
                                statement(r);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (inPage > 0) {
                endPage(true);
            }
            g.flush();
        }

        private void statement(EvidenceRecord r) throws IOException {
            n++;
            UUID id = new UUID(0x5eed_0000_0000_4000L, 0x8000_0000_0000_0000L | n);
            write(id, r);
            if (n % 50 == 0) {
                write(id, r); // re-sent on the same or the next page
            }
            if (n % 200 == 0) {
                voiding(new UUID(0x5eed_0000_0000_4000L, 0x9000_0000_0000_0000L | n), id);
            }
        }

        private void startStatement() throws IOException {
            if (inPage == 0) {
                g.writeRaw("{\"statements\":[\n");
            } else {
                g.writeRaw(",\n");
            }
        }

        private void endStatement() throws IOException {
            g.flush();
            if (++inPage == PAGE) {
                endPage(false);
            }
        }

        private void endPage(boolean last) throws IOException {
            page++;
            g.writeRaw("\n],\"more\":\"" + (last ? "" : "/xapi/statements?more=" + page) + "\"}\n");
            inPage = 0;
        }

        private void write(UUID id, EvidenceRecord r) throws IOException {
            startStatement();
            g.writeStartObject();
            g.writeStringField("id", id.toString());
            agent("actor", r.learner().value());
            String verb;
            String activity;
            if (r instanceof EvidenceRecord.Attempt a) {
                verb = "http://adlnet.gov/expapi/verbs/scored";
                activity = a.assessment().value();
            } else if (r instanceof EvidenceRecord.Completion c) {
                verb = "http://adlnet.gov/expapi/verbs/completed";
                activity = c.module().value();
            } else {
                verb = "http://adlnet.gov/expapi/verbs/attended";
                activity = "supervised-practice";
            }
            g.writeObjectFieldStart("verb");
            g.writeStringField("id", verb);
            g.writeObjectFieldStart("display");
            g.writeStringField("en-US", verb.substring(verb.lastIndexOf('/') + 1));
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart("object");
            g.writeStringField("objectType", "Activity");
            g.writeStringField("id", ACTIVITY + activity);
            g.writeObjectFieldStart("definition");
            g.writeObjectFieldStart("name");
            g.writeStringField("en-US", activity);
            g.writeEndObject();
            g.writeStringField("type", "http://adlnet.gov/expapi/activities/assessment");
            g.writeEndObject();
            g.writeEndObject();
            result(r);
            g.writeObjectFieldStart("context");
            g.writeStringField("registration", new UUID(0x1234L, r.learner().value().hashCode()).toString());
            if (r.by() != null) {
                agent("instructor", r.by());
            }
            g.writeStringField("platform", "Example LMS");
            g.writeEndObject();
            g.writeStringField("timestamp", r.at().toString());
            g.writeStringField("stored", r.at().plusSeconds(2).toString());
            agent("authority", "lms-client");
            g.writeStringField("version", "1.0.3");
            g.writeEndObject();
            endStatement();
        }

        private void result(EvidenceRecord r) throws IOException {
            if (r instanceof EvidenceRecord.Attempt a) {
                g.writeObjectFieldStart("result");
                if (a.score() != null) {
                    g.writeObjectFieldStart("score");
                    g.writeNumberField("raw", a.score());
                    g.writeEndObject();
                } else {
                    StringBuilder b = new StringBuilder();
                    a.responses().forEach((v, t) -> b.append(b.length() == 0 ? "" : ";").append(v).append('=')
                            .append(t));
                    g.writeStringField("response", b.toString());
                }
                g.writeBooleanField("completion", true);
                g.writeEndObject();
            } else if (r instanceof EvidenceRecord.Practice p) {
                g.writeObjectFieldStart("result");
                g.writeStringField("duration", "PT" + Math.round(p.hours() * 60) + "M");
                g.writeEndObject();
            }
        }

        private void voiding(UUID id, UUID target) throws IOException {
            startStatement();
            g.writeStartObject();
            g.writeStringField("id", id.toString());
            agent("actor", "admin");
            g.writeObjectFieldStart("verb");
            g.writeStringField("id", "http://adlnet.gov/expapi/verbs/voided");
            g.writeEndObject();
            g.writeObjectFieldStart("object");
            g.writeStringField("objectType", "StatementRef");
            g.writeStringField("id", target.toString());
            g.writeEndObject();
            g.writeStringField("stored", "2030-01-01T00:00:00Z");
            g.writeEndObject();
            endStatement();
        }

        private void agent(String field, String name) throws IOException {
            g.writeObjectFieldStart(field);
            g.writeStringField("objectType", "Agent");
            g.writeObjectFieldStart("account");
            g.writeStringField("homePage", HOME_PAGE);
            g.writeStringField("name", name);
            g.writeEndObject();
            g.writeEndObject();
        }
    }
}
