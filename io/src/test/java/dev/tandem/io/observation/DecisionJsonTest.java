package dev.tandem.io.observation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.escalation.Condition;
import dev.tandem.escalation.Decision;
import dev.tandem.escalation.Observation;
import dev.tandem.escalation.Policy;
import dev.tandem.escalation.Rule;
import dev.tandem.escalation.RuleId;
import dev.tandem.escalation.Signal;
import dev.tandem.escalation.Tier;
import dev.tandem.escalation.TierId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionJsonTest {

    @Test
    void aDecisionIsOneLineWithTierRulesAndActions() {
        Decision d = new Decision(TierId.of("refer"), List.of(RuleId.of("a"), RuleId.of("b")),
                List.of("Say \"hello\"", "Stay"));

        assertThat(DecisionJson.write(d))
                .isEqualTo("{\"tier\":\"refer\",\"rules\":[\"a\",\"b\"],\"actions\":[\"Say \\\"hello\\\"\",\"Stay\"]}");
    }

    @Test
    void anExplanationAddsOneEntryPerRuleWithItsConditionTree() {
        Policy policy = new Policy(List.of(Tier.of("low", "Low"), Tier.of("high", "High")), null,
                List.of(Signal.flag("plan"), Signal.scale("distress", 0, 10)),
                List.of(Rule.of("r", Condition.all(Condition.flag("plan"), Condition.atLeast("distress", 7)), "high",
                        "Act")));

        String json = DecisionJson.write(policy.compile().explain(Observation.builder().flag("plan", true).build()));

        assertThat(json).isEqualTo("{\"tier\":\"low\",\"rules\":[],\"actions\":[],\"explanation\":[{\"rule\":\"r\","
                + "\"tier\":\"high\",\"fired\":false,\"condition\":{\"test\":\"all\",\"held\":false,\"parts\":["
                + "{\"test\":\"plan\",\"held\":true,\"given\":true},"
                + "{\"test\":\"distress at-least 7\",\"held\":false,\"given\":null}]}}]}");
    }
}
