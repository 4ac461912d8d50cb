package org.feynet.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.feynet.fixtures.BruteForceWick.Mode;
import org.feynet.fixtures.ColouredWickClass;
import org.feynet.fixtures.MultiFieldWick;
import org.feynet.fixtures.MultiFieldWick.Causality;
import org.feynet.fixtures.RuledTheory;
import org.feynet.fixtures.TimedCausality;
import org.feynet.rules.ActionDeclaration;
import org.feynet.rules.Theory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine against the brute-force Wick enumeration, diagram by diagram, for response-field
 * actions declared with {@link ActionDeclaration} that have multi-local vertices (fields at two
 * times t1, t2 of one vertex) and bilocal fields (w[t1,t2], with the w–w̃ line tying the pairs of
 * times of its two vertices).
 *
 * <p>For the generator each field at each time is a field of its own (zt[t1], zt[t2], …) and each
 * declared propagator one rule per pair of them, so the theory is a several-field theory with
 * propagator rules, which {@link MultiFieldWick} enumerates. The comparison is
 * {@link MultiFieldVersusWickTest#compare}: the same coloured, oriented diagrams, each once, with the
 * weights the matchings give, S, loops, couplings and the fields of every half-edge.
 *
 * <ul>
 * <li>Causality off (no rule retarded or equal-time), brute force with
 *     {@link Causality#KEEP_ALL}: the fields h, z̃ scalar and, once more, with a neuron index, which
 *     must change no weight (N enters only through the diagram's scaling); the brute force, for
 *     scalar fields only, then runs on the scalar twin, whose fields and rules have the same
 *     indices.</li>
 * <li>Causality by times: ⟨h z̃⟩ retarded (not equal-time), the engine against the brute-force
 *     classes that {@link TimedCausality} keeps — an independent check, at the level of times, of
 *     which diagrams a closed loop of retarded lines removes — also for a local theory, where it must
 *     coincide with the point-level {@link Causality#DROP_RETARDED_LOOPS}.</li>
 * </ul>
 */
class MultiLocalVersusWickTest {

    /** (a) the auxiliary-field action without the quintic term. */
    static final String A = "sw*w[t1,t2]*zt[t1]*zt[t2] + sw*wt[t1,t2]*h[t1]*h[t2]";
    /** (b) the recurrent network's auxiliary-field action (examples/recurrent-network.json). */
    static final String B = "sw*w[t1,t2]*zt[t1]*zt[t2] + sw*wt[t1,t2]*(h[t1]*h[t2] - 2/3*h[t1]*h[t2]^3)";
    /** (c) multi-local vertices without a bilocal field. */
    static final String C1 = "g*zt[t1]*zt[t2]*h[t1]*h[t2]";
    static final String C2 = "g*zt[t1]*h[t1]*h[t2]^2";
    /** A local response-field action. */
    static final String LOCAL = "g/2*zt*h^2";

    private static final int H = 0;
    private static final int ZT = 1;

    static Theory theory(String action, boolean neuronIndex, boolean retarded) {
        return RuledTheory.multiLocal(action, neuronIndex, retarded);
    }

    static Stream<Arguments> causalityOff() {
        List<Arguments> cases = new ArrayList<>();
        for (boolean neuronIndex : new boolean[] {false, true}) {
            cases.add(Arguments.of(A, neuronIndex, "h,h", 4));
            cases.add(Arguments.of(A, neuronIndex, "h,zt", 4));
            cases.add(Arguments.of(A, neuronIndex, "zt,zt", 4));
            cases.add(Arguments.of(B, neuronIndex, "h,h", 4));
            cases.add(Arguments.of(B, neuronIndex, "h,zt", 4));
            cases.add(Arguments.of(B, neuronIndex, "zt,zt", 4));
            cases.add(Arguments.of(C1, neuronIndex, "h,h", 3));
            cases.add(Arguments.of(C1, neuronIndex, "h,zt", 3));
            cases.add(Arguments.of(C1, neuronIndex, "zt,zt", 3));
            cases.add(Arguments.of(C2, neuronIndex, "h,h", 3));
            cases.add(Arguments.of(C2, neuronIndex, "h,zt", 3));
            cases.add(Arguments.of(C2, neuronIndex, "zt,zt", 3));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} neuron index {1} legs ({2}) orders 0-{3}")
    @MethodSource("causalityOff")
    void withoutCausalitySameDiagramsAsWick(String action, boolean neuronIndex, String legList, int maxOrder) {
        Theory theory = theory(action, neuronIndex, false);
        Theory scalar = theory(action, false, false);
        List<Integer> legs = legs(legList);
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (int order = 0; order <= maxOrder; order++) {
            for (boolean full : new boolean[] {false, true}) {
                Mode mode = full ? Mode.FULL : Mode.CONNECTED;
                String where = action + (neuronIndex ? " (neuron index)" : "") + " legs (" + legList + ") order "
                        + order + " " + mode;
                Map<String, ColouredWickClass> wick = MultiFieldWick.enumerateOrder(scalar, legs, order, mode,
                        Causality.KEEP_ALL);
                compared += MultiFieldVersusWickTest.compare(theory, legs, wick, expand(theory, legs, order, full),
                        where, problems);
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " disagreement(s):\n" + String.join("\n", problems));
        }
        // z̃ half-edges pair with h ones only: in (a) and (c1) every vertex has as many h as z̃ legs, so two
        // external z̃ find no partner
        boolean none = legList.equals("zt,zt") && (action.equals(A) || action.equals(C1));
        assertEquals(none, compared == 0, "diagrams compared: " + compared);
    }

    static Stream<Arguments> causalityByTimes() {
        List<Arguments> cases = new ArrayList<>();
        for (String legs : new String[] {"h,h", "h,zt", "zt,zt"}) {
            cases.add(Arguments.of(A, legs, 4));
            cases.add(Arguments.of(B, legs, 4));
            cases.add(Arguments.of(C1, legs, 3));
            cases.add(Arguments.of(C2, legs, 3));
            cases.add(Arguments.of(LOCAL, legs, 4));
        }
        return cases.stream();
    }

    /**
     * Retarded ⟨h z̃⟩: the engine's diagrams, connected and full, are the brute-force classes (all
     * matchings) that {@link TimedCausality} does not make vanish.
     *
     * <p>Connected classes before causality, removed by times, removed by a check by points
     * ({@link org.feynet.fixtures.ColouredGraph#hasDirectedCycle}), orders up to the case's maximum,
     * legs (h,h) / (h,zt) / (zt,zt): (a) 159, 92, 0 / 45, 30, 0 / none; (b) 2505, 1798, 0 / 1177,
     * 978, 0 / 444, 444, 0; (c1) 2983, 2076, 2968 / 637, 502, 636 / none; (c2) 2366, 576, 1785 /
     * 1617, 442, 1388 / 1038, 325, 1038; local 183, 121, 121 / 98, 76, 76 / 42, 42, 42. With a bilocal
     * line the points never close a retarded loop (response lines run from the w vertex to the w̃
     * vertex only), the tied times do; without one, times spare the loops that run from the t1 to
     * the t2 of one vertex.
     */
    @ParameterizedTest(name = "retarded: {0} legs ({1}) orders 0-{2}")
    @MethodSource("causalityByTimes")
    void causalityByTimesAsTheBruteForce(String action, String legList, int maxOrder) {
        Theory theory = theory(action, false, true);
        boolean[] retarded = new boolean[theory.propagators().size()];
        for (int r = 0; r < retarded.length; r++) {
            retarded[r] = theory.propagators().get(r).retarded();
        }
        List<Integer> legs = legs(legList);
        List<String> problems = new ArrayList<>();
        int all = 0;
        int removed = 0;
        int removedByPoints = 0;
        int compared = 0;
        for (int order = 0; order <= maxOrder; order++) {
            for (boolean full : new boolean[] {false, true}) {
                Mode mode = full ? Mode.FULL : Mode.CONNECTED;
                String where = action + " retarded legs (" + legList + ") order " + order + " " + mode;
                Map<String, ColouredWickClass> wick = MultiFieldWick.enumerateOrder(theory, legs, order, mode,
                        Causality.KEEP_ALL);
                Map<String, ColouredWickClass> causal = TimedCausality.surviving(theory, wick);
                long byPoints = wick.values().stream().filter(c -> c.graph().hasDirectedCycle(retarded)).count();
                if (action.equals(LOCAL)) {
                    Map<String, ColouredWickClass> pointLevel = MultiFieldWick.enumerateOrder(theory, legs, order, mode,
                            Causality.DROP_RETARDED_LOOPS);
                    assertEquals(pointLevel.keySet(), causal.keySet(), where + ": local theory, times = points");
                }
                compared += MultiFieldVersusWickTest.compare(theory, legs, causal, expand(theory, legs, order, full),
                        where, problems);
                if (!full) {
                    all += wick.size();
                    removed += wick.size() - causal.size();
                    removedByPoints += (int) byPoints;
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " disagreement(s):\n" + String.join("\n", problems));
        }
        // ⟨z̃ z̃⟩ = 0 once ⟨h z̃⟩ is retarded (an MSR theory's response-response function), except in (c2): its
        // vertex z̃[t1] h[t1] h[t2]² answers its own z̃ later, e.g. at order 1 x1 <- h[t1], x2 <- h[t2], z̃[t1] <- h[t2]
        assertEquals(legList.equals("zt,zt") && !action.equals(C2), compared == 0, "diagrams compared: " + compared);
        assertTrue(removed > 0 || all == 0, "causality removes some diagram");
        if (action.equals(A) || action.equals(B)) {
            assertEquals(0, removedByPoints, "no retarded loop among points, only among tied times");
        } else if (!action.equals(LOCAL) && all > 0) {
            assertTrue(removed < removedByPoints, "times keep loops from t1 to t2: " + removed + " vs " + removedByPoints);
        }
    }

    private static List<Integer> legs(String legList) {
        return Arrays.stream(legList.split(",")).map(s -> s.equals("h") ? H : ZT).toList();
    }

    private static ExpansionResult expand(Theory theory, List<Integer> legs, int order, boolean full) {
        return DiagramExpansion.expand(new ExpansionRequest(theory, legs.size(), order, order, -1,
                new Filters(full, false, false, false), legs), ProgressListener.NONE);
    }
}
