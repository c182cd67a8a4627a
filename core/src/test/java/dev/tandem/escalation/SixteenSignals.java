package dev.tandem.escalation;

import static dev.tandem.escalation.Condition.all;
import static dev.tandem.escalation.Condition.any;
import static dev.tandem.escalation.Condition.atLeast;
import static dev.tandem.escalation.Condition.atMost;
import static dev.tandem.escalation.Condition.count;
import static dev.tandem.escalation.Condition.flag;
import static dev.tandem.escalation.Condition.not;

/**
 * A realistic 16-signal policy (8 flags, 8 scales with 2-3 thresholds each) that is monotone although many of
 * its rules use {@code not} and {@code at-most}: every rule a raise can switch off is covered by a higher one.
 */
final class SixteenSignals {

    private SixteenSignals() {
    }

    static PolicyBuilder builder() {
        PolicyBuilder b = PolicyBuilder.withTiers("continue", "check-in", "consult", "refer", "urgent", "emergency")
                .flags("ideation", "method", "intent", "plan", "past-attempt", "self-harm", "abuse", "weapon")
                .scale("distress", 0, 10).scale("hopelessness", 0, 10).scale("isolation", 0, 4)
                .scale("sleep-loss", 0, 7).scale("substance", 0, 3).scale("agitation", 0, 10)
                .scale("support-gap", 0, 5).scale("days-since-contact", 0, 365);
        Condition anyRiskFlag = any(flag("ideation"), flag("method"), flag("intent"), flag("plan"),
                flag("past-attempt"), flag("self-harm"), flag("abuse"), flag("weapon"));
        Condition strain = count(2, atLeast("distress", 5), atLeast("hopelessness", 5), atLeast("isolation", 3),
                atLeast("sleep-loss", 4), atLeast("substance", 2), atLeast("agitation", 6),
                atLeast("days-since-contact", 30));
        return b
                .rule("calm", "continue", all(atMost("distress", 3), not(anyRiskFlag)), "Keep listening")
                .rule("strained", "check-in", all(strain, not(anyRiskFlag)), "Check in again this week")
                .rule("no-support", "check-in", all(atLeast("support-gap", 4), not(atLeast("distress", 8)),
                        not(anyRiskFlag)), "Help them name one person to talk to")
                .rule("distress", "consult", any(atLeast("distress", 8), atLeast("hopelessness", 8),
                        count(3, atLeast("isolation", 3), atLeast("sleep-loss", 5), atLeast("substance", 2),
                                atLeast("agitation", 8))), "Consult your supervisor today")
                .rule("low-risk-ideation", "refer", all(flag("ideation"), not(flag("method")), not(flag("intent")),
                        not(flag("plan"))), "Warm hand-off to a professional")
                .rule("self-harm", "refer", any(flag("self-harm"), flag("abuse")), "Tell the designated person")
                .rule("moderate", "urgent", any(flag("method"), all(flag("past-attempt"), atMost("days-since-contact",
                        90)), all(flag("ideation"), atLeast("hopelessness", 8))), "Same-day professional contact")
                .rule("past-attempt", "urgent", flag("past-attempt"), "Same-day professional contact")
                .rule("high", "emergency", any(flag("intent"), flag("plan"), flag("weapon")),
                        "Stay with the person", "Call a crisis line or emergency services")
                .rule("agitated-and-armed", "emergency", all(flag("weapon"), atLeast("agitation", 5)),
                        "Call emergency services now");
    }

    static Policy policy() {
        return builder().build();
    }

    /** The same policy plus an urgent rule that rising distress switches off with nothing as high to catch it. */
    static Policy broken() {
        return builder().rule("distress-band", "urgent", all(atLeast("support-gap", 4), atLeast("distress", 6),
                not(atLeast("distress", 8))), "Same-day professional contact").build();
    }

    /**
     * A harder 16-signal policy (8 flags, 8 scales): rules negate counts over all eight scales and all eight
     * flags, so the search must combine many signals before a count is decided. Monotone.
     */
    static Policy countHeavy() {
        PolicyBuilder b = PolicyBuilder.withTiers("t0", "t1", "t2", "t3");
        Condition[] high = new Condition[8];
        Condition[] middle = new Condition[8];
        Condition[] flags = new Condition[8];
        for (int i = 0; i < 8; i++) {
            b.flags("f" + i).scale("s" + i, 0, 10);
            high[i] = atLeast("s" + i, 8);
            middle[i] = atLeast("s" + i, 5);
            flags[i] = flag("f" + i);
        }
        return b.rule("calm", "t1", all(atLeast("s0", 2), not(count(3, middle)), not(any(flags))))
                .rule("strain", "t2", count(3, middle))
                .rule("flags", "t2", all(any(flags), not(count(2, high))))
                .rule("severe", "t3", any(count(2, high), count(3, flags)))
                .rule("mixed", "t2", all(count(2, flags), not(count(4, middle)), atMost("s7", 9)))
                .build();
    }
}
