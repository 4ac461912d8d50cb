package org.feynet.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code diagrams} command; {@link #main} maps every failure to an exit code. */
@Command(name = "diagrams", mixinStandardHelpOptions = true, version = "feynet diagrams 0.1.0",
        description = "Feynman diagrams of scalar, O(N) and multi-field theories: generation, symmetry factors, weights,"
                + " terms, exports and checks of hand calculations.",
        subcommands = {ExpandCommand.class, CheckCommand.class, CommandLine.HelpCommand.class})
public final class DiagramsCommand implements Runnable {

    /** Exit code of bad input (DESIGN.md contract). */
    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a subcommand, e.g. 'diagrams expand --help'");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code; used by tests without exiting the JVM. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cl = new CommandLine(new DiagramsCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("diagrams: " + firstLine(ex.getMessage()).replaceFirst("^Error: ", "") + " (see --help)");
            if (debug) {
                ex.printStackTrace(err);
            }
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof IllegalArgumentException || ex instanceof java.io.IOException
                    || ex instanceof java.io.UncheckedIOException) {
                err.println("diagrams: " + firstLine(ex.getMessage()));
            } else {
                err.println("diagrams: internal error: " + ex + (debug ? "" : " (run with --debug for details)"));
            }
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return BAD_INPUT;
        });
        return cl.execute(args);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "error";
        }
        return message.lines().findFirst().orElse("error").trim();
    }
}
