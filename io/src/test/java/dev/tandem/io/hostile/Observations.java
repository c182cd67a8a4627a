package dev.tandem.io.hostile;

import dev.tandem.escalation.Policy;
import dev.tandem.escalation.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random observation lines (JSON Lines) for a policy's signals, deterministic for a seed. */
final class Observations {

    private Observations() {
    }

    /**
     * {@return lines of valid observations: each flag set or not, each scale given or not, within its range}
     *
     * @param policy the policy whose signals are observed
     * @param count  how many lines
     * @param seed   the seed
     */
    static List<String> lines(Policy policy, int count, long seed) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder line = new StringBuilder("{");
            for (Signal signal : policy.signals()) {
                if (random.nextInt(3) != 0) {
                    continue;
                }
                line.append(line.length() == 1 ? "" : ",").append('"').append(signal.id()).append("\":");
                if (signal instanceof Signal.Scale scale) {
                    line.append(Math.round(scale.min() + random.nextDouble() * (scale.max() - scale.min())));
                } else {
                    line.append(random.nextBoolean());
                }
            }
            lines.add(line.append('}').toString());
        }
        return lines;
    }
}
