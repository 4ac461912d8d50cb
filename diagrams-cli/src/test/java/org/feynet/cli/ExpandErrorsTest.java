package org.feynet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Bad input: exit 2, one line on stderr naming the bad value, no stack trace unless --debug. */
class ExpandErrorsTest {

    /** Asserts the contract for bad input and returns the one error line. */
    static String assertBadInput(Cli.Result r, String... mustContain) {
        assertEquals(2, r.exitCode(), () -> "exit code 2 for bad input\n" + r);
        List<String> lines = r.stderrLines();
        assertEquals(1, lines.size(), () -> "exactly one line on stderr\n" + r);
        String line = lines.get(0);
        for (String s : mustContain) {
            assertTrue(line.contains(s), () -> "error line names '" + s + "': " + line);
        }
        assertFalse(r.stderr().contains("at org."), () -> "no stack trace: " + r.stderr());
        assertFalse(r.stderr().contains("\tat "), () -> "no stack trace: " + r.stderr());
        assertFalse(line.contains("internal error"), () -> "bad input is not an internal error: " + line);
        assertEquals("", r.stdout().trim(), () -> "nothing on stdout on failure\n" + r);
        assertFalse(r.systemErr().contains("at org."), () -> "no stack trace on System.err: " + r.systemErr());
        return line;
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("unknown theory", new String[] {"--theory", "phi5", "--points", "2", "--order", "1"}, new String[] {"phi5"}),
                Arguments.of("malformed action", new String[] {"--action", "lambda*phi^^4", "--points", "2", "--order", "1"},
                        new String[] {"lambda*phi^^4"}),
                Arguments.of("unbalanced action", new String[] {"--action", "lambda*(phi^4", "--points", "2", "--order", "1"},
                        new String[] {"lambda*(phi^4"}),
                Arguments.of("non-polynomial Exp", new String[] {"--action", "lambda*Exp[phi]", "--points", "2", "--order", "1"},
                        new String[] {"Exp", "phi"}),
                Arguments.of("non-polynomial division", new String[] {"--action", "lambda*phi^4/(1+phi)", "--points", "2", "--order", "1"},
                        new String[] {"polynomial"}),
                Arguments.of("fractional power", new String[] {"--action", "lambda*phi^(1/2)", "--points", "2", "--order", "1"},
                        new String[] {"1/2"}),
                Arguments.of("float coefficient", new String[] {"--action", "0.5*phi^4", "--points", "2", "--order", "1"},
                        new String[] {"0.5"}),
                Arguments.of("float among terms", new String[] {"--action", "lambda*phi^4 + 0.25*phi^6", "--points", "2", "--order", "1"},
                        new String[] {"0.25"}),
                Arguments.of("valence-2 term", new String[] {"--action", "lambda*phi^4 + m*phi^2", "--points", "2", "--order", "1"},
                        new String[] {"phi^2"}),
                Arguments.of("valence-9 term", new String[] {"--action", "lambda*phi^9", "--points", "2", "--order", "1"},
                        new String[] {"phi^9"}),
                Arguments.of("empty action", new String[] {"--action", "", "--points", "2", "--order", "1"}, new String[] {"action"}),
                Arguments.of("negative order", new String[] {"--theory", "phi4", "--points", "2", "--order", "-1"}, new String[] {"-1"}),
                Arguments.of("order abc", new String[] {"--theory", "phi4", "--points", "2", "--order", "abc"}, new String[] {"abc"}),
                Arguments.of("empty range", new String[] {"--theory", "phi4", "--points", "2", "--order", "5..2"}, new String[] {"5..2"}),
                Arguments.of("absurd order", new String[] {"--theory", "phi4", "--points", "2", "--order", "100"}, new String[] {"100"}),
                Arguments.of("absurd range end", new String[] {"--theory", "phi4", "--points", "2", "--order", "0..100"}, new String[] {"100"}),
                Arguments.of("absurd loops", new String[] {"--theory", "phi4", "--points", "2", "--loops", "100"}, new String[] {"100"}),
                Arguments.of("negative loops", new String[] {"--theory", "phi4", "--points", "4", "--loops", "-3"}, new String[] {"-3"}),
                Arguments.of("negative points", new String[] {"--theory", "phi4", "--points", "-2", "--order", "1"}, new String[] {"-2"}),
                Arguments.of("points not a number", new String[] {"--theory", "phi4", "--points", "x", "--order", "1"}, new String[] {"x"}),
                Arguments.of("unknown format", new String[] {"--theory", "phi4", "--points", "2", "--order", "1", "--format", "xml"},
                        new String[] {"xml"}),
                Arguments.of("--full with --1pi", new String[] {"--theory", "phi4", "--points", "2", "--order", "1", "--full", "--1pi"},
                        new String[] {"--full", "--1pi"}),
                Arguments.of("missing --order", new String[] {"--theory", "phi4", "--points", "2"}, new String[] {"--order"}),
                Arguments.of("missing theory", new String[] {"--points", "2", "--order", "1"}, new String[] {"--theory"}),
                Arguments.of("--order with --loops", new String[] {"--theory", "phi4", "--points", "2", "--order", "2", "--loops", "2"},
                        new String[] {"--order", "--loops"}),
                Arguments.of("unknown option", new String[] {"--theory", "phi4", "--points", "2", "--order", "1", "--bogus"},
                        new String[] {"--bogus"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsOneLineAndExit2(String what, String[] args, String[] mustContain) {
        assertBadInput(Cli.expand(args), mustContain);
    }

    /** psi without --fields is a coupling, so φ²ψ looks like a mass term: the error says how to declare it. */
    @Test
    void secondFieldWithoutFieldsSaysHowToDeclareIt() {
        assertBadInput(Cli.expand("--action", "g/2*phi^2*psi", "--points", "2", "--order", "1"),
                "valence 2", "--fields phi,psi");
        assertBadInput(Cli.expand("--action", "m/2*phi^2", "--points", "2", "--order", "1"), "valence 2", "--fields");
    }

    @Test
    void absurdOrderMentionsTheLimitOrForce() {
        String line = assertBadInput(Cli.expand("--theory", "phi4", "--points", "2", "--order", "100"), "100");
        assertTrue(line.contains("--force") || line.contains("limit"), "names the limit or --force: " + line);
    }

    @Test
    void orderThirtyGivesAnEstimatedCount() {
        String line = assertBadInput(Cli.expand("--theory", "phi4", "--points", "2", "--order", "30"), "30");
        assertTrue(line.contains("--force"), "tells how to run anyway: " + line);
        assertTrue(line.contains("estimat"), "says the count is an estimate: " + line);
        // phi4 2-point at 10 vertices already has 1,281,437 diagrams (QGRAF, DESIGN.md); at 30 vertices the
        // number is astronomically larger: some number in the message must be at least 1e20.
        Matcher m = Pattern.compile("\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?").matcher(line.replace(",", ""));
        double largest = 0;
        while (m.find()) {
            largest = Math.max(largest, Double.parseDouble(m.group()));
        }
        assertTrue(largest >= 1e20, "an estimated count >= 1e20 in: " + line);
    }

    @Test
    void unwritableOutputDirectoryCreatesNothing(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("no-such-dir");
        Path target = missing.resolve("out.json");
        String line = assertBadInput(Cli.expand("--theory", "phi4", "--points", "2", "--order", "1", "--format", "json",
                "-o", target.toString()), "no-such-dir");
        assertFalse(Files.exists(target), "no file created");
        assertFalse(Files.exists(missing), "no directory created");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.toList(), "nothing left in the parent directory: " + line);
        }
    }

    @Test
    void outputThatIsADirectoryIsBadInput(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        assertBadInput(Cli.expand("--theory", "phi4", "--points", "2", "--order", "1", "-o", sub.toString()), "sub");
        assertTrue(Files.isDirectory(sub));
        try (Stream<Path> s = Files.list(sub)) {
            assertEquals(List.of(), s.toList(), "nothing written into the directory");
        }
    }

    @Test
    void debugPrintsAStackTrace() {
        Cli.Result r = Cli.expand("--theory", "phi5", "--points", "2", "--order", "1", "--debug");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().lines().findFirst().orElse("").contains("phi5"), "first line is still the message: " + r.stderr());
        assertTrue(r.stderr().contains("at org.feynet."), "stack trace with feynet frames under --debug: " + r.stderr());
        assertTrue(r.stderrLines().size() > 2, "more than the one-line message");
    }

    @Test
    void debugPrintsAStackTraceForAParameterError() {
        Cli.Result r = Cli.expand("--theory", "phi4", "--points", "2", "--debug");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("--order"), r.stderr());
        assertTrue(r.stderr().contains("\tat "), "stack trace under --debug: " + r.stderr());
    }

    @Test
    void oddPointCountHasNoDiagramsButSucceeds() {
        Cli.Result r = Cli.expand("--theory", "phi4", "--points", "3", "--order", "0..3", "--format", "json");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr());
        JsonNode j = r.json();
        assertEquals(4, j.get("orders").size());
        for (JsonNode o : j.get("orders")) {
            assertEquals(0, o.get("count").asLong(), "phi4 has no diagram with an odd number of legs: " + o);
            assertTrue(CouplingPolynomial.parse(o.get("weightSum").asString()).isEmpty(), "weightSum 0: " + o);
        }
        assertEquals(0, j.get("diagrams").size());
        Cli.Result text = Cli.expand("--theory", "phi4", "--points", "3", "--order", "2");
        assertEquals(0, text.exitCode(), text::toString);
        assertTrue(text.stdout().lines().anyMatch(l -> l.trim().equals("total 0 diagrams")), text.stdout());
    }

    @Test
    void helpExitsZero() {
        Cli.Result r = Cli.expand("--help");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains("--theory") && r.stdout().contains("--order") && r.stdout().contains("--format"), r.stdout());
    }
}
