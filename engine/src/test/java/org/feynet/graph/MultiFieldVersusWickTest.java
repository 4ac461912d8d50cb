package org.feynet.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.fixtures.BruteForceWick;
import org.feynet.fixtures.ColouredCanonicalKey;
import org.feynet.fixtures.ColouredGraph;
import org.feynet.fixtures.ColouredWickClass;
import org.feynet.fixtures.MultiFieldWick;
import org.feynet.rules.ActionParser;
import org.feynet.rules.CouplingMonomial;
import org.feynet.rules.PropagatorRule;
import org.feynet.rules.Theory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Per-diagram agreement, for theories with several scalar fields, between the engine and the
 * brute-force Wick enumeration of src-test-fixtures ({@link MultiFieldWick}): for every order and
 * for the connected and the full diagram sets, the engine must give the same set of field-coloured
 * diagrams (compared by the fixtures' {@link ColouredCanonicalKey} of one multiplicity matrix per
 * field), each exactly once, each with the rational weight matchings × Π(−r)^k/k! the Wick count
 * gives. Besides: weight × S = Π vertex factors (−r·Π a_f! for c·Π φ_f^{a_f}, computed by the
 * fixtures from the legs), S equal to the fixtures' brute-force automorphism count, the loop number,
 * the coupling monomial, the field of every half-edge, and the per-order table of {@code expand}.
 * Every disagreement of a case is collected and reported together, diagram by diagram.
 */
class MultiFieldVersusWickTest {

    private static final String YUKAWA = "g/2*phi^2*psi";
    private static final String MIXED = "g/2*phi^2*psi + h/3!*psi^3 + lambda/4!*phi^4";
    private static final String THREE = "a*phi*psi*chi + b/4!*chi^4";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(YUKAWA, "phi,psi", "phi,phi", 6),
                Arguments.of(YUKAWA, "phi,psi", "psi", 5),
                Arguments.of(YUKAWA, "phi,psi", "phi,psi", 4), // empty at every order: odd number of phi
                Arguments.of(YUKAWA, "phi,psi", "psi,psi", 6),
                Arguments.of(YUKAWA, "phi,psi", "phi,phi,psi", 5),
                Arguments.of(YUKAWA, "phi,psi", "phi,phi,phi,phi", 4),
                Arguments.of(YUKAWA, "phi,psi", "phi,phi,psi,psi", 4),
                Arguments.of(YUKAWA, "phi,psi", "psi,psi,psi", 5),
                Arguments.of(YUKAWA, "phi,psi", "", 6),
                Arguments.of(MIXED, "phi,psi", "phi,phi", 5),
                Arguments.of(MIXED, "phi,psi", "psi,psi", 5),
                Arguments.of(MIXED, "phi,psi", "phi,phi,psi", 5),
                Arguments.of(MIXED, "phi,psi", "psi", 5),
                Arguments.of(MIXED, "phi,psi", "phi,psi,phi,psi", 5),
                Arguments.of(MIXED, "phi,psi", "", 6),
                Arguments.of(THREE, "phi,psi,chi", "phi,psi", 3), // empty at every order (parity)
                Arguments.of(THREE, "phi,psi,chi", "chi,chi", 5),
                Arguments.of(THREE, "phi,psi,chi", "phi,psi,chi", 5),
                Arguments.of(THREE, "phi,psi,chi", "phi,phi,chi,chi", 5),
                Arguments.of(THREE, "phi,psi,chi", "phi,phi,psi,psi", 5),
                Arguments.of(THREE, "phi,psi,chi", "chi,chi,chi,chi", 4),
                Arguments.of(THREE, "phi,psi,chi", "", 6));
    }

    @ParameterizedTest(name = "{0} [{1}] legs ({2}) orders 0-{3}")
    @MethodSource("cases")
    void sameColouredDiagramsAndWeightsAsWick(String action, String fieldList, String legList, int maxOrder) {
        List<String> fieldNames = List.of(fieldList.split(","));
        Theory theory = ActionParser.parse("action", action, fieldNames);
        List<Integer> legs = legList.isEmpty() ? List.of()
                : Arrays.stream(legList.split(",")).map(fieldNames::indexOf).toList();
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (int order = 0; order <= maxOrder; order++) {
            for (boolean full : legs.isEmpty() ? new boolean[] {false} : new boolean[] {false, true}) {
                BruteForceWick.Mode mode = full ? BruteForceWick.Mode.FULL : BruteForceWick.Mode.CONNECTED;
                String where = action + " legs (" + legList + ") order " + order + " " + mode;
                Map<String, ColouredWickClass> wick = MultiFieldWick.enumerateOrder(theory, legs, order, mode);
                ExpansionResult result = DiagramExpansion.expand(new ExpansionRequest(theory, legs.size(), order, order,
                        -1, new Filters(full, false, false, false), legs), ProgressListener.NONE);
                compared += compare(theory, legs, wick, result, where, problems);
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " disagreement(s) with the brute-force Wick enumeration:\n"
                    + String.join("\n", problems));
        }
        // (phi,psi) has no diagram at any order in both theories: an odd number of phi, resp. psi or chi, half-edges
        assertTrue(compared > 0 || legList.equals("phi,psi"), "a case with diagrams");
    }

    /**
     * Compares one (order, mode); appends every disagreement to problems; returns the diagrams
     * compared. The colours are the theory's propagator rules (for independent fields, the
     * fields), directed for a rule ⟨a b⟩ with a ≠ b; also used by {@link MixedPropagatorVersusWickTest}.
     */
    static int compare(Theory theory, List<Integer> legs,
            Map<String, ColouredWickClass> wick, ExpansionResult result, String where, List<String> problems) {
        int[][] legFields = MultiFieldWick.legFields(theory);
        Map<String, Diagram> engine = new TreeMap<>();
        for (Diagram d : result.diagrams()) {
            String picture = d.picture(theory);
            ColouredGraph g;
            try {
                g = coloured(d, theory);
            } catch (IllegalArgumentException e) {
                problems.add(where + ": engine diagram " + picture + " is not a valid graph: " + e.getMessage());
                continue;
            }
            String fieldsProblem = fieldsProblem(g, theory, legs, legFields);
            if (fieldsProblem != null) {
                problems.add(where + ": engine diagram " + picture + ": " + fieldsProblem);
            }
            String key = ColouredCanonicalKey.of(g);
            Diagram previous = engine.put(key, d);
            if (previous != null) {
                problems.add(where + ": diagram generated twice: " + previous.picture(theory) + " and " + picture);
            }
            // weight × S = Π vertex factors, and S is the brute-force automorphism count
            BigFraction product = MultiFieldWick.vertexFactorProduct(theory, g.vertexTypes());
            BigFraction weight = d.weight().rational();
            if (!weight.multiply(BigFraction.of(d.symmetryFactor())).equals(product)) {
                problems.add(where + ": " + picture + ": weight " + weight + " × S " + d.symmetryFactor()
                        + " ≠ Π vertex factors " + product);
            }
            BigInteger s = ColouredCanonicalKey.symmetryFactor(g);
            if (!s.equals(BigInteger.valueOf(d.symmetryFactor()))) {
                problems.add(where + ": " + picture + ": S expected " + s + " (brute force), engine " + d.symmetryFactor());
            }
            if (d.loops() != g.loops()) {
                problems.add(where + ": " + picture + ": loops expected " + g.loops() + ", engine " + d.loops());
            }
            CouplingMonomial couplings = CouplingMonomial.ONE;
            for (int t : g.vertexTypes()) {
                couplings = couplings.times(theory.vertices().get(t).actionCoefficient().couplings());
            }
            if (!couplings.equals(d.couplings()) || !couplings.equals(d.weight().couplings())
                    || d.order() != g.internalVertices()) {
                problems.add(where + ": " + picture + ": couplings expected " + couplings + " at order "
                        + g.internalVertices() + ", engine " + d.couplings() + " / " + d.weight().couplings()
                        + " at order " + d.order());
            }
        }
        TreeSet<String> keys = new TreeSet<>(wick.keySet());
        keys.addAll(engine.keySet());
        for (String key : keys) {
            ColouredWickClass expected = wick.get(key);
            Diagram actual = engine.get(key);
            if (actual == null) {
                problems.add(where + ": missing from the engine: " + picture(expected.graph(), theory)
                        + " (types " + Arrays.toString(expected.graph().vertexTypes()) + ", weight "
                        + expected.weight() + ", " + expected.matchings() + " matchings)");
            } else if (expected == null) {
                problems.add(where + ": not a Wick diagram of this set: " + actual.picture(theory) + " (types "
                        + actual.vertexTypes() + ", weight " + actual.weight().rational() + ", S "
                        + actual.symmetryFactor() + ")");
            } else if (!expected.weight().equals(actual.weight().rational())) {
                problems.add(where + ": weight of " + actual.picture(theory) + " (types " + actual.vertexTypes()
                        + "): expected " + expected.weight() + " (" + expected.matchings() + " matchings), engine "
                        + actual.weight().rational() + " (S " + actual.symmetryFactor() + ")");
            }
        }
        // the per-order table agrees with the diagrams it summarises
        long count = result.orders().stream().mapToLong(OrderSummary::count).sum();
        BigFraction sum = result.orders().stream().map(OrderSummary::weightSumRational)
                .reduce(BigFraction.ZERO, BigFraction::add);
        BigFraction wickSum = MultiFieldWick.weightSum(wick.values());
        if (count != wick.size() || !sum.equals(wickSum)) {
            problems.add(where + ": table says " + count + " diagrams of weight sum " + sum + ", Wick "
                    + wick.size() + " of weight sum " + wickSum);
        }
        return engine.size();
    }

    /**
     * The engine's diagram as one multiplicity matrix per propagator rule: a line of kind k adds to
     * matrix k, at [from][to] only when the rule is oriented (from carries a, to carries b).
     */
    static ColouredGraph coloured(Diagram d, Theory theory) {
        List<PropagatorRule> rules = theory.propagators();
        boolean[] directed = new boolean[rules.size()];
        for (int k = 0; k < directed.length; k++) {
            directed[k] = !rules.get(k).isSymmetric();
        }
        int size = d.size();
        int[][][] adjacency = new int[rules.size()][size][size];
        for (Propagator p : d.propagators()) {
            if (p.kind() < 0 || p.kind() >= rules.size() || p.to() >= size || p.from() >= size) {
                throw new IllegalArgumentException("propagator " + p + " out of range");
            }
            if (p.oriented() != directed[p.kind()]) {
                throw new IllegalArgumentException("propagator " + p + " of rule " + rules.get(p.kind()).label()
                        + (p.oriented() ? " is" : " is not") + " oriented");
            }
            adjacency[p.kind()][p.from()][p.to()]++;
            if (p.from() != p.to() && !p.oriented()) {
                adjacency[p.kind()][p.to()][p.from()]++;
            }
        }
        int[] types = d.vertexTypes().stream().mapToInt(Integer::intValue).toArray();
        return new ColouredGraph(d.points(), types, adjacency, directed);
    }

    /** Null when every point has the half-edges of its leg fields, else what is wrong. */
    private static String fieldsProblem(ColouredGraph g, Theory theory, List<Integer> legs, int[][] legFields) {
        int[][] have = new int[g.size()][theory.fields().size()];
        for (int c = 0; c < g.fields(); c++) {
            PropagatorRule r = theory.propagators().get(c);
            int a = theory.fieldIndex(r.a());
            int b = theory.fieldIndex(r.b());
            for (int p = 0; p < g.size(); p++) {
                if (g.isDirected(c)) {
                    have[p][a] += g.outDegree(c, p);
                    have[p][b] += g.inDegree(c, p);
                } else {
                    have[p][a] += g.degree(c, p);
                }
            }
        }
        for (int p = 0; p < g.size(); p++) {
            for (int f = 0; f < have[p].length; f++) {
                int expected = g.isExternal(p) ? (legs.get(p) == f ? 1 : 0) : legFields[g.vertexTypes()[p - g.points()]][f];
                if (have[p][f] != expected) {
                    return "point " + p + " has " + have[p][f] + " half-edges of field " + f + ", expected " + expected;
                }
            }
        }
        return null;
    }

    /** As {@link Diagram#picture(Theory)}: {@code x1-v1:phi}, an oriented line from its a end, {@code v2-v1:<h,zt>}. */
    private static String picture(ColouredGraph g, Theory theory) {
        StringBuilder sb = new StringBuilder();
        for (int a = 0; a < g.size(); a++) {
            for (int b = a; b < g.size(); b++) {
                for (int f = 0; f < g.fields(); f++) {
                    for (int[] line : g.isDirected(f) && a != b ? new int[][] {{a, b}, {b, a}} : new int[][] {{a, b}}) {
                        int m = g.multiplicity(f, line[0], line[1]);
                        if (m > 0) {
                            sb.append(sb.length() > 0 ? " " : "").append(name(g, line[0])).append('-')
                                    .append(name(g, line[1])).append(':').append(theory.propagators().get(f).label())
                                    .append(m > 1 ? "^" + m : "");
                        }
                    }
                }
            }
        }
        return sb.length() == 0 ? "(empty)" : sb.toString();
    }

    private static String name(ColouredGraph g, int p) {
        return p < g.points() ? "x" + (p + 1) : "v" + (p - g.points() + 1);
    }

}
