package org.feynet.cli;

import java.io.PrintStream;
import org.feynet.graph.ProgressListener;

/**
 * A progress bar on stderr, drawn only on an interactive terminal and only once work has taken more
 * than half a second, so short runs and pipes stay clean.
 */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private boolean drawn;

    ProgressBar(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Enabled when a console is attached (stdin and stdout are a terminal). */
    static ProgressBar forTerminal(PrintStream err) {
        return new ProgressBar(err, System.console() != null);
    }

    @Override
    public void progress(int stepsDone, int stepsTotal, long diagramsSoFar) {
        if (!enabled || System.nanoTime() - start < 500_000_000L) {
            return;
        }
        int filled = stepsTotal == 0 ? WIDTH : (int) ((long) WIDTH * stepsDone / stepsTotal);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + stepsDone + "/" + stepsTotal
                + " vertex sets, " + diagramsSoFar + " diagrams");
        err.flush();
        drawn = true;
    }

    /** Erases the bar. */
    void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            err.flush();
        }
    }
}
