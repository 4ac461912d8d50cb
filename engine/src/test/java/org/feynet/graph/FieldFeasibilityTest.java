package org.feynet.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.rules.ActionDeclaration;
import org.feynet.rules.Field;
import org.feynet.rules.PropagatorRule;
import org.feynet.rules.Theory;
import org.junit.jupiter.api.Test;

/**
 * {@link FieldFeasibility} prunes the generator without losing a diagram: with and without it, the
 * same topologies have a colouring; and its caps are what the legs allow, by hand.
 */
class FieldFeasibilityTest {

    /** The deep feed-forward network: A = w z̃², B = w̃ h², C = w̃ h⁴; rules ⟨h h⟩, ⟨h z̃⟩, ⟨w w̃⟩. */
    static Theory feedForward() {
        return NetworkVersusEnsembleTest.feedForwardNetwork(NetworkVersusEnsembleTest.FEED_FORWARD);
    }

    private static int type(Theory theory, int valence, String aField) {
        for (int t = 0; t < theory.vertices().size(); t++) {
            var v = theory.vertices().get(t);
            if (v.valence() == valence && v.legs().stream().anyMatch(f -> f.name().equals(aField))) {
                return t;
            }
        }
        throw new IllegalArgumentException("no vertex of valence " + valence + " with " + aField);
    }

    /**
     * By hand: A–A 0 (z̃, z̃, w join none of z̃, z̃, w); A–B and A–C 3 (w–w̃ and z̃–h twice); B–B 2 and
     * B–C 2 (h–h, B has two h); C–C 4; self-loops A 0, B 1 (h h), C 2; an external h to A 1 (h–z̃).
     */
    @Test
    void capsAreWhatTheLegsAllow() {
        Theory t = feedForward();
        int a = type(t, 3, "zt");
        int b = type(t, 3, "h");
        int c = type(t, 5, "h");
        int[] counts = new int[t.vertices().size()];
        counts[a] = 2;
        counts[b] = 2;
        counts[c] = 2;
        PointLayout layout = new VertexComposition(counts).layout(t, 2);
        int h = t.fieldIndex(t.fields().stream().filter(f -> f.name().equals("h")).findFirst().orElseThrow());
        FieldFeasibility fields = FieldFeasibility.of(t, layout, List.of(h, h));
        int[] first = new int[t.vertices().size()];
        Arrays.fill(first, -1);
        for (int p = layout.externals; p < layout.size; p++) {
            if (first[layout.type[p]] < 0) {
                first[layout.type[p]] = p;
            }
        }
        int pa = first[a];
        int pb = first[b];
        int pc = first[c];
        assertEquals(0, fields.cap(pa, pa + 1), "A-A");
        assertEquals(3, fields.cap(pa, pb), "A-B");
        assertEquals(3, fields.cap(pa, pc), "A-C");
        assertEquals(2, fields.cap(pb, pb + 1), "B-B");
        assertEquals(2, fields.cap(pb, pc), "B-C");
        assertEquals(4, fields.cap(pc, pc + 1), "C-C");
        assertEquals(0, fields.cap(pa, pa), "self-loops at A");
        assertEquals(1, fields.cap(pb, pb), "self-loops at B");
        assertEquals(2, fields.cap(pc, pc), "self-loops at C");
        assertEquals(1, fields.cap(0, pa), "x1-A");
        assertEquals(1, fields.cap(0, 1), "x1-x2 (h h)");
    }

    /**
     * Every vertex composition up to the given order: the topologies the plain generator builds that
     * have a colouring are exactly those the pruned generator builds that have one (and it builds no
     * more topologies than the plain one).
     */
    @Test
    void pruningKeepsEveryColourableTopology() {
        Field phi = Field.scalar("phi");
        Field psi = Field.scalar("psi");
        Theory yukawa = new ActionDeclaration("phi2psi", "g/2*phi^2*psi + k/6*psi^3", List.of(phi, psi),
                List.of(PropagatorRule.diagonal(phi), PropagatorRule.diagonal(psi)), null, Map.of()).theory();
        Field h = Field.scalar("h");
        Field zt = Field.scalar("zt");
        Theory langevin = new ActionDeclaration("msr", "-g/2*zt*h^2", List.of(h, zt),
                List.of(new PropagatorRule(h, h, false, true), new PropagatorRule(h, zt, true, true)), null,
                Map.of()).theory();
        int[] checked = {
            compareUpTo(feedForward(), List.of("h", "h"), 6, true),
            compareUpTo(TimePowerVersusEnumerationTest.network(true, true, true), List.of("h", "h"), 4, true),
            compareUpTo(yukawa, List.of("phi", "phi", "psi"), 4, false),
            compareUpTo(yukawa, List.of("phi", "phi"), 6, true),
            compareUpTo(langevin, List.of("h", "zt"), 7, true)};
        assertTrue(Arrays.stream(checked).allMatch(n -> n > 10), "colourable topologies compared: "
                + Arrays.toString(checked));
    }

    private static int compareUpTo(Theory theory, List<String> legNames, int maxOrder, boolean connected) {
        List<Integer> legs = legNames.stream().map(n -> theory.fieldIndex(theory.fields().stream()
                .filter(f -> f.name().equals(n)).findFirst().orElseThrow())).toList();
        int compared = 0;
        for (int order = 0; order <= maxOrder; order++) {
            for (VertexComposition c : VertexComposition.ofOrder(theory.vertices().size(), order)) {
                PointLayout layout = c.layout(theory, legs.size());
                FieldFeasibility fields = FieldFeasibility.of(theory, layout, legs);
                List<Set<String>> kept = new ArrayList<>();
                long[] built = new long[2];
                for (int run = 0; run < 2; run++) {
                    Set<String> colourable = new TreeSet<>();
                    CanonicityTest automorphisms = new CanonicityTest(layout);
                    int which = run;
                    OrderlyGenerator.MatrixVisitor visitor = (adj, aut) -> {
                        built[which]++;
                        if (!FieldColouring.of(theory, layout, adj, legs, automorphisms.automorphisms(adj)).isEmpty()) {
                            colourable.add(Arrays.deepToString(adj));
                        }
                    };
                    if (run == 0) {
                        new OrderlyGenerator(layout, connected, visitor).run();
                    } else {
                        new OrderlyGenerator(layout, connected, visitor, fields).run();
                    }
                    kept.add(colourable);
                }
                assertEquals(kept.get(0), kept.get(1), theory.name() + " " + legNames + " composition "
                        + Arrays.toString(c.counts()));
                assertTrue(built[1] <= built[0], "the pruned generator built more: " + Arrays.toString(built));
                compared += kept.get(0).size();
            }
        }
        return compared;
    }
}
