package dev.tandem.io.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.evidence.LearnerId;
import java.util.Locale;

/**
 * How an xAPI Agent becomes a learner id (FORMAT sections 10 and 10.1): the first present of
 * {@code account}, {@code mbox} (without {@code mailto:}), {@code mbox_sha1sum} and {@code openid}. An account
 * is {@code name} alone on the map's {@code account-home-page}, else {@code name@host-of-homePage}. Each
 * agent also gets a key of its kind and identifier, so that two different agents that would get the same
 * learner id (an {@code mbox} and an {@code account} whose texts are equal) can be told apart.
 */
final class AgentIdentity {

    /** An agent read: its learner id, the field it came from and the key of the agent itself. */
    record Agent(String id, String field, long key) {
    }

    /** An agent that could not be read: the field at fault and what is wrong. */
    record Problem(String field, String message) {
    }

    private final String homePage;

    /** @param homePage the home page whose accounts are identified by name alone, or null */
    AgentIdentity(String homePage) {
        this.homePage = homePage == null ? null : normalize(homePage);
    }

    /**
     * Reads an agent's identity.
     *
     * @param agent the agent (a JSON object)
     * @param field the agent's place in the statement, for messages ({@code actor}, {@code context.instructor})
     * @return an {@link Agent}, a {@link Problem}, or null when the agent has no identifier at all
     */
    Object read(JsonNode agent, String field) {
        JsonNode account = agent.get("account");
        if (account != null && !account.isNull()) {
            JsonNode name = account.get("name");
            JsonNode page = account.get("homePage");
            if (name == null || !name.isTextual() || page == null || !page.isTextual()) {
                return new Problem(field + ".account", "an account has a homePage (a URL) and a name");
            }
            String normalized = normalize(page.asText());
            String host = host(page.asText());
            if (host == null) {
                return new Problem(field + ".account.homePage", "is not a URL (for example https://lms.example)");
            }
            String id = normalized.equals(homePage) ? name.asText() : name.asText() + "@" + host;
            return agent(id, field + ".account.name", "account\u0000" + normalized + "\u0000" + name.asText());
        }
        JsonNode mbox = agent.get("mbox");
        if (mbox != null && mbox.isTextual()) {
            String value = mbox.asText();
            if (!value.regionMatches(true, 0, "mailto:", 0, 7)) {
                return new Problem(field + ".mbox", "is a mailto: IRI, for example mailto:name@example.org");
            }
            return agent(value.substring(7), field + ".mbox", "mbox\u0000" + value.substring(7));
        }
        for (String ifi : new String[] {"mbox_sha1sum", "openid"}) {
            JsonNode value = agent.get(ifi);
            if (value != null && value.isTextual()) {
                return agent(value.asText(), field + "." + ifi, ifi + "\u0000" + value.asText());
            }
        }
        return null;
    }

    private static Object agent(String id, String field, String key) {
        if (!LearnerId.isValid(id)) {
            return new Problem(field, "does not give a usable learner id (1 to " + LearnerId.MAX_LENGTH
                    + " characters, not blank, no control characters)");
        }
        return new Agent(id, field, StatementContent.text(key));
    }

    /**
     * {@return the host of an absolute URL, in lower case, or null when the text is not one}
     *
     * @param url the URL, for example {@code https://lms.example/}
     */
    static String host(String url) {
        int scheme = url.indexOf("://");
        if (scheme <= 0 || !url.substring(0, scheme).chars().allMatch(c -> Character.isLetterOrDigit(c)
                || c == '+' || c == '-' || c == '.')) {
            return null;
        }
        int end = scheme + 3;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(scheme + 3, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        int port = authority.lastIndexOf(':');
        if (port >= 0 && authority.indexOf(']', port) < 0) {
            authority = authority.substring(0, port);
        }
        return authority.isBlank() || authority.chars().anyMatch(Character::isWhitespace) ? null
                : authority.toLowerCase(Locale.ROOT);
    }

    /** {@return a home page with its scheme and host in lower case and without a trailing slash} */
    private static String normalize(String url) {
        String host = host(url);
        String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        if (host == null) {
            return u;
        }
        int scheme = u.indexOf("://");
        int end = scheme + 3;
        while (end < u.length() && "/?#".indexOf(u.charAt(end)) < 0) {
            end++;
        }
        return u.substring(0, end).toLowerCase(Locale.ROOT) + u.substring(end);
    }
}
