package org.feynet.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs {@link DiagramsCommand#run} in-process and captures everything it prints. {@code expand} writes
 * its report to {@link System#out} (not to the {@code out} writer), so System.out and System.err are
 * redirected for the duration of the call and restored afterwards.
 */
final class Cli {

    private static final Object LOCK = new Object();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * @param exitCode  the code {@code diagrams} would exit with
     * @param stdout    what went to the {@code out} writer and to System.out
     * @param stderr    what went to the {@code err} writer (the error channel of the command)
     * @param systemErr what went to System.err directly (progress bar, stray logging)
     */
    record Result(int exitCode, String stdout, String stderr, String systemErr) {

        /** Non-blank lines written to the error channel. */
        List<String> stderrLines() {
            return stderr.lines().filter(l -> !l.isBlank()).toList();
        }

        JsonNode json() {
            return MAPPER.readTree(stdout);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr + "\n--- System.err\n" + systemErr;
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        synchronized (LOCK) {
            PrintStream oldOut = System.out;
            PrintStream oldErr = System.err;
            ByteArrayOutputStream sysOut = new ByteArrayOutputStream();
            ByteArrayOutputStream sysErr = new ByteArrayOutputStream();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int rc;
            try {
                System.setOut(new PrintStream(sysOut, true, UTF_8));
                System.setErr(new PrintStream(sysErr, true, UTF_8));
                PrintWriter o = new PrintWriter(out, true);
                PrintWriter e = new PrintWriter(err, true);
                rc = DiagramsCommand.run(args, o, e);
                o.flush();
                e.flush();
                System.out.flush();
                System.err.flush();
            } finally {
                System.setOut(oldOut);
                System.setErr(oldErr);
            }
            return new Result(rc, out + sysOut.toString(UTF_8), err.toString(), sysErr.toString(UTF_8));
        }
    }

    /** Runs {@code diagrams expand ARGS}. */
    static Result expand(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "expand";
        System.arraycopy(args, 0, all, 1, args.length);
        return run(all);
    }

    /**
     * Writes {@code expand REQUEST --format symja FLAGS} to a file in {@code dir} (asserting exit 0) and
     * returns {@code check REQUEST FLAGS --file} of it: the engine's own terms read back.
     */
    static Result expandThenCheck(java.nio.file.Path dir, String[] request, String... flags) {
        java.nio.file.Path f = dir.resolve("expansion" + String.join("", request).replaceAll("[^a-z0-9]", "")
                + String.join("", flags).replaceAll("[^a-z0-9]", "") + ".m");
        java.util.List<String> expand = new java.util.ArrayList<>(java.util.List.of(request));
        expand.addAll(java.util.List.of(flags));
        expand.addAll(java.util.List.of("--format", "symja", "-o", f.toString()));
        Result e = expand(expand.toArray(String[]::new));
        if (e.exitCode() != 0) {
            throw new AssertionError("expected exit 0 for expand " + String.join(" ", expand) + "\n" + e);
        }
        java.util.List<String> check = new java.util.ArrayList<>(java.util.List.of("check"));
        check.addAll(java.util.List.of(request));
        check.addAll(java.util.List.of(flags));
        check.addAll(java.util.List.of("--file", f.toString()));
        return run(check.toArray(String[]::new));
    }

    /** Writes an action file holding {@code json} into {@code dir}; returns its path. */
    static String actionFile(java.nio.file.Path dir, String json) throws java.io.IOException {
        java.nio.file.Path f = dir.resolve("action-" + Math.abs(json.hashCode()) + ".json");
        java.nio.file.Files.writeString(f, json);
        return f.toString();
    }

    /** Runs {@code diagrams expand ARGS --format json}, asserts exit 0 and returns the parsed JSON. */
    static JsonNode expandJson(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--format";
        all[args.length + 1] = "json";
        Result r = expand(all);
        if (r.exitCode() != 0) {
            throw new AssertionError("expected exit 0 for expand " + String.join(" ", args) + "\n" + r);
        }
        return r.json();
    }
}
