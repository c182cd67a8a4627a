package dev.tandem.cli;

import dev.tandem.internal.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Turns picocli's parameter exceptions into the messages the rest of the command line uses: lower case, and a
 * misspelled command or option answered with the closest name ("unknown option '--curiculum'; did you mean
 * '--curriculum'?"), before any complaint about a required option the misspelling left out.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    /**
     * {@return the one-line message for a parameter exception}
     *
     * @param ex   the exception
     * @param args the whole command line
     */
    static String describe(CommandLine.ParameterException ex, String[] args) {
        CommandLine where = ex.getCommandLine();
        CommandSpec spec = where.getCommandSpec();
        List<String> own = ownArguments(spec, args);
        String unknown = unknownOption(spec, own);
        if (unknown != null) {
            return unknown;
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            if (!spec.subcommands().isEmpty() && spec.parent() == null && !first.startsWith("-")) {
                return "unknown command '" + first + "'" + Choices.didYouMean(first,
                        new ArrayList<>(spec.subcommands().keySet()));
            }
            return "unexpected argument '" + first + "'";
        }
        return lowerFirst(ex.getMessage());
    }

    /** {@return the arguments after the command's own name (all of them for the top-level command)} */
    private static List<String> ownArguments(CommandSpec spec, String[] args) {
        List<String> all = Arrays.asList(args);
        if (spec.parent() == null) {
            return all;
        }
        int at = all.indexOf(spec.name());
        return at < 0 ? all : all.subList(at + 1, all.size());
    }

    /** {@return "unknown option ..." for the first argument that looks like an option the command lacks, or null} */
    private static String unknownOption(CommandSpec spec, List<String> args) {
        List<String> names = new ArrayList<>(spec.optionsMap().keySet());
        boolean takesValue = false;
        for (String arg : args) {
            if (takesValue) {
                takesValue = false;
                continue;
            }
            if (arg.equals("--") || spec.parent() == null && !arg.startsWith("-")) {
                return null; // the end of options, or the top-level command's subcommand
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            OptionSpec option = spec.optionsMap().get(name);
            if (option != null) {
                takesValue = !arg.contains("=") && option.arity().min() > 0;
            } else if (looksLikeOption(name) && !spec.subcommands().containsKey(name)) {
                return "unknown option '" + name + "'" + Suggestions.closest(name, names)
                        .map(s -> "; did you mean '" + s + "'?").orElse("");
            }
        }
        return null;
    }

    private static boolean looksLikeOption(String arg) {
        return arg.length() > 1 && arg.startsWith("-") && !Character.isDigit(arg.charAt(1)) && arg.charAt(1) != '.';
    }

    private static String lowerFirst(String message) {
        if (message == null || message.isEmpty()) {
            return "invalid command line";
        }
        if (message.length() > 1 && Character.isUpperCase(message.charAt(1))) {
            return message; // an acronym such as "ISO"
        }
        return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
}
