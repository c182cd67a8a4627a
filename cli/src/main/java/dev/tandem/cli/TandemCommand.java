package dev.tandem.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code tandem} command and its subcommands. */
@Command(name = "tandem", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Peer-support training curricula: validate, convert, escalate, evaluate, report, diff, export, "
                + "import and generate.",
        footerHeading = "%nExample:%n",
        footer = {"  tandem validate curriculum.yaml",
            "  tandem report --curriculum curriculum.yaml --evidence evidence.jsonl --format html -o report.html",
            "",
            "Run 'tandem COMMAND --help' for a command's options and examples."})
public final class TandemCommand implements Runnable {

    /**
     * The subcommands by name, in the order the help lists them. A run builds only the one its arguments name
     * (picocli reads a command's annotations when it is added, which takes a noticeable part of start-up); help,
     * an unknown or a missing command get them all.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("help", CommandLine.HelpCommand.class);
        commands.put("validate", ValidateCommand.class);
        commands.put("convert", ConvertCommand.class);
        commands.put("schema", SchemaCommand.class);
        commands.put("escalate", EscalateCommand.class);
        commands.put("evaluate", EvaluateCommand.class);
        commands.put("export", ExportCommand.class);
        commands.put("import", ImportCommand.class);
        commands.put("report", ReportCommand.class);
        commands.put("generate", GenerateCommand.class);
        commands.put("diff", DiffCommand.class);
        return java.util.Collections.unmodifiableMap(commands);
    }

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: the input has errors. */
    public static final int BAD_INPUT = 1;
    /** Exit code: usage or I/O problem. */
    public static final int USAGE = 2;

    /** The exit-code section of every command's help, in the same words everywhere. */
    static final Map<String, String> EXIT_CODES = exitCodes();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "On an internal error, print its stack trace too.")
    boolean debug;

    private InputStream standardInput = InputStream.nullInputStream();

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try 'tandem --help')");
    }

    /**
     * Runs the command line with the given streams and no standard input, never throwing.
     *
     * @param args the arguments
     * @param out  standard output
     * @param err  standard error
     * @return the exit code (0 ok, 1 bad input, 2 usage or I/O)
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, InputStream.nullInputStream(), out, err, Host.system());
    }

    /**
     * Runs the command line with the given streams, never throwing.
     *
     * @param args the arguments
     * @param in   standard input, read by inputs named {@code -}
     * @param out  standard output
     * @param err  standard error
     * @return the exit code (0 ok, 1 bad input, 2 usage or I/O)
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, Host.system());
    }

    /**
     * Runs a command line against a given clock and environment, without standard input.
     *
     * @param args the arguments
     * @param out  standard output
     * @param err  standard error
     * @param host the clock and environment the commands use
     * @return the exit code (0 ok, 1 bad input, 2 usage or I/O)
     */
    static int run(String[] args, PrintStream out, PrintStream err, Host host) {
        return run(args, InputStream.nullInputStream(), out, err, host);
    }

    /**
     * Runs a command line against given streams, clock and environment.
     *
     * @param args the arguments
     * @param in   standard input, read by inputs named {@code -}
     * @param out  standard output
     * @param err  standard error
     * @param host the clock and environment the commands use
     * @return the exit code (0 ok, 1 bad input, 2 usage or I/O)
     */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Host host) {
        TandemCommand root = new TandemCommand();
        root.standardInput = in;
        return execute(commandLine(root, out, err, host, named(args)), args);
    }

    /** Executes a command line built by {@link #commandLine}, never throwing; {@return the exit code} */
    static int execute(CommandLine cmd, String[] args) {
        try {
            return cmd.execute(args);
        } catch (Throwable t) {
            // an Error thrown by a command (picocli hands on only exceptions), or a failure of picocli itself
            return Failures.report(t, Messages.of(Failures.commandName(cmd, args), cmd.getErr()),
                    ((TandemCommand) cmd.getCommand()).debug);
        }
    }

    /** {@return the standard input of the command line a command belongs to} */
    static InputStream standardInput(CommandLine.Model.CommandSpec spec) {
        return spec.root().userObject() instanceof TandemCommand t ? t.standardInput : InputStream.nullInputStream();
    }

    static CommandLine commandLine(PrintStream out, PrintStream err) {
        return commandLine(out, err, Host.system());
    }

    static CommandLine commandLine(PrintStream out, PrintStream err, Host host) {
        return commandLine(new TandemCommand(), out, err, host, null);
    }

    /**
     * {@return the subcommand the arguments name, or null when they name none, the help, or ask the top-level
     * command for its help or version first}: the first argument other than {@code --debug}, when it is a
     * subcommand's name (any other top-level option, such as {@code -h} before a name, is the top-level
     * command's, which then needs all of them)
     */
    static String named(String[] args) {
        for (String arg : args) {
            if (!"--debug".equals(arg)) {
                return SUBCOMMANDS.containsKey(arg) && !"help".equals(arg) ? arg : null;
            }
        }
        return null;
    }

    /** Builds the command line with all subcommands, or with only the one named when {@code only} is not null. */
    private static CommandLine commandLine(TandemCommand root, PrintStream out, PrintStream err, Host host,
            String only) {
        CommandLine cmd = new CommandLine(root, new HostFactory(host));
        SUBCOMMANDS.forEach((name, type) -> {
            if (only == null || only.equals(name)) {
                cmd.addSubcommand(name, type);
            }
        });
        cmd.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cmd.setExitCodeExceptionMapper(e -> USAGE);
        helpSections(cmd);
        cmd.setParameterExceptionHandler((ex, args) -> {
            Messages messages = Messages.of(ex.getCommandLine().getCommandSpec());
            messages.error(UsageErrors.describe(ex, args));
            messages.helpHint();
            return USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, c, parseResult) -> {
            Messages messages = Messages.of(c.getCommandSpec());
            if (ex instanceof CommandFailure f) {
                messages.error(f.getMessage());
                if (f.usage()) {
                    messages.helpHint();
                }
                return f.exitCode();
            }
            return Failures.report(ex, messages, root.debug);
        });
        return cmd;
    }

    /**
     * Gives every command the same exit-code section, so the help names them in the same words, and its
     * examples.
     */
    private static void helpSections(CommandLine cmd) {
        CommandLine.Model.UsageMessageSpec usage = cmd.getCommandSpec().usageMessage();
        usage.exitCodeListHeading("%nExit codes:%n")
                .exitCodeList("diff".equals(cmd.getCommandName()) ? DIFF_EXIT_CODES : EXIT_CODES);
        String[] example = EXAMPLES.get(cmd.getCommandName());
        if (example != null) {
            usage.footerHeading("%nExamples:%n").footer(example);
        }
        cmd.getSubcommands().values().forEach(TandemCommand::helpSections);
    }

    /** Each subcommand's examples, shown at the end of its help and in its man page. */
    static final Map<String, String[]> EXAMPLES = Map.of(
            "validate", new String[] {"  tandem validate curriculum.yaml",
                "  tandem validate --format json curricula/*.yaml"},
            "convert", new String[] {"  tandem convert curriculum.yaml --to json > curriculum.json"},
            "schema", new String[] {"  tandem schema > tandem-curriculum.schema.json"},
            "escalate", new String[] {"  tandem escalate --curriculum curriculum.yaml --signal worry=9",
                "  tandem escalate --curriculum curriculum.yaml --observations observations.jsonl --explain"},
            "evaluate", new String[] {"  tandem evaluate --curriculum curriculum.yaml --evidence evidence.jsonl "
                + "--format text",
                "  tandem evaluate --curriculum curriculum.yaml --evidence statements.jsonl --xapi-map xapi-map.yaml",
                "  cat evidence.csv | tandem evaluate --curriculum curriculum.yaml --evidence - --skip-invalid"},
            "report", new String[] {"  tandem report --curriculum curriculum.yaml --evidence evidence.jsonl "
                + "--format html --output report.html",
                "  tandem generate --curriculum curriculum.yaml --learners 1000 --records-per-learner 12 --seed 1 \\",
                "    | tandem report --curriculum curriculum.yaml --evidence - --format csv"},
            "export", new String[] {"  tandem export curriculum.yaml --to case --output case.json",
                "  tandem export curriculum.yaml --to badge --base-uri https://training.example.org/"},
            "import", new String[] {"  tandem import case.json --from case --output curriculum.yaml"},
            "generate", new String[] {"  tandem generate --curriculum curriculum.yaml --learners 100 "
                + "--records-per-learner 10 --seed 42 --output evidence.jsonl"},
            "diff", new String[] {"  tandem diff curriculum-2.1.yaml curriculum-2.2.yaml",
                "  tandem diff old.yaml new.yaml --evidence evidence.jsonl --affected affected.csv --format json"});

    /** The exit codes of {@code diff}, which compares rather than checks (FORMAT section 14.2). */
    static final Map<String, String> DIFF_EXIT_CODES = diffExitCodes();

    private static Map<String, String> diffExitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "the two versions are the same");
        codes.put("1", "they differ");
        codes.put("2", "a usage or I/O problem, a curriculum with errors, invalid evidence, or an internal error");
        return java.util.Collections.unmodifiableMap(codes);
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "done");
        codes.put("1", "an input (curriculum, evidence, observations) has errors, reported on standard error");
        codes.put("2", "a usage or I/O problem, or an internal error");
        return java.util.Collections.unmodifiableMap(codes);
    }

    /** Creates the commands, giving those that take a {@link Host} this run's host: the one composition root. */
    private static final class HostFactory implements CommandLine.IFactory {
        private final Host host;

        HostFactory(Host host) {
            this.host = host;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            java.lang.reflect.Constructor<K> withHost;
            try {
                withHost = type.getDeclaredConstructor(Host.class);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
            withHost.setAccessible(true);
            return withHost.newInstance(host);
        }
    }
}
