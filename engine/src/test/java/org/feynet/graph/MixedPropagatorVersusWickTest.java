package org.feynet.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.fixtures.BruteForceTopology;
import org.feynet.fixtures.BruteForceWick;
import org.feynet.fixtures.BruteForceWick.Mode;
import org.feynet.fixtures.ColouredWickClass;
import org.feynet.fixtures.FormalGaussian;
import org.feynet.fixtures.MultiFieldWick;
import org.feynet.rules.PropagatorRule;
import org.feynet.rules.Theory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine against two independent references for theories with mixed propagator rules: a
 * response-field pair h, z̃ with ⟨h h⟩ and ⟨h z̃⟩ (no ⟨z̃ z̃⟩), retarded or not, and three fields
 * with a mixed ⟨φ ψ⟩.
 *
 * <p>Per diagram, against the brute-force Wick enumeration of the fixtures ({@link MultiFieldWick}:
 * a half-edge of field x pairs with one of field y iff a rule joins x and y; lines coloured by rule,
 * oriented for a ≠ b; retarded loops dropped): the same coloured, oriented diagrams, each once, with
 * the weight the matchings give, S, loops, couplings and fields, as {@link MultiFieldVersusWickTest}
 * checks them, for the connected, full and 1PI sets (1PI: the connected Wick classes that
 * {@link BruteForceTopology#isOnePI} keeps).
 *
 * <p>Per order, for the non-retarded theories, against the 0-dimensional formal Gaussian
 * ({@link FormalGaussian}, covariance C[a][b] = 1 when a rule joins a and b): the engine's full
 * diagrams of each vertex composition sum to the Taylor coefficient of
 * ⟨Π ext e^{−V}⟩_0 / ⟨e^{−V}⟩_0, and at two points the connected ones to that minus the product of
 * the one-point functions (the full 2-point diagrams are the connected ones plus pairs of 1-point
 * pieces, DESIGN.md's --full).
 */
class MixedPropagatorVersusWickTest {

    private static final String MSR = "h,zt";
    private static final String MSR_RULES = "h-h,h-zt";
    private static final String CUBIC = "g/2*zt*h^2";
    private static final String QUARTIC = "g/6*zt*h^3";
    private static final String TWO_TYPES = "g/2*zt*h^2 + u/2*zt^2*h";
    private static final String THREE = "phi,psi,chi";
    private static final String THREE_RULES = "phi-phi,phi-psi,chi-chi";
    private static final String THREE_A = "a*phi*psi*chi + b/4*phi^2*chi^2";
    private static final String THREE_B = "g/2*phi^2*psi + c/2*psi*chi^2";

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (boolean retarded : new boolean[] {true, false}) {
            // order 6 at two points (20 half-edges) would take 1-5 min each: order 4
            cases.add(Arguments.of(CUBIC, MSR, MSR_RULES, retarded, "h,zt", 4));
            cases.add(Arguments.of(CUBIC, MSR, MSR_RULES, retarded, "h,h", 4));
            cases.add(Arguments.of(CUBIC, MSR, MSR_RULES, retarded, "zt,zt", 4));
            cases.add(Arguments.of(CUBIC, MSR, MSR_RULES, retarded, "h", 5));
            cases.add(Arguments.of(CUBIC, MSR, MSR_RULES, retarded, "zt", 5));
            cases.add(Arguments.of(CUBIC, MSR, MSR_RULES, retarded, "h,h,zt,zt", 4));
            cases.add(Arguments.of(CUBIC, MSR, MSR_RULES, retarded, "h,h,h,zt", 4));
            cases.add(Arguments.of(CUBIC, MSR, MSR_RULES, retarded, "", 6));
            cases.add(Arguments.of(QUARTIC, MSR, MSR_RULES, retarded, "h,zt", 4));
            cases.add(Arguments.of(QUARTIC, MSR, MSR_RULES, retarded, "h,h", 4));
            cases.add(Arguments.of(QUARTIC, MSR, MSR_RULES, retarded, "zt,zt", 4));
            cases.add(Arguments.of(QUARTIC, MSR, MSR_RULES, retarded, "h,h,zt,zt", 3));
            cases.add(Arguments.of(QUARTIC, MSR, MSR_RULES, retarded, "", 4));
            cases.add(Arguments.of(TWO_TYPES, MSR, MSR_RULES, retarded, "h,zt", 4));
            cases.add(Arguments.of(TWO_TYPES, MSR, MSR_RULES, retarded, "h,h", 4));
            cases.add(Arguments.of(TWO_TYPES, MSR, MSR_RULES, retarded, "zt,zt", 4));
            cases.add(Arguments.of(TWO_TYPES, MSR, MSR_RULES, retarded, "h,zt,zt", 4));
            cases.add(Arguments.of(TWO_TYPES, MSR, MSR_RULES, retarded, "h,h,zt,zt", 3));
            cases.add(Arguments.of(TWO_TYPES, MSR, MSR_RULES, retarded, "", 4));
            cases.add(Arguments.of(THREE_A, THREE, THREE_RULES, retarded, "phi,psi", 4));
            cases.add(Arguments.of(THREE_A, THREE, THREE_RULES, retarded, "chi,chi", 4));
            cases.add(Arguments.of(THREE_A, THREE, THREE_RULES, retarded, "psi,psi", 4));
            cases.add(Arguments.of(THREE_A, THREE, THREE_RULES, retarded, "phi,psi,chi,chi", 3));
            cases.add(Arguments.of(THREE_A, THREE, THREE_RULES, retarded, "", 4));
            cases.add(Arguments.of(THREE_B, THREE, THREE_RULES, retarded, "phi,psi", 4));
            cases.add(Arguments.of(THREE_B, THREE, THREE_RULES, retarded, "psi,psi", 4));
            cases.add(Arguments.of(THREE_B, THREE, THREE_RULES, retarded, "phi,phi", 4));
            cases.add(Arguments.of(THREE_B, THREE, THREE_RULES, retarded, "phi,chi,chi", 3));
        }
        return cases.stream();
    }

    /** The parsed action with the given rules, {@code "a-b"} each; {@code retarded} for every rule with a ≠ b. */
    static Theory theory(String action, String fieldList, String ruleList, boolean retarded) {
        return org.feynet.fixtures.RuledTheory.of(action, List.of(fieldList.split(",")), List.of(ruleList.split(",")), retarded);
    }

    @ParameterizedTest(name = "{0} [{2}] retarded {3} legs ({4}) orders 0-{5}")
    @MethodSource("cases")
    void sameDiagramsAsWickAndSumsAsTheFormalGaussian(String action, String fieldList, String ruleList,
            boolean retarded, String legList, int maxOrder) {
        Theory theory = theory(action, fieldList, ruleList, retarded);
        List<String> names = List.of(fieldList.split(","));
        List<Integer> legs = legList.isEmpty() ? List.of() : Arrays.stream(legList.split(",")).map(names::indexOf).toList();
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (int order = 0; order <= maxOrder; order++) {
            String at = action + " " + ruleList + (retarded ? " retarded" : "") + " legs (" + legList + ") order " + order;
            Map<String, ColouredWickClass> connected = MultiFieldWick.enumerateOrder(theory, legs, order, Mode.CONNECTED);
            compared += MultiFieldVersusWickTest.compare(theory, legs, connected,
                    expand(theory, legs, order, Filters.CONNECTED), at + " connected", problems);
            if (legs.isEmpty()) {
                continue;
            }
            Map<String, ColouredWickClass> full = MultiFieldWick.enumerateOrder(theory, legs, order, Mode.FULL);
            ExpansionResult fullResult = expand(theory, legs, order, new Filters(true, false, false, false));
            compared += MultiFieldVersusWickTest.compare(theory, legs, full, fullResult, at + " full", problems);
            Map<String, ColouredWickClass> onePI = connected.entrySet().stream()
                    .filter(e -> BruteForceTopology.isOnePI(e.getValue().graph().uncoloured()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x, TreeMap::new));
            compared += MultiFieldVersusWickTest.compare(theory, legs, onePI,
                    expand(theory, legs, order, new Filters(false, true, false, false)), at + " 1PI", problems);
        }
        if (!retarded && !legs.isEmpty()) {
            formalGaussianProblems(theory, legs, maxOrder, problems);
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " disagreement(s):\n" + String.join("\n", problems));
        }
        assertEquals(causalZero(theory, legs), compared == 0, "diagrams compared: " + compared);
    }

    /**
     * Whether causality alone leaves no diagram: the mixed rule ⟨a b⟩ is retarded, b has no other
     * rule, every vertex type has a b leg and no external leg is of field a. Then each vertex's b
     * half-edge takes an a half-edge at another vertex (a self-loop is a retarded loop), so every
     * vertex is entered by a retarded line from a vertex, and the vertices hold a directed cycle.
     */
    private static boolean causalZero(Theory theory, List<Integer> legs) {
        for (PropagatorRule mixed : theory.propagators()) {
            if (!mixed.retarded()) {
                continue;
            }
            long rulesOfB = theory.propagators().stream().filter(r -> r.a().equals(mixed.b()) || r.b().equals(mixed.b()))
                    .count();
            boolean everyVertex = theory.vertices().stream().allMatch(v -> v.legs().contains(mixed.b()));
            if (rulesOfB == 1 && everyVertex && !legs.contains(theory.fieldIndex(mixed.a()))) {
                return true;
            }
        }
        return false;
    }

    private static ExpansionResult expand(Theory theory, List<Integer> legs, int order, Filters filters) {
        return DiagramExpansion.expand(new ExpansionRequest(theory, legs.size(), order, order, -1, filters, legs),
                ProgressListener.NONE);
    }

    /** The engine's Σ weights per vertex composition, filter full or connected, orders 0..maxOrder. */
    private static Map<List<Integer>, BigFraction> engineSums(Theory theory, List<Integer> legs, int maxOrder,
            boolean full) {
        Map<List<Integer>, BigFraction> sums = new HashMap<>();
        ExpansionResult r = DiagramExpansion.expand(new ExpansionRequest(theory, legs.size(), 0, maxOrder, -1,
                new Filters(full, false, false, false), legs), ProgressListener.NONE);
        for (Diagram d : r.diagrams()) {
            int[] k = new int[theory.vertices().size()];
            d.vertexTypes().forEach(t -> k[t]++);
            sums.merge(Arrays.stream(k).boxed().toList(), d.weight().rational(), BigFraction::add);
        }
        return sums;
    }

    /** Full: Σ weights = G(k). Two points: connected Σ weights = G_12(k) − Σ_{j ≤ k} G_1(j) G_2(k − j). */
    private static void formalGaussianProblems(Theory theory, List<Integer> legs, int maxOrder, List<String> problems) {
        FormalGaussian gaussian = FormalGaussian.of(theory);
        Map<List<Integer>, BigFraction> full = engineSums(theory, legs, maxOrder, true);
        Map<List<Integer>, BigFraction> connected = legs.size() == 2 ? engineSums(theory, legs, maxOrder, false) : null;
        int nonZero = 0;
        for (int order = 0; order <= maxOrder; order++) {
            for (int[] k : BruteForceWick.compositions(theory.vertices().size(), order)) {
                List<Integer> key = Arrays.stream(k).boxed().toList();
                BigFraction expected = gaussian.correlator(theory, legs, k);
                BigFraction actual = full.getOrDefault(key, BigFraction.ZERO);
                nonZero += expected.equals(BigFraction.ZERO) ? 0 : 1;
                if (!expected.equals(actual)) {
                    problems.add(theory.action() + " legs " + legs + " full at " + key + ": engine Σ weights " + actual
                            + ", formal Gaussian " + expected);
                }
                if (connected != null) {
                    BigFraction c = expected;
                    for (int[] j : subCompositions(k)) {
                        int[] rest = new int[k.length];
                        Arrays.setAll(rest, t -> k[t] - j[t]);
                        c = c.subtract(gaussian.correlator(theory, legs.subList(0, 1), j)
                                .multiply(gaussian.correlator(theory, legs.subList(1, 2), rest)));
                    }
                    BigFraction engine = connected.getOrDefault(key, BigFraction.ZERO);
                    if (!c.equals(engine)) {
                        problems.add(theory.action() + " legs " + legs + " connected at " + key + ": engine Σ weights "
                                + engine + ", formal Gaussian " + c);
                    }
                }
            }
        }
        assertTrue(nonZero > 0, "a non-zero coefficient");
    }

    /** Every j with 0 ≤ j_t ≤ k_t. */
    private static List<int[]> subCompositions(int[] k) {
        List<int[]> out = new ArrayList<>();
        for (int order = 0; order <= Arrays.stream(k).sum(); order++) {
            for (int[] j : BruteForceWick.compositions(k.length, order)) {
                boolean below = true;
                for (int t = 0; t < k.length; t++) {
                    below &= j[t] <= k[t];
                }
                if (below) {
                    out.add(j);
                }
            }
        }
        return out;
    }
}
