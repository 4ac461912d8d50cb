package org.feynet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matheclipse.parser.client.Parser;
import tools.jackson.databind.JsonNode;

/**
 * {@code diagrams check}: hand calculations against the engine (exit 0 match, 1 mismatch, 2 unreadable).
 *
 * <p>All expected numbers are worked out by hand. phi4 = lambda/4! phi^4, vertex factor -lambda, weight
 * = (-lambda)^k / S.
 * <ul>
 * <li>2-point, order 2 (two-loop self-energy), three diagrams: cactus (x1, x2 on one vertex, double line
 *     to a vertex with a self-loop) S = 2!·2 = 4; double tadpole (x1-v1-v2-x2, a self-loop on each) S = 2·2
 *     = 4; sunset (triple line) S = 3! = 6. So lambda^2/4, lambda^2/4, lambda^2/6.</li>
 * <li>4-point, order 2, 1PI = one loop: the s, t, u bubbles, double line between two vertices carrying
 *     two legs each, S = 2!, lambda^2/2 each. Without --1pi there are in addition the four trees with a
 *     tadpole on one leg (x_i-v2, self-loop on v2, v2-v1, the three other legs on v1), S = 2, lambda^2/2.</li>
 * </ul>
 */
class CheckCommandTest {

    // the two-loop self-energy by hand: other dummy names, G arguments swapped, three ways of integrating
    static final String CACTUS = "lambda^2/4*Int[Int[G[u,x1]*G[x2,u]*G[w,u]^2*G[w,w], w], u]";
    static final String DOUBLE_TADPOLE = "lambda^2/4*Int[G[a,x1]*G[a,a]*G[b,a]*G[b,b]*G[x2,b], {a,b}]";
    static final String SUNSET = "lambda^2/6*Int[G[s,x1]*G[t,s]^3*G[x2,t], s, t]";
    static final String SELF_ENERGY = CACTUS + " + " + DOUBLE_TADPOLE + " + " + SUNSET;

    // the one-loop 4-point function: s, t, u bubbles
    static final String S_BUBBLE = "lambda^2/2*Int[Int[G[x1,a]*G[x2,a]*G[a,b]^2*G[b,x3]*G[b,x4], a], b]";
    static final String T_BUBBLE = "lambda^2/2*Int[G[c,x1]*G[x3,c]*G[d,c]^2*G[x2,d]*G[x4,d], {c,d}]";
    static final String U_BUBBLE = "lambda^2/2*Int[G[x1,e]*G[x4,e]*G[e,f]*G[f,e]*G[x2,f]*G[x3,f], e, f]";
    static final String BUBBLES = S_BUBBLE + " + " + T_BUBBLE + " + " + U_BUBBLE;

    @TempDir
    Path tmp;

    private static Cli.Result check(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(all);
    }

    private static Cli.Result selfEnergy(String expr) {
        return check("--theory", "phi4", "--points", "2", "--order", "2", "--expr", expr);
    }

    private static void assertMatch(Cli.Result r, int diagrams) {
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().startsWith("match"), r::toString);
        assertTrue(r.stdout().contains("all " + diagrams + " diagrams"), r::toString);
        assertEquals(List.of(), r.stderrLines(), r::toString);
    }

    private static void assertMismatch(Cli.Result r) {
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stdout().startsWith("mismatch"), r::toString);
        assertFalse(r.stdout().startsWith("match"), r::toString);
    }

    /** The line after the first line starting with {@code head}, and that line: a difference block. */
    private static List<String> block(Cli.Result r, String head) {
        List<String> lines = r.stdout().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(head)) {
                List<String> out = new ArrayList<>();
                for (int j = i; j < lines.size() && !lines.get(j).isBlank(); j++) {
                    out.add(lines.get(j));
                }
                return out;
            }
        }
        throw new AssertionError("no block '" + head + "'\n" + r);
    }

    /** Exit 2, exactly one line on stderr containing every {@code part}, nothing on stdout, no stack trace. */
    private static String assertUnreadable(Cli.Result r, String... parts) {
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.stderrLines().size(), r::toString);
        String line = r.stderrLines().get(0);
        for (String p : parts) {
            assertTrue(line.contains(p), () -> "'" + p + "' in: " + line);
        }
        assertFalse(r.stderr().contains("\tat "), r::toString);
        assertFalse(line.contains("internal error"), line);
        assertEquals("", r.stdout().trim(), r::toString);
        return line;
    }

    // ---- correct hand calculations

    @Test
    void twoLoopSelfEnergyByHandMatches() {
        assertMatch(selfEnergy(SELF_ENERGY), 3);
    }

    @Test
    void selfEnergyInAnyOrderAndSplitMatches() {
        assertMatch(selfEnergy(SUNSET + " + " + CACTUS + " + " + DOUBLE_TADPOLE), 3);
        // the sunset in two halves with different dummy names
        String halves = "lambda^2/12*Int[Int[G[x1,p]*G[p,q]^3*G[q,x2], q], p] + lambda^2/12*Int[G[x2,m]*G[n,m]^3*G[n,x1], {n,m}]";
        assertMatch(selfEnergy(CACTUS + " + " + DOUBLE_TADPOLE + " + " + halves), 3);
    }

    @Test
    void oneLoopFourPointByHandMatches() {
        assertMatch(check("--theory", "phi4", "--points", "4", "--order", "2", "--1pi", "--expr", BUBBLES), 3);
        assertMatch(check("--theory", "phi4", "--points", "4", "--loops", "1", "--1pi", "--expr", BUBBLES), 3);
        assertMatch(check("--theory", "phi4", "--points", "4", "--loops", "1", "--1pi", "--expr",
                U_BUBBLE + " + " + S_BUBBLE + " + " + T_BUBBLE), 3);
    }

    @Test
    void bubblesAloneAreNotTheConnectedFourPointFunction() {
        Cli.Result r = check("--theory", "phi4", "--points", "4", "--order", "2", "--expr", BUBBLES);
        assertMismatch(r);
        // 3 bubbles + 4 trees with a tadpole on one leg
        assertTrue(r.stdout().contains("3 of 7 diagrams"), r::toString);
        assertTrue(r.stdout().contains("4 differences"), r::toString);
        assertEquals(4, r.stdout().lines().filter(l -> l.startsWith("missing diagram (S=2)")).count(), r::toString);
        assertFalse(r.stdout().contains("wrong coefficient") || r.stdout().contains("extra term"), r::toString);
    }

    @Test
    void firstOrderTadpole() {
        assertMatch(check("--theory", "phi4", "--points", "2", "--order", "1", "--expr",
                "-lambda/2*Int[G[x2,z]*G[z,z]*G[x1,z], z]"), 1);
        // nnqft = lambda phi^4 + kappa phi^6, vertex factors -24 lambda and -720 kappa; order 1 has the
        // tadpole (S = 2): -12 lambda, and the phi^6 double snail (two self-loops, S = 2^2·2! = 8): -90 kappa
        assertMatch(check("--theory", "nnqft", "--points", "2", "--order", "1", "--expr",
                "-12*lambda*Int[G[x2,z]*G[z,z]*G[x1,z], z] - 90*kappa*Int[G[y,y]^2*G[x1,y]*G[y,x2], y]"), 2);
        Cli.Result r = check("--theory", "nnqft", "--points", "2", "--order", "1", "--expr",
                "-12*lambda*Int[G[x2,z]*G[z,z]*G[x1,z], z]");
        assertMismatch(r);
        assertTrue(block(r, "missing diagram").get(0).startsWith("missing diagram (S=8)"), r::toString);
    }

    // ---- wrong hand calculations

    @Test
    void wrongSymmetryFactorOfTheSunset() {
        String wrongSunset = "lambda^2/3*Int[G[s,x1]*G[t,s]^3*G[x2,t], s, t]";
        Cli.Result r = selfEnergy(CACTUS + " + " + DOUBLE_TADPOLE + " + " + wrongSunset);
        assertMismatch(r);
        assertTrue(r.stdout().contains("2 of 3 diagrams"), r::toString);
        List<String> b = block(r, "wrong coefficient");
        assertTrue(b.get(0).startsWith("wrong coefficient (S=6)"), b::toString);
        assertTrue(b.get(0).contains("v1-v2^3"), b::toString);
        assertTrue(b.stream().anyMatch(l -> l.contains("yours") && l.contains("lambda^2/3") && l.contains("^3")), b::toString);
        assertTrue(b.stream().anyMatch(l -> l.contains("engine") && l.contains("lambda^2/6") && l.contains("^3")), b::toString);
        assertFalse(r.stdout().contains("missing") || r.stdout().contains("extra"), r::toString);
    }

    @Test
    void missingDiagram() {
        Cli.Result r = selfEnergy(CACTUS + " + " + SUNSET);
        assertMismatch(r);
        assertTrue(r.stdout().contains("2 of 3 diagrams"), r::toString);
        List<String> b = block(r, "missing diagram");
        // the double tadpole: self-loops on both vertices, one line between them
        assertTrue(b.get(0).startsWith("missing diagram (S=4)"), b::toString);
        assertTrue(b.get(0).contains("v1-v1") && b.get(0).contains("v2-v2") && b.get(0).contains("v1-v2"), b::toString);
        assertTrue(b.stream().anyMatch(l -> l.contains("engine") && l.contains("lambda^2/4")), b::toString);
        assertFalse(r.stdout().contains("wrong coefficient") || r.stdout().contains("extra"), r::toString);
    }

    @Test
    void extraDisconnectedPiece() {
        Cli.Result r = selfEnergy(SELF_ENERGY + " + lambda^2/8*G[x1,x2]*Int[G[y,y]^2,y]");
        assertMismatch(r);
        assertTrue(r.stdout().contains("3 of 3 diagrams"), r::toString);
        List<String> b = block(r, "extra term");
        assertTrue(b.get(0).contains("x1-x2"), b::toString);
        assertTrue(b.stream().anyMatch(l -> l.contains("yours") && l.contains("lambda^2/8") && l.contains("G[x1,x2]")), b::toString);
    }

    @Test
    void extraVacuumBubbleOfTheRightOrder() {
        // G(x1,x2) times the two-vertex "watermelon" vacuum bubble (four lines, S = 4!·2 = 48)
        Cli.Result r = selfEnergy(SELF_ENERGY + " + lambda^2/48*G[x2,x1]*Int[Int[G[u,v]^4,u],v]");
        assertMismatch(r);
        List<String> b = block(r, "extra term");
        assertTrue(b.get(0).contains("x1-x2") && b.get(0).contains("v1-v2^4"), b::toString);
        assertTrue(b.stream().anyMatch(l -> l.contains("lambda^2/48")), b::toString);
    }

    @Test
    void extraTermOfAnotherOrder() {
        Cli.Result r = selfEnergy(SELF_ENERGY + " - lambda/2*Int[G[x1,z]*G[z,z]*G[z,x2], z]");
        assertMismatch(r);
        List<String> b = block(r, "extra term");
        assertTrue(b.stream().anyMatch(l -> l.contains("-lambda/2")), b::toString);
    }

    @Test
    void everyDifferenceIsReported() {
        String wrongSunset = "lambda^2/3*Int[G[s,x1]*G[t,s]^3*G[x2,t], s, t]";
        Cli.Result r = selfEnergy(CACTUS + " + " + wrongSunset + " + lambda^2/8*G[x1,x2]*Int[G[y,y]^2,y]");
        assertMismatch(r);
        assertTrue(r.stdout().contains("1 of 3 diagrams") && r.stdout().contains("3 differences"), r::toString);
        block(r, "missing diagram");
        block(r, "wrong coefficient");
        block(r, "extra term");
    }

    // ---- files

    @Test
    void fileWithTheHandCalculation() throws IOException {
        Path f = tmp.resolve("self-energy.m");
        Files.writeString(f, "(* phi4 two-loop self-energy *)\n" + CACTUS + "\n + " + DOUBLE_TADPOLE + "\n + " + SUNSET + "\n",
                StandardCharsets.UTF_8);
        assertMatch(check("--theory", "phi4", "--points", "2", "--order", "2", "--file", f.toString()), 3);
    }

    @Test
    void expandSymjaOutputReadsBack() throws IOException {
        String[][] requests = {
            {"--theory", "phi4", "--points", "2", "--order", "2"},
            {"--theory", "phi4", "--points", "4", "--order", "2", "--1pi"},
            {"--theory", "phi4", "--points", "4", "--order", "0..2", "--full"},
            {"--theory", "phi3", "--points", "2", "--order", "0..4"},
            {"--theory", "phi4+phi6", "--points", "2", "--order", "2"},
        };
        for (String[] req : requests) {
            Cli.Result r = Cli.expandThenCheck(tmp, req);
            assertEquals(0, r.exitCode(), () -> String.join(" ", req) + "\n" + r);
            assertTrue(r.stdout().startsWith("match"), r::toString);
        }
    }

    @Test
    void expandSymjaOutputOfAnEmptyExpansionReadsBack() throws IOException {
        // phi3 has no 2-point diagram at order 1 (2 + 3 half-edges): expand writes the sum 0
        Path f = tmp.resolve("empty.m");
        Cli.Result e = Cli.expand("--theory", "phi3", "--points", "2", "--order", "1", "--format", "symja", "-o", f.toString());
        assertEquals(0, e.exitCode(), e::toString);
        Cli.Result r = check("--theory", "phi3", "--points", "2", "--order", "1", "--file", f.toString());
        assertMatch(r, 0);
    }

    @Test
    void expandJsonExpressionsParseAndCheck() {
        for (String[] req : new String[][] {{"--theory", "phi4", "--points", "2", "--order", "0..3"},
                {"--theory", "phi4", "--points", "4", "--order", "2"}}) {
            JsonNode json = Cli.expandJson(req);
            StringBuilder sum = new StringBuilder();
            int n = 0;
            for (JsonNode d : json.get("diagrams")) {
                String expr = d.get("expression").asString();
                new Parser(false).parse(expr); // throws on a syntax error
                assertTrue(d.get("latex").asString().contains("G("), d::toString);
                sum.append(sum.length() == 0 ? "" : " + ").append("(").append(expr).append(")");
                n++;
            }
            List<String> c = new ArrayList<>(List.of(req));
            c.addAll(List.of("--expr", sum.toString()));
            assertMatch(check(c.toArray(String[]::new)), n);
        }
    }

    @Test
    void missingFileIsBadInput() {
        Path f = tmp.resolve("nowhere.m");
        assertUnreadable(check("--theory", "phi4", "--points", "2", "--order", "2", "--file", f.toString()), "nowhere.m");
    }

    @Test
    void reportToAFile() throws IOException {
        Path out = tmp.resolve("report.txt");
        Cli.Result r = check("--theory", "phi4", "--points", "2", "--order", "2", "--expr", CACTUS, "-o", out.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.stdout().trim(), r::toString);
        String report = Files.readString(out);
        assertTrue(report.startsWith("mismatch") && report.contains("missing diagram"), report);
    }

    // ---- unreadable input

    @Test
    void syntaxErrorNamesTheCharacter() {
        assertUnreadable(selfEnergy("lambda^2/4*Int[G[x1,y"), "character");
        assertUnreadable(selfEnergy("lambda^2/4*Int[G[x1,y]]] + "), "character");
    }

    @Test
    void unknownPointIsNamed() {
        assertUnreadable(check("--theory", "phi4", "--points", "2", "--order", "1", "--expr",
                "-lambda/2*Int[G[x3,z]*G[z,z]*G[z,x2], z]"), "x3");
        // a free point that is neither external nor integrated
        assertUnreadable(check("--theory", "phi4", "--points", "2", "--order", "1", "--expr",
                "-lambda/2*G[x1,w]*G[w,w]*G[w,x2]"), "'w'");
    }

    @Test
    void externalPointWithWrongNumberOfLinesIsNamed() {
        // x1 ends two propagators
        assertUnreadable(check("--theory", "phi4", "--points", "2", "--order", "1", "--expr",
                "-lambda/2*Int[G[x1,z]*G[x1,z]*G[z,x2], z]"), "x1");
        // x2 ends none
        assertUnreadable(check("--theory", "phi4", "--points", "2", "--order", "1", "--expr",
                "-lambda/2*Int[G[x1,z]*G[z,z]^2, z]"), "x2");
    }

    @Test
    void internalPointWithWrongNumberOfLinesIsNamed() {
        // z ends six lines (1 + 2·2 + 1): no vertex of phi4; the message should say which point
        assertUnreadable(check("--theory", "phi4", "--points", "2", "--order", "1", "--expr",
                "-lambda/2*Int[G[x1,z]*G[z,z]^2*G[z,x2], z]"), "'z'", "6");
    }

    @Test
    void otherUnreadableTerms() {
        assertUnreadable(selfEnergy("0.25*lambda^2*Int[G[x1,y]*G[x2,y]*G[y,z]^2*G[z,z], y, z]"), "0.25");
        assertUnreadable(selfEnergy("Exp[lambda]*G[x1,x2]"), "Exp");
    }

    // ---- notation

    @Test
    void propagatorSymbolK() {
        assertMatch(check("--theory", "phi4", "--points", "2", "--order", "2", "--propagator-symbol", "K", "--expr",
                SELF_ENERGY.replace("G[", "K[")), 3);
        assertMatch(check("--theory", "phi4", "--points", "4", "--order", "2", "--1pi", "--propagator-symbol", "K",
                "--expr", BUBBLES.replace("G[", "K[")), 3);
        // G is then an unknown function
        assertUnreadable(check("--theory", "phi4", "--points", "2", "--order", "2", "--propagator-symbol", "K",
                "--expr", SELF_ENERGY), "G");
        // K without --propagator-symbol K is unknown too
        assertUnreadable(selfEnergy(SELF_ENERGY.replace("G[", "K[")), "K");
    }

    @Test
    void reservedPropagatorSymbolIsRefused() {
        assertUnreadable(check("--theory", "phi4", "--points", "2", "--order", "1", "--propagator-symbol", "I",
                "--expr", "-lambda/2*Int[I[x1,z]*I[z,z]*I[z,x2], z]"), "'I'");
        assertUnreadable(check("--theory", "phi4", "--points", "2", "--order", "1", "--propagator-symbol", "D",
                "--expr", "-lambda/2*Int[D[x1,z]*D[z,z]*D[z,x2], z]"), "'D'");
    }

    @Test
    void mismatchWithKernelPrintsKernelTerms() {
        Cli.Result r = check("--theory", "phi4", "--points", "2", "--order", "2", "--propagator-symbol", "K", "--expr",
                (CACTUS + " + " + SUNSET).replace("G[", "K["));
        assertMismatch(r);
        List<String> b = block(r, "missing diagram");
        assertTrue(b.stream().anyMatch(l -> l.contains("engine") && l.contains("K[") && !l.contains("G[")), b::toString);
    }
}
