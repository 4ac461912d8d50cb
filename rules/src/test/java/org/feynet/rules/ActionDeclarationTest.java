package org.feynet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class ActionDeclarationTest {

    private static final Field H = new Field("h", Field.NEURON_INDEX);
    private static final Field ZT = new Field("zt", Field.NEURON_INDEX);
    private static final Field W = new Field("w", 1, "w", Field.Time.PAIR);
    private static final Field WT = new Field("wt", 1, "wt", Field.Time.PAIR);
    private static final List<PropagatorRule> NETWORK_RULES = List.of(new PropagatorRule(H, H, false, true),
            new PropagatorRule(H, ZT, true, true), new PropagatorRule(W, WT, false));
    private static final String NETWORK = "sw*w[t1,t2]*zt[t1]*zt[t2] + sw*wt[t1,t2]*(h[t1]*h[t2] - 2/3*h[t1]*h[t2]^3)";

    private static Theory network(String action) {
        return new ActionDeclaration("net", action, List.of(H, ZT, W, WT), NETWORK_RULES, null,
                Map.of("sw", BigFraction.of(-1, 2))).theory();
    }

    @Test
    void responseFieldActionKeepsZtZtAtZero() {
        Field h = Field.scalar("h");
        Field zt = Field.scalar("zt");
        Theory t = new ActionDeclaration("msr", "-g/2*zt*h^2", List.of(h, zt),
                List.of(PropagatorRule.diagonal(h), new PropagatorRule(h, zt, true)), null, Map.of()).theory();
        assertEquals(List.of(h, zt), t.fields());
        assertEquals(2, t.propagators().size());
        assertFalse(t.hasDiagonalPropagators());
        assertTrue(t.propagators().stream().noneMatch(r -> r.joins(zt, zt)));
        // S = -g/2 zt h^2: vertex factor -c * 2! * 1! = g
        assertEquals("g", t.vertices().get(0).vertexFactor().toString());
    }

    @Test
    void multiLocalVerticesSplitTheirFieldsByTime() {
        Theory t = network(NETWORK);
        List<String> names = t.fields().stream().map(Field::name).toList();
        assertEquals(List.of("h", "zt", "w[t1,t2]", "zt[t1]", "zt[t2]", "wt[t1,t2]", "h[t1]", "h[t2]"), names);
        assertEquals(3, t.vertices().size());
        // legs at one time are interchangeable among themselves only: -c * 1! * 3! * 1! with c = -2/3 sw
        VertexRule quintic = t.vertices().stream().filter(v -> v.valence() == 5).findFirst().orElseThrow();
        assertEquals("4*sw", quintic.vertexFactor().toString());
        VertexRule zz = t.vertices().stream().filter(v -> v.legs().contains(W.at(Field.Time.PAIR))).findFirst()
                .orElseThrow();
        assertEquals("-sw", zz.vertexFactor().toString());
        // <h h> between h, h[t1], h[t2]: 3 symmetric + 3 oriented; <h zt>: 3 x 3; <w wt>: 1
        assertEquals(16, t.propagators().size());
        assertEquals(BigFraction.of(-1, 2), t.nPowers().get("sw"));
        assertTrue(t.hasNeuronIndex());
        assertTrue(t.hasTimes());
    }

    @Test
    void badTimesAreRefusedByName() {
        assertMessage("w[t1,t2]", () -> network("sw*w*zt[t1]*zt[t2]"));
        assertMessage("h[t3]", () -> network("sw*wt[t1,t2]*h[t1]*h[t3]"));
        assertMessage("q[t1]", () -> network("sw*wt[t1,t2]*h[t1]*q[t1]"));
        assertMessage("mixes", () -> network("sw*wt[t1,t2]*h[t1]*h[t2]*h"));
        assertMessage("one time", () -> network("sw*h[t1]^2*zt[t1] + sw*wt[t1,t2]*h[t1]*h[t2]"));
        assertMessage("not declared bilocal", () -> network("sw*h[t1,t2]*zt[t1]*zt[t2]"));
    }

    @Test
    void badPropagatorsAndPowersAreRefused() {
        Field u = Field.scalar("u");
        assertMessage("bilocal field to a local", () -> new ActionDeclaration("net", "g*w[t1,t2]*u[t1]*u[t2]",
                List.of(u, W), List.of(new PropagatorRule(u, W, false)), null, Map.of()).theory());
        assertMessage("different index kinds", () -> new ActionDeclaration("net", NETWORK, List.of(H, ZT, W, WT),
                List.of(new PropagatorRule(H, W, false)), null, Map.of()).theory());
        assertMessage("'kappa'", () -> new ActionDeclaration("net", NETWORK, List.of(H, ZT, W, WT), NETWORK_RULES, null,
                Map.of("kappa", BigFraction.ONE)).theory());
        assertThrows(IllegalArgumentException.class, () -> new PropagatorRule(H, H, true));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable e) {
        ActionException x = assertThrows(ActionException.class, e);
        assertTrue(x.getMessage().contains(part), x.getMessage());
    }
}
