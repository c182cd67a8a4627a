package dev.tandem.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code tandem} command and its subcommands. */
@Command(name = "tandem", mixinStandardHelpOptions = true, versionProvider = TandemCommand.Version.class,
        description = "Peer-support training curricula: validate, convert, escalate, evaluate, report, export, import "
                + "and generate.",
        subcommands = {CommandLine.HelpCommand.class,
            ValidateCommand.class, ConvertCommand.class, SchemaCommand.class, EscalateCommand.class,
            EvaluateCommand.class, ExportCommand.class, ImportCommand.class,
            ReportCommand.class, GenerateCommand.class})
public final class TandemCommand implements Runnable {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: the input has errors. */
    public static final int BAD_INPUT = 1;
    /** Exit code: usage or I/O problem. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "On an internal error, print its stack trace too.")
    boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /**
     * Runs the command line with the given streams, never throwing.
     *
     * @param args the arguments
     * @param out  standard output
     * @param err  standard error
     * @return the exit code (0 ok, 1 bad input, 2 usage or I/O)
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Host.system());
    }

    /**
     * Runs a command line against a given clock and environment.
     *
     * @param args the arguments
     * @param out  standard output
     * @param err  standard error
     * @param host the clock and environment the commands use
     * @return the exit code (0 ok, 1 bad input, 2 usage or I/O)
     */
    static int run(String[] args, PrintStream out, PrintStream err, Host host) {
        return execute(commandLine(out, err, host), args);
    }

    /** Executes a command line built by {@link #commandLine}, never throwing; {@return the exit code} */
    static int execute(CommandLine cmd, String[] args) {
        try {
            return cmd.execute(args);
        } catch (Throwable t) {
            // an Error thrown by a command (picocli hands on only exceptions), or a failure of picocli itself
            return Failures.report(t, Failures.commandName(cmd, args), cmd.getErr(),
                    ((TandemCommand) cmd.getCommand()).debug);
        }
    }

    static CommandLine commandLine(PrintStream out, PrintStream err) {
        return commandLine(out, err, Host.system());
    }

    static CommandLine commandLine(PrintStream out, PrintStream err, Host host) {
        TandemCommand top = new TandemCommand();
        CommandLine cmd = new CommandLine(top, new HostFactory(host));
        cmd.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cmd.setExitCodeExceptionMapper(e -> USAGE);
        cmd.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("tandem: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, c, parseResult) -> Failures.report(ex, c.getCommandName(),
                c.getErr(), top.debug));
        return cmd;
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = TandemCommand.class.getPackage().getImplementationVersion();
            return new String[] {"tandem " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
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
