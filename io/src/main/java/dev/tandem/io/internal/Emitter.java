package dev.tandem.io.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Prints a tree of {@link Map} (ordered), {@link List}, {@link String}, {@link Double}, {@link java.math.BigDecimal}, {@link Integer} and
 * {@link Boolean} values as canonical JSON (two-space indentation) or canonical YAML (block style, no
 * document marker). Both end with a newline.
 */
public final class Emitter {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 _.,()/'+-]*");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null",
            "nan", "inf");

    private Emitter() {
    }

    /** {@return the value as canonical JSON} @param value the tree */
    public static String json(Object value) {
        StringBuilder sb = new StringBuilder();
        json(sb, value, "");
        return sb.append('\n').toString();
    }

    private static void json(StringBuilder sb, Object value, String indent) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            String inner = indent + "  ";
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(inner);
                quote(sb, (String) e.getKey());
                sb.append(": ");
                json(sb, e.getValue(), inner);
                sb.append(++i < map.size() ? ",\n" : "\n");
            }
            sb.append(indent).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append("[\n");
            String inner = indent + "  ";
            for (int i = 0; i < list.size(); i++) {
                sb.append(inner);
                json(sb, list.get(i), inner);
                sb.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            sb.append(indent).append(']');
        } else {
            scalar(sb, value, false);
        }
    }

    /** {@return the value (a mapping) as canonical YAML} @param value the tree */
    public static String yaml(Map<String, Object> value) {
        StringBuilder sb = new StringBuilder();
        yamlMap(sb, value, "", false);
        return sb.toString();
    }

    /** Prints the entries of a mapping; the first one continues the current line when inline is set. */
    private static void yamlMap(StringBuilder sb, Map<?, ?> map, String indent, boolean inline) {
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(first && inline)) {
                sb.append(indent);
            }
            first = false;
            scalar(sb, e.getKey(), true);
            sb.append(':');
            yamlValue(sb, e.getValue(), indent);
        }
    }

    /** Prints a value after "key:" or "-". */
    private static void yamlValue(StringBuilder sb, Object value, String indent) {
        if (value instanceof Map<?, ?> m && !m.isEmpty()) {
            sb.append('\n');
            yamlMap(sb, m, indent + "  ", false);
        } else if (value instanceof List<?> l && !l.isEmpty()) {
            sb.append('\n');
            yamlList(sb, l, indent + "  ");
        } else {
            sb.append(' ');
            if (value instanceof Map<?, ?>) {
                sb.append("{}");
            } else if (value instanceof List<?>) {
                sb.append("[]");
            } else {
                scalar(sb, value, true);
            }
            sb.append('\n');
        }
    }

    private static void yamlList(StringBuilder sb, List<?> list, String indent) {
        for (Object item : list) {
            sb.append(indent).append('-');
            if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                sb.append(' ');
                yamlMap(sb, m, indent + "  ", true);
            } else {
                yamlValue(sb, item, indent);
            }
        }
    }

    private static void scalar(StringBuilder sb, Object value, boolean yaml) {
        if (value instanceof String s) {
            if (yaml && PLAIN.matcher(s).matches() && !s.endsWith(" ")
                    && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
                sb.append(s);
            } else {
                quote(sb, s);
            }
        } else if (value instanceof Double d) {
            sb.append(NumberFormat.format(d));
        } else if (value instanceof java.math.BigDecimal bd) {
            sb.append(bd.stripTrailingZeros().toPlainString());
        } else if (value instanceof Integer || value instanceof Boolean) {
            sb.append(value);
        } else {
            throw new IllegalArgumentException("Invalid value for the emitter: " + value);
        }
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                            || Character.isSurrogate(c) && !validSurrogate(s, i)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
