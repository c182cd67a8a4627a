package dev.tandem.cli;

/** The entry point of the {@code tandem} command. */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(TandemCommand.run(args, System.in, System.out, System.err));
    }
}
