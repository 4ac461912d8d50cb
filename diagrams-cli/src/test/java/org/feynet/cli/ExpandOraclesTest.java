package org.feynet.cli;

import org.feynet.fixtures.Oracles;

import org.apache.commons.numbers.fraction.BigFraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The numbers of {@code expand} against independent reference values: oracles.json of
 * src-test-fixtures (0-dimensional series and literature counts), and a few values derived by hand
 * in the comments. Weight sums are compared as exact rationals (parsed by {@link CouplingPolynomial}),
 * not as strings, so that a change of formatting does not break the tests but a change of value does.
 */
class ExpandOraclesTest {

    private static List<Long> counts(JsonNode j) {
        List<Long> out = new ArrayList<>();
        j.get("orders").forEach(o -> out.add(o.get("count").asLong()));
        return out;
    }

    /** Per order, the weight sums of all coupling monomials with every coupling set to 1. */
    private static List<BigFraction> weightSumsAtOne(JsonNode j, int maxOrder) {
        List<BigFraction> out = new ArrayList<>();
        for (int k = 0; k <= maxOrder; k++) {
            out.add(BigFraction.ZERO);
        }
        for (JsonNode o : j.get("orders")) {
            int k = o.get("order").asInt();
            out.set(k, out.get(k).add(CouplingPolynomial.atCouplingsOne(o.get("weightSum").asString())));
        }
        return out;
    }

    /** Asserts each order's weightSum is exactly oracle[k] * coupling^k (one monomial, exact coefficient). */
    private static void assertSingleCouplingWeightSums(JsonNode j, String coupling, List<BigFraction> oracle) {
        JsonNode orders = j.get("orders");
        assertEquals(oracle.size(), orders.size(), "one entry per order");
        for (int k = 0; k < oracle.size(); k++) {
            JsonNode o = orders.get(k);
            assertEquals(k, o.get("order").asInt());
            assertEquals(CouplingPolynomial.monomial(oracle.get(k), coupling, k),
                    CouplingPolynomial.parse(o.get("weightSum").asString()),
                    "weightSum at order " + k + " is " + oracle.get(k) + "*" + coupling + "^" + k + ", got " + o.get("weightSum"));
        }
    }

    // ---- phi4 counts and weight sums -------------------------------------------------------------

    @Test
    void phi4TwoPointConnectedCountsAndWeightSums() {
        JsonNode j = Cli.expandJson("--theory", "phi4", "--points", "2", "--order", "0..4", "--count-only");
        // oracles.json counts.phi4.2pt-connected = [1, 1, 3, 10, 39]
        assertEquals(List.of(1L, 1L, 3L, 10L, 39L), Oracles.load().counts("phi4", "2pt-connected"), "oracle file sanity");
        assertEquals(Oracles.load().counts("phi4", "2pt-connected"), counts(j));
        // oracles.json zeroDimensional.phi4.connected.2 = 1, -1/2, 2/3, -11/8, 34/9
        assertSingleCouplingWeightSums(j, "lambda", Oracles.load().zeroDimensional("phi4", "connected", 2));
        assertEquals(BigFraction.of(34, 9), CouplingPolynomial.parse(j.get("orders").get(4).get("weightSum").asString())
                .get(Map.of("lambda", 4)), "34*lambda^4/9");
    }

    @Test
    void phi4FourPointConnectedCountsAndWeightSums() {
        JsonNode j = Cli.expandJson("--theory", "phi4", "--points", "4", "--order", "0..4", "--count-only");
        assertEquals(List.of(0L, 1L, 7L, 42L, 255L), Oracles.load().counts("phi4", "4pt-connected"), "oracle file sanity");
        assertEquals(Oracles.load().counts("phi4", "4pt-connected"), counts(j));
        assertSingleCouplingWeightSums(j, "lambda", Oracles.load().zeroDimensional("phi4", "connected", 4));
    }

    @Test
    void phi4VacuumCountsAndLogZ() {
        JsonNode j = Cli.expandJson("--theory", "phi4", "--points", "0", "--order", "0..4", "--count-only");
        assertEquals(List.of(0L, 1L, 2L, 4L, 10L), Oracles.load().counts("phi4", "vacuum-connected"), "oracle file sanity");
        assertEquals(Oracles.load().counts("phi4", "vacuum-connected"), counts(j));
        assertSingleCouplingWeightSums(j, "lambda", Oracles.load().logZ("phi4"));
    }

    @Test
    void phi4OnePICounts() {
        JsonNode two = Cli.expandJson("--theory", "phi4", "--points", "2", "--order", "0..4", "--1pi", "--count-only");
        JsonNode four = Cli.expandJson("--theory", "phi4", "--points", "4", "--order", "0..4", "--1pi", "--count-only");
        assertEquals(List.of(0L, 1L, 2L, 5L, 18L), Oracles.load().counts("phi4", "2pt-1pi"), "oracle file sanity");
        assertEquals(List.of(0L, 1L, 3L, 12L, 73L), Oracles.load().counts("phi4", "4pt-1pi"), "oracle file sanity");
        assertEquals(Oracles.load().counts("phi4", "2pt-1pi"), counts(two));
        assertEquals(Oracles.load().counts("phi4", "4pt-1pi"), counts(four));
        assertTrue(two.get("filters").toString().contains("1pi"), "filters name 1pi: " + two.get("filters"));
    }

    // ---- 0-dimensional weight sums of every built-in single-scalar theory ------------------------

    static Stream<Arguments> zeroDimensionalCases() {
        List<Arguments> cases = new ArrayList<>();
        for (String theory : List.of("phi3", "phi4", "phi6", "phi4+phi6")) {
            for (String set : List.of("connected", "full")) {
                if (theory.equals("phi3") && set.equals("connected")) {
                    continue; // oracles.json's phi3 "connected" lists are not cumulants: see phi3ConnectedAreCumulants
                }
                for (int points : new int[] {2, 4, 6}) {
                    cases.add(Arguments.of(theory, set, points));
                }
            }
        }
        return cases.stream();
    }

    /**
     * In 0 dimensions the sum of weights at order K is the Taylor coefficient of the correlator
     * (DESIGN.md); oracles.json has those coefficients with couplings set to 1.
     */
    @ParameterizedTest(name = "{0} {1} {2}-point orders 0..4")
    @MethodSource("zeroDimensionalCases")
    void weightSumsEqualZeroDimensionalSeries(String theory, String set, int points) {
        List<String> args = new ArrayList<>(List.of("--theory", theory, "--points", String.valueOf(points),
                "--order", "0..4", "--count-only"));
        if (set.equals("full")) {
            args.add("--full");
        }
        JsonNode j = Cli.expandJson(args.toArray(String[]::new));
        List<BigFraction> oracle = Oracles.load().zeroDimensional(theory, set, points);
        assertEquals(oracle, weightSumsAtOne(j, 4));
        if (!theory.equals("phi4+phi6")) {
            String coupling = switch (theory) {
                case "phi3" -> "g";
                case "phi4" -> "lambda";
                default -> "kappa";
            };
            assertSingleCouplingWeightSums(j, coupling, oracle);
        }
    }

    @ParameterizedTest(name = "{0} vacuum = log Z")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"phi3", "phi4", "phi6", "phi4+phi6"})
    void vacuumWeightSumsEqualLogZ(String theory) {
        JsonNode j = Cli.expandJson("--theory", theory, "--points", "0", "--order", "0..4", "--count-only");
        assertEquals(Oracles.load().logZ(theory), weightSumsAtOne(j, 4));
    }

    /** The brief's explicit example: phi3 full 2-point = 1, 0, 5/4, 0, 15/4 (oracles.json phi3 full "2"). */
    @Test
    void phi3FullTwoPoint() {
        JsonNode j = Cli.expandJson("--theory", "phi3", "--points", "2", "--order", "0..4", "--full", "--count-only");
        List<BigFraction> expected = List.of(BigFraction.of(1), BigFraction.ZERO, BigFraction.of(5, 4), BigFraction.ZERO, BigFraction.of(15, 4));
        assertEquals(expected, Oracles.load().zeroDimensional("phi3", "full", 2), "oracle file sanity");
        assertSingleCouplingWeightSums(j, "g", expected);
        assertTrue(j.get("filters").toString().contains("full"), "filters name full: " + j.get("filters"));
    }

    /**
     * Connected = cumulants. For phi3 the 1-point function is not zero (<x> = -g/2 + O(g^3)), so the
     * connected 2-point function is <x^2> - <x>^2 and the connected 4-point function subtracts the
     * terms with <x> and <x^3>. Derived by hand (and checked with a series of W = log Z[J]):
     * kappa2 = 1 + g^2 + 25 g^4/8, kappa4 = 3 g^2 + 24 g^4, kappa6 = 105 g^4.
     * (oracles.json's phi3 "connected" lists, e.g. 2-point 1, 0, 5/4, 0, 15/4, equal the full moments
     * and are NOT cumulants: at order 2 with 2 points, <x^2> = 1 + 5/4 g^2 but <x>^2 = g^2/4.)
     */
    @Test
    void phi3ConnectedAreCumulants() {
        JsonNode two = Cli.expandJson("--theory", "phi3", "--points", "2", "--order", "0..4", "--count-only");
        assertSingleCouplingWeightSums(two, "g", List.of(BigFraction.ONE, BigFraction.ZERO, BigFraction.ONE, BigFraction.ZERO, BigFraction.of(25, 8)));
        JsonNode four = Cli.expandJson("--theory", "phi3", "--points", "4", "--order", "0..4", "--count-only");
        assertSingleCouplingWeightSums(four, "g", List.of(BigFraction.ZERO, BigFraction.ZERO, BigFraction.of(3), BigFraction.ZERO, BigFraction.of(24)));
        JsonNode six = Cli.expandJson("--theory", "phi3", "--points", "6", "--order", "0..4", "--count-only");
        assertSingleCouplingWeightSums(six, "g", List.of(BigFraction.ZERO, BigFraction.ZERO, BigFraction.ZERO, BigFraction.ZERO, BigFraction.of(105)));
        // by hand: order 2 connected 2-point phi3 = self-energy bubble (S=2) + tadpole on the line (S=2): 2 diagrams
        assertEquals(2L, two.get("orders").get(2).get("count").asLong());
        // order 2 connected 4-point phi3 = the s, t, u trees: 3 diagrams
        assertEquals(3L, four.get("orders").get(2).get("count").asLong());
    }

    // ---- per-diagram symmetry factors and weights (oracles.json perDiagram) ----------------------

    private static boolean hasSelfLoop(JsonNode d) {
        for (JsonNode p : d.get("propagators")) {
            if (p.get(0).asString().equals(p.get(1).asString())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void phi4TwoPointOrderOneTadpole() {
        JsonNode ds = Cli.expandJson("--theory", "phi4", "--points", "2", "--order", "1").get("diagrams");
        assertEquals(1, ds.size());
        // oracles.json perDiagram "phi4 2pt order 1": tadpole S=2, weight -lambda/2
        assertEquals(2, ds.get(0).get("symmetryFactor").asInt());
        assertEquals(CouplingPolynomial.monomial(BigFraction.of(-1, 2), "lambda", 1), CouplingPolynomial.parse(ds.get(0).get("weight").asString()));
    }

    @Test
    void phi4TwoPointOrderTwoSunsetAndTadpoles() {
        JsonNode ds = Cli.expandJson("--theory", "phi4", "--points", "2", "--order", "2").get("diagrams");
        assertEquals(3, ds.size());
        int sunsets = 0;
        int others = 0;
        for (JsonNode d : ds) {
            assertEquals(2, d.get("loops").asInt(), "two loops at order 2, 2 points");
            if (!hasSelfLoop(d)) {
                // oracles.json perDiagram "phi4 2pt order 2" sunset: S=6, weight lambda^2/6
                sunsets++;
                assertEquals(6, d.get("symmetryFactor").asInt(), "sunset S: " + d);
                assertEquals(CouplingPolynomial.monomial(BigFraction.of(1, 6), "lambda", 2), CouplingPolynomial.parse(d.get("weight").asString()));
                long tripleEdges = 0;
                for (JsonNode p : d.get("propagators")) {
                    if (p.get(0).asString().startsWith("v") && p.get(1).asString().startsWith("v")) {
                        tripleEdges++;
                    }
                }
                assertEquals(3, tripleEdges, "the sunset has three propagators between its vertices: " + d);
            } else {
                // double tadpole (cactus) and tadpole on tadpole: S=4, weight lambda^2/4
                others++;
                assertEquals(4, d.get("symmetryFactor").asInt(), "tadpole diagram S: " + d);
                assertEquals(CouplingPolynomial.monomial(BigFraction.of(1, 4), "lambda", 2), CouplingPolynomial.parse(d.get("weight").asString()));
            }
        }
        assertEquals(1, sunsets, "exactly one sunset");
        assertEquals(2, others, "two diagrams with self-loops");
    }

    @Test
    void phi4FourPointOneLoopBubbles() {
        JsonNode ds = Cli.expandJson("--theory", "phi4", "--points", "4", "--order", "2", "--1pi").get("diagrams");
        assertEquals(3, ds.size(), "s, t, u bubbles");
        List<String> channels = new ArrayList<>();
        for (JsonNode d : ds) {
            // oracles.json perDiagram "phi4 4pt order 2 one-loop": each S=2, weight lambda^2/2
            assertEquals(2, d.get("symmetryFactor").asInt());
            assertEquals(1, d.get("loops").asInt());
            assertEquals(CouplingPolynomial.monomial(BigFraction.of(1, 2), "lambda", 2), CouplingPolynomial.parse(d.get("weight").asString()));
            assertFalse(hasSelfLoop(d));
            // which external points sit on the same vertex: the channel
            Map<String, List<String>> byVertex = new TreeMap<>();
            for (JsonNode p : d.get("propagators")) {
                String a = p.get(0).asString();
                String b = p.get(1).asString();
                if (a.startsWith("x")) {
                    byVertex.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
                } else if (b.startsWith("x")) {
                    byVertex.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
                }
            }
            List<String> pairs = new ArrayList<>();
            for (List<String> xs : byVertex.values()) {
                xs.sort(null);
                pairs.add(String.join("", xs));
            }
            pairs.sort(null);
            channels.add(String.join("|", pairs));
        }
        channels.sort(null);
        assertEquals(List.of("x1x2|x3x4", "x1x3|x2x4", "x1x4|x2x3"), channels, "the three channels, each once");
    }

    @Test
    void connectedFourPointOrderTwoContainsTheThreeBubbles() {
        JsonNode ds = Cli.expandJson("--theory", "phi4", "--points", "4", "--order", "2").get("diagrams");
        assertEquals(7, ds.size(), "oracles.json counts phi4 4pt-connected[2] = 7");
        int bubbles = 0;
        for (JsonNode d : ds) {
            if (!hasSelfLoop(d)) {
                bubbles++;
                assertEquals(2, d.get("symmetryFactor").asInt());
            }
        }
        assertEquals(3, bubbles);
    }

    // ---- equivalent requests give the same expansion ---------------------------------------------

    @Test
    void actionPhi3EqualsBuiltinPhi3() {
        String[] common = {"--points", "2", "--order", "0..4", "--full"};
        JsonNode builtin = Cli.expandJson(concat(new String[] {"--theory", "phi3"}, common));
        JsonNode action = Cli.expandJson(concat(new String[] {"--action", "g/3!*phi^3"}, common));
        assertEquals(builtin.get("orders"), action.get("orders"));
        assertEquals(builtin.get("diagrams"), action.get("diagrams"));
        assertEquals(builtin.get("theory").get("vertices"), action.get("theory").get("vertices"));
        assertEquals("g/3!*phi^3", action.get("theory").get("action").asString());
    }

    @Test
    void actionNnqftEqualsBuiltinNnqft() {
        String[] common = {"--points", "4", "--order", "0..2"};
        JsonNode builtin = Cli.expandJson(concat(new String[] {"--theory", "nnqft"}, common));
        JsonNode action = Cli.expandJson(concat(new String[] {"--action", "lambda*phi^4 + kappa*phi^6"}, common));
        assertEquals(builtin.get("orders"), action.get("orders"));
        assertEquals(builtin.get("diagrams"), action.get("diagrams"));
        assertTrue(builtin.get("diagrams").size() > 0);
        // nnqft: lambda phi^4 (vertex factor -4! lambda = -24 lambda), kappa phi^6 (-6! kappa = -720 kappa).
        // 2-point order 1: the lambda tadpole is -24 lambda/2 = -12 lambda; the kappa double tadpole is
        // -720 kappa/(2^2 * 2!) = -90 kappa (two self-loops at one vertex, S = 2^l l! = 8).
        JsonNode two = Cli.expandJson("--theory", "nnqft", "--points", "2", "--order", "1", "--count-only");
        Map<Map<String, Integer>, BigFraction> sum = CouplingPolynomial.parse("-12*lambda - 90*kappa");
        Map<Map<String, Integer>, BigFraction> got = new java.util.HashMap<>();
        for (JsonNode o : two.get("orders")) {
            got.putAll(CouplingPolynomial.parse(o.get("weightSum").asString()));
        }
        assertEquals(sum, got);
    }

    @Test
    void loopsTwoEqualsOrderTwoForPhi4TwoPoint() {
        JsonNode byLoops = Cli.expandJson("--theory", "phi4", "--points", "2", "--loops", "2");
        JsonNode byOrder = Cli.expandJson("--theory", "phi4", "--points", "2", "--order", "2");
        assertEquals(3, byLoops.get("diagrams").size());
        assertEquals(byOrder.get("diagrams"), byLoops.get("diagrams"));
        assertEquals(byOrder.get("orders"), byLoops.get("orders"));
    }

    /** --count-only takes another code path (no diagram objects): it must agree with the listing. */
    @Test
    void countOnlyAgreesWithTheListing() {
        for (String[] request : List.of(
                new String[] {"--theory", "phi4", "--points", "4", "--order", "0..4"},
                new String[] {"--theory", "phi4+phi6", "--points", "2", "--order", "0..3"},
                new String[] {"--theory", "phi3", "--points", "4", "--order", "0..4", "--full"},
                new String[] {"--theory", "phi4", "--points", "2", "--order", "0..4", "--1pi"})) {
            JsonNode listed = Cli.expandJson(request);
            JsonNode counted = Cli.expandJson(concat(request, new String[] {"--count-only"}));
            assertEquals(listed.get("orders"), counted.get("orders"), String.join(" ", request));
            // and the table agrees with the diagrams listed: count and sum of weights per monomial
            for (JsonNode o : listed.get("orders")) {
                long n = 0;
                Map<Map<String, Integer>, BigFraction> sum = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
                for (JsonNode d : listed.get("diagrams")) {
                    if (d.get("order").equals(o.get("order")) && d.get("couplings").equals(o.get("couplings"))) {
                        n++;
                        CouplingPolynomial.parse(d.get("weight").asString()).forEach((m, r) -> sum.merge(m, r, BigFraction::add));
                    }
                }
                sum.values().removeIf(r -> r.signum() == 0);
                assertEquals(o.get("count").asLong(), n, "count of " + o);
                assertEquals(CouplingPolynomial.parse(o.get("weightSum").asString()), sum, "weightSum of " + o);
            }
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
