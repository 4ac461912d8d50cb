package org.feynet.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.fixtures.NetworkEnsembleWick;
import org.feynet.fixtures.NetworkEnsembleWick.Architecture;
import org.feynet.fixtures.TimeAssignments;
import org.feynet.rules.ActionDeclaration;
import org.feynet.rules.CouplingMonomial;
import org.feynet.rules.Field;
import org.feynet.rules.PropagatorRule;
import org.feynet.rules.Theory;
import org.feynet.rules.VertexRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The MSR diagrams of a network against the network itself: the diagrams' weights, powers of N and
 * time structures, summed, must give the ensemble average E[h_a(x1) h_a(x2)] of
 * h(t) = W(t) φ(h(t−1)) + b(t), h(0) = b(0), with W_ij ~ N(0, σ_w²/N) (one W for all times when
 * recurrent, an independent W(t) per layer when feed-forward, see {@link #feedForwardNetwork}),
 * b_i(t) ~ N(0, σ_b²) and φ(x) = x + c x³, order by order in σ_w², in c (to c¹) and in 1/N, for every
 * pair of times up to layer 5 (to σ_w⁶, and σ_w⁸ for the feed-forward tanh network). The reference
 * ({@link NetworkEnsembleWick}) is Wick's theorem over the weights and biases: no fields, vertices
 * or graphs.
 *
 * <p>Why the diagrams compute this (examples/linear-recurrent-network.json and
 * examples/recurrent-network.json). The response field z̃ turns h(t) − W φ(h(t−1)) − b(t) = 0 into
 * ∫ dz̃ e^{z̃·(h(t) − W φ(h(t−1)) − b(t))}. Averaging over b gives e^{σ_b² z̃²/2}, hence
 * ⟨h(t) h(t')⟩₀ = σ_b² δ_tt' (equal-time) and ⟨h z̃⟩₀ = −δ (one layer apart once z̃(t) is renamed
 * z̃(t−1)); averaging over W gives e^{(σ_w²/2N) Σ_{t,t'} (z̃(t)·z̃(t'))(φ(t−1)·φ(t'−1))}. The action's
 * bilocal vertices sw·w[t1,t2] z̃(t1)·z̃(t2) and sw·w̃[t1,t2] B(t1,t2), with ⟨w(t1,t2) w̃(t3,t4)⟩ =
 * δ(t1−t3) δ(t2−t4) and sw carrying N^(−1/2), give that exponential back once w is integrated out,
 * ⟨e^{−sw(w A + w̃ B)}⟩ = e^{sw² A·B}, so sw² = σ_w²/2; against the symmetric A the product
 * φ(h1)φ(h2) = h1 h2 + c (h1 h2³ + h1³ h2) + O(c²) may be written B = h1 h2 + 2c h1 h2³, and tanh's
 * c = −1/3 gives the example's −2/3. A diagram with k w lines and m cubic vertices is then
 * weight · (σ_w²/2)^k · N^(nPower) · σ_b^(2 + 2m) · (the number of layer assignments of its vertices
 * that satisfy every line, {@link TimeAssignments#extensions}), and belongs to c^m; the sign of
 * ⟨h z̃⟩ drops out (⟨h h⟩ has 2k response lines). Diagrams with two or more cubic vertices are c²
 * terms of an action truncated at c¹ and are not compared.
 *
 * <p>What it shows. The O(1) group — the "cactus" diagrams, tadpoles of closed h loops on tadpoles,
 * every one a stem and a cap ({@link Scaling#stemAndCap}) — is the mean-field theory: at c⁰, σ_b²
 * σ_w^(2k) δ_{x1 x2} for x1 ≥ k, the N = ∞ recursion C(t) = σ_w² C(t−1) + σ_b²; at c¹, the
 * recursion with E[φ²] = C + 6c C² (checked in the fixture's own test). The 1/N, 1/N², … groups are
 * the finite-width corrections, e.g. E[h(t) h(t−2)] = σ_b² σ_w²/N at first order (the entry W_aa);
 * the feed-forward network's first one is of order c σ_b⁴ σ_w⁶/N (the kernel of layer 1 fluctuates
 * by O(1/N) around its mean, and φ's cubic term feels it), and all of it comes from the
 * "mushrooms", the 1/N diagrams that are a stem and a cap; at criticality that term grows as t/(2N)
 * relative to the cubic term's N⁰ part (the fixture FeedForwardKernel, checked there against the
 * same Wick sum). The recurrent tanh network at σ_w⁶ has 11,180 diagrams (6 s here); the
 * feed-forward network at σ_w⁸ (50 diagrams, 20 of them mushrooms) takes 35 s, most of it
 * generating topologies (9.5 minutes before {@link FieldFeasibility} pruned them); 45–55 s in all.
 */
class NetworkVersusEnsembleTest {

    static final String LINEAR = "sw*w[t1,t2]*zt[t1]*zt[t2] + sw*wt[t1,t2]*h[t1]*h[t2]";

    /** The largest external time compared: layers 0 … 5. */
    static final int LAST = 5;

    static Theory linearNetwork() {
        Field h = new Field("h", Field.NEURON_INDEX);
        Field zt = new Field("zt", Field.NEURON_INDEX);
        Field w = new Field("w", 1, "w", Field.Time.PAIR);
        Field wt = new Field("wt", 1, "wt", Field.Time.PAIR);
        return new ActionDeclaration("linear-recurrent-network", LINEAR, List.of(h, zt, w, wt),
                List.of(new PropagatorRule(h, h, false, true), new PropagatorRule(h, zt, true, true),
                        new PropagatorRule(w, wt, false)), null, Map.of("sw", BigFraction.of(-1, 2))).theory();
    }

    static final String FEED_FORWARD = "sw*w*zt^2 + sw*wt*(h^2 - 2/3*h^4)";
    static final String LINEAR_FEED_FORWARD = "sw*w*zt^2 + sw*wt*h^2";

    /**
     * A deep feed-forward network (examples/deep-feed-forward-network.json): each layer's own W(t)
     * averages to e^{(σ_w²/2N)(z̃(t)·z̃(t))(φ(t−1)·φ(t−1))}, one time, so w and w̃ are local fields with
     * an equal-time ⟨w w̃⟩ and the vertices are sw·w z̃² and sw·w̃ φ(h)² = sw·w̃ (h² + 2c h⁴).
     */
    static Theory feedForwardNetwork(String action) {
        Field h = new Field("h", Field.NEURON_INDEX);
        Field zt = new Field("zt", Field.NEURON_INDEX);
        Field w = Field.scalar("w");
        Field wt = Field.scalar("wt");
        return new ActionDeclaration("deep-feed-forward-network", action, List.of(h, zt, w, wt),
                List.of(new PropagatorRule(h, h, false, true), new PropagatorRule(h, zt, true, true),
                        new PropagatorRule(w, wt, false, true)), null, Map.of("sw", BigFraction.of(-1, 2))).theory();
    }

    static Stream<Arguments> cases() {
        Theory linear = linearNetwork();
        Theory tanh = TimePowerVersusEnumerationTest.network(true, true, true);
        Theory deepLinear = feedForwardNetwork(LINEAR_FEED_FORWARD);
        Theory deep = feedForwardNetwork(FEED_FORWARD);
        Architecture rec = Architecture.RECURRENT;
        Architecture ff = Architecture.FEED_FORWARD;
        return Stream.of(Arguments.of("recurrent linear", linear, rec, 2), Arguments.of("recurrent linear", linear, rec, 4),
                Arguments.of("recurrent linear", linear, rec, 6), Arguments.of("recurrent tanh to h^3", tanh, rec, 2),
                Arguments.of("recurrent tanh to h^3", tanh, rec, 4), Arguments.of("recurrent tanh to h^3", tanh, rec, 6),
                Arguments.of("feed-forward linear", deepLinear, ff, 4),
                Arguments.of("feed-forward tanh to h^3", deep, ff, 2), Arguments.of("feed-forward tanh to h^3", deep, ff, 4),
                Arguments.of("feed-forward tanh to h^3", deep, ff, 6), Arguments.of("feed-forward tanh to h^3", deep, ff, 8));
    }

    @ParameterizedTest(name = "{0}, sw^{3}")
    @MethodSource("cases")
    void diagramsSumToTheNetworksCorrelator(String name, Theory theory, Architecture architecture, int order) {
        int k = order / 2;
        List<Diagram> diagrams = DiagramExpansion.expand(new ExpansionRequest(theory, 2, order, order, -1,
                Filters.CONNECTED, List.of(0, 0)), ProgressListener.NONE).diagrams();
        assertFalse(diagrams.isEmpty(), "no diagram at order " + order);
        List<Field> externals = List.of(theory.fields().get(0), theory.fields().get(0));
        // c power → (x1, x2) → power of 1/N → coefficient of σ_b^(2 + 2c) σ_w^(2k) c^(c power)
        List<Map<List<Integer>, SortedMap<Integer, BigFraction>>> engine = List.of(new TreeMap<>(
                NetworkVersusEnsembleTest::compare), new TreeMap<>(NetworkVersusEnsembleTest::compare));
        BigFraction perWLine = BigFraction.of(1, 2);
        // the cubic vertex is 2c h1 h2³ with c = −1/3: a c¹ diagram's weight holds one factor c
        BigFraction c = BigFraction.of(-1, 3);
        int compared = 0;
        for (Diagram d : diagrams) {
            String picture = d.picture(theory);
            assertEquals(CouplingMonomial.of("sw").pow(order), d.weight().couplings(), picture);
            BigFraction nPower = d.scaling().nPower();
            assertEquals(BigInteger.ONE, nPower.getDenominator(), "integer power of N: " + picture);
            int inverseN = -nPower.intValue();
            assertTrue(inverseN >= 0, "a positive power of N: " + picture);
            assertEquals("delta[a1,a2]", d.scaling().indices(), picture);
            // the O(1) diagrams are tadpoles on the external vertex (cactus); in a feed-forward network
            // so are the 1/N ones (mushrooms), which therefore carry its whole first finite-width term
            if (inverseN == 0 || (inverseN == 1 && architecture == Architecture.FEED_FORWARD)) {
                assertTrue(d.scaling().stemAndCap(), "not a stem and a cap: " + picture);
                assertEquals(inverseN == 0 ? "cactus" : "mushroom", d.scaling().seedName(), picture);
            }
            int cubic = (int) d.vertexTypes().stream()
                    .filter(t -> isCubic(theory.vertices().get(t))).count();
            long hhLines = d.propagators().stream().filter(p -> isHh(theory.propagators().get(p.kind()))).count();
            assertEquals(1 + cubic, hhLines, "⟨h h⟩ lines (σ_b²) of " + picture);
            if (cubic > 1) {
                continue;
            }
            compared++;
            TimeAssignments times = TimeAssignments.of(theory, externals, d.vertexTypes(),
                    d.propagators().stream().map(p -> new TimeAssignments.Line(p.from(), p.to(), p.kind())).toList());
            BigFraction factor = d.weight().rational().multiply(perWLine.pow(k));
            if (cubic == 1) {
                factor = factor.divide(c);
            }
            for (int x1 = 0; x1 <= LAST; x1++) {
                for (int x2 = 0; x2 <= LAST; x2++) {
                    // one layer more than the externals need: later vertex times must contribute nothing
                    long count = times.extensions(LAST + 2, x1, x2);
                    if (count != 0) {
                        engine.get(cubic).computeIfAbsent(List.of(x1, x2), key -> new TreeMap<>())
                                .merge(inverseN, factor.multiply(count), BigFraction::add);
                    }
                }
            }
        }
        assertTrue(compared > 0, "no diagram compared");
        boolean hasCubic = theory.vertices().stream().anyMatch(NetworkVersusEnsembleTest::isCubic);
        List<String> problems = new ArrayList<>();
        for (int cPower = 0; cPower <= (hasCubic ? 1 : 0); cPower++) {
            for (int x1 = 0; x1 <= LAST; x1++) {
                for (int x2 = 0; x2 <= LAST; x2++) {
                    SortedMap<Integer, BigFraction> expected = new TreeMap<>();
                    NetworkEnsembleWick.correlator(architecture, x1, x2, k, cPower).forEach((p, v) -> expected.put(p, BigFraction.of(v)));
                    SortedMap<Integer, BigFraction> got = new TreeMap<>(
                            engine.get(cPower).getOrDefault(List.of(x1, x2), new TreeMap<>()));
                    got.values().removeIf(v -> v.signum() == 0);
                    if (!expected.equals(got)) {
                        problems.add("c^" + cPower + " (x1, x2) = (" + x1 + ", " + x2 + "): network " + expected
                                + ", diagrams " + got);
                    }
                }
            }
        }
        assertEquals(List.of(), problems, name + ": coefficient of σ_w^" + order + " by power of c and of 1/N");
        // the O(1) group at c⁰ is the mean-field theory: δ_{x1 x2} for x1 ≥ k
        for (int x = 0; x <= LAST; x++) {
            BigFraction leading = engine.get(0).getOrDefault(List.of(x, x), new TreeMap<>())
                    .getOrDefault(0, BigFraction.ZERO);
            assertEquals(x >= k ? BigFraction.ONE : BigFraction.ZERO, leading, "O(1) at x1 = x2 = " + x);
        }
    }

    /** The vertex of c: w̃ h h³ (bilocal, recurrent) or w̃ h⁴ (local, feed-forward), five legs. */
    private static boolean isCubic(VertexRule v) {
        return v.legs().size() == 5;
    }

    private static boolean isHh(PropagatorRule r) {
        return r.a().base().equals("h") && r.b().base().equals("h");
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        int c = Integer.compare(a.get(0), b.get(0));
        return c != 0 ? c : Integer.compare(a.get(1), b.get(1));
    }
}
