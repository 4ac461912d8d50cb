package org.feynet.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.rules.ActionDeclaration;
import org.feynet.rules.Field;
import org.feynet.rules.PropagatorRule;
import org.feynet.rules.Theory;
import org.junit.jupiter.api.Test;

/**
 * Response-field (MSR) actions against hand-derived cases: which diagrams causality removes, the
 * weights of the survivors (Wick contractions counted by hand in the comments), and the powers of
 * N and T of a recurrent network's auxiliary-field action.
 */
class ResponseFieldTest {

    private static final Field H = Field.scalar("h");
    private static final Field ZT = Field.scalar("zt");

    private static Theory langevin(boolean retarded, boolean equalTime) {
        return new ActionDeclaration("msr", "-g/2*zt*h^2", List.of(H, ZT),
                List.of(new PropagatorRule(H, H, false, equalTime), new PropagatorRule(H, ZT, retarded, equalTime)),
                null, Map.of()).theory();
    }

    private static List<Diagram> expand(Theory theory, int order, List<Integer> legs) {
        return DiagramExpansion.expand(new ExpansionRequest(theory, legs.size(), order, order, -1, Filters.CONNECTED,
                legs), ProgressListener.NONE).diagrams();
    }

    private static Map<String, String> weights(Theory theory, List<Diagram> diagrams) {
        Map<String, String> out = new TreeMap<>();
        diagrams.forEach(d -> out.put(d.picture(theory), d.weight().toString()));
        return out;
    }

    /**
     * ⟨h(x1) z̃(x2)⟩ at order g² for S_int = −g/2 ∫ z̃h². Vertices z̃hh, factor g each. The one-loop
     * response correction: label the vertices (2 ways), x1's h takes v1's z̃, v1 sends one of its two h
     * to v2's z̃ and the other to one of v2's two h (2 × 2), v2's last h takes x2's z̃: 8 contractions,
     * (−c)²/2! · 8 = (g²/4)/2 · 8 = g². The tadpole: 2 labellings × 2 choices of v1's h for x2, v2's
     * h–h closed on itself: 4 contractions, g²/2. Causality removes the v1 ⇄ v2 loop of two response
     * lines and the z̃–h self-loop θ(0) = 0; without it they come back.
     */
    @Test
    void langevinResponseFunctionAtOneLoop() {
        Theory causal = langevin(true, false);
        Map<String, String> w = weights(causal, expand(causal, 2, List.of(0, 1)));
        assertEquals(Map.of(
                "x1-v1:<h,zt> v2-x2:<h,zt> v1-v2:h v1-v2:<h,zt>", "g^2",
                "x1-v1:<h,zt> v1-x2:<h,zt> v1-v2:<h,zt> v2-v2:h", "g^2/2"), w);
        Theory acausal = langevin(false, false);
        List<Diagram> all = expand(acausal, 2, List.of(0, 1));
        assertTrue(all.size() > w.size(), "without causality the closed response loops come back: " + all.size());
        assertTrue(all.stream().anyMatch(d -> d.picture(acausal).contains("v1-v1:<h,zt>")
                || d.picture(acausal).contains("v2-v2:<h,zt>")));
    }

    /** ⟨z̃ z̃⟩ = 0 and nothing joins two z̃: the response-response function vanishes at every order. */
    @Test
    void responseResponseFunctionVanishes() {
        Theory causal = langevin(true, false);
        for (int k = 0; k <= 3; k++) {
            assertEquals(0, expand(causal, k, List.of(1, 1)).size(), "order " + k);
        }
    }

    /**
     * Equal-time lines tie times: ⟨h h⟩ ∝ δ(t − t') to the same time, the retarded ⟨h z̃⟩ to one step
     * later. In the one-loop response diagram v1 and v2 are tied equal by ⟨h h⟩ and v1 one step
     * after v2 by ⟨h z̃⟩: a contradiction, so it vanishes; the tadpole survives, and its two vertices
     * are tied to x2 and x1, leaving no free time integral (T⁰). With extended lines, the tadpole's
     * v1 and v2 are both free: T².
     */
    @Test
    void timesTiedByEqualTimeLinesAndFreeIntegrals() {
        Theory layered = langevin(true, true);
        List<Diagram> tied = expand(layered, 2, List.of(0, 1));
        assertEquals(1, tied.size());
        assertEquals("x1-v1:<h,zt> v1-x2:<h,zt> v1-v2:<h,zt> v2-v2:h", tied.get(0).picture(layered));
        assertEquals(0, tied.get(0).scaling().tPower());
        // extended (not equal-time) lines carry no time structure to count: tPower is not reported
        Theory extended = langevin(true, false);
        expand(extended, 2, List.of(0, 1)).forEach(d -> assertEquals(null, d.scaling()));
    }

    /**
     * The recurrent network's auxiliary-field action (examples/recurrent-network.json): ⟨h_i h_j⟩ at
     * order σ_w² (two vertices of coupling sw ∝ N^{−1/2}). The cactus: x1, x2 on w z̃[t1] z̃[t2]
     * (diagonal, one index: δ_ij), the w–w̃ line to w̃ h[t1] h[t2] whose h's close on each other, a
     * free index loop: N · (N^{−1/2})² = N⁰; its times are tied to x1 and x2: T⁰. Weight: vertex
     * factors (−sw)(−sw), S = 1: sw², twice (x1 on z̃[t1] or on z̃[t2]). With the quintic vertex
     * w̃ h[t1] h[t2]³ (factor −(−2/3 sw)·3! = 4sw) the h[t1]–h[t2] loop and an h[t2]–h[t2] loop
     * (S = 2): −4sw²/2 = −2sw², twice. Cactus sum: 2sw² − 4sw² = −2sw².
     */
    @Test
    void recurrentNetworkCactusDiagrams() {
        Field h = new Field("h", Field.NEURON_INDEX);
        Field zt = new Field("zt", Field.NEURON_INDEX);
        Field w = new Field("w", 1, "w", Field.Time.PAIR);
        Field wt = new Field("wt", 1, "wt", Field.Time.PAIR);
        Theory net = new ActionDeclaration("net",
                "sw*w[t1,t2]*zt[t1]*zt[t2] + sw*wt[t1,t2]*(h[t1]*h[t2] - 2/3*h[t1]*h[t2]^3)", List.of(h, zt, w, wt),
                List.of(new PropagatorRule(h, h, false, true), new PropagatorRule(h, zt, true, true),
                        new PropagatorRule(w, wt, false)), null, Map.of("sw", BigFraction.of(-1, 2))).theory();
        List<Diagram> diagrams = expand(net, 2, List.of(0, 0));
        Map<String, String> cactus = new TreeMap<>();
        for (Diagram d : diagrams) {
            assertEquals("delta[a1,a2]", d.scaling().indices(), d.picture(net));
            assertEquals(0, d.scaling().tPower(), d.picture(net));
            if (d.scaling().nPower().signum() == 0) {
                cactus.put(d.picture(net), d.weight().toString());
            } else {
                assertEquals(BigFraction.of(-1), d.scaling().nPower(), d.picture(net));
            }
        }
        assertEquals(Map.of(
                "x1-v1:<h,zt[t1]> x2-v1:<h,zt[t2]> v1-v2:<w[t1,t2],wt[t1,t2]> v2-v2:<h[t1],h[t2]>", "sw^2",
                "x1-v1:<h,zt[t2]> x2-v1:<h,zt[t1]> v1-v2:<w[t1,t2],wt[t1,t2]> v2-v2:<h[t1],h[t2]>", "sw^2",
                "x1-v1:<h,zt[t1]> x2-v1:<h,zt[t2]> v1-v2:<w[t1,t2],wt[t1,t2]> v2-v2:<h[t1],h[t2]> v2-v2:h[t2]", "-2*sw^2",
                "x1-v1:<h,zt[t2]> x2-v1:<h,zt[t1]> v1-v2:<w[t1,t2],wt[t1,t2]> v2-v2:<h[t1],h[t2]> v2-v2:h[t2]", "-2*sw^2"),
                cactus);
        OrderSummary row = DiagramExpansion.count(new ExpansionRequest(net, 2, 2, 2, -1, Filters.CONNECTED,
                List.of(0, 0)), ProgressListener.NONE).orders().get(0);
        OrderSummary.Group leading = row.groups().get(0);
        assertEquals("1", leading.scaling().order());
        assertEquals("cactus", leading.scaling().seedName());
        assertEquals(4, leading.count());
        assertEquals(BigFraction.of(-2), leading.weightSumRational());
    }

    /**
     * The 1/N diagrams of ⟨h h⟩ at order σ_w² in the recurrent network are exchange diagrams: x1 on the
     * w z̃ z̃ vertex, x2 on the w̃ h h vertex, joined by the w line and a response line. They are not a
     * stem and a cap, so they get no name, while the four O(1) ones are cacti.
     */
    @Test
    void exchangeDiagramsAreNeitherCactusNorMushroom() {
        Theory net = NetworkVersusEnsembleTest.linearNetwork();
        int exchange = 0;
        for (Diagram d : expand(net, 2, List.of(0, 0))) {
            String picture = d.picture(net);
            boolean leading = d.scaling().nPower().signum() == 0;
            assertEquals(leading, d.scaling().stemAndCap(), picture);
            assertEquals(leading ? "cactus" : "", d.scaling().seedName(), picture);
            exchange += leading ? 0 : 1;
        }
        assertEquals(4, exchange);
    }

    /**
     * The first mushroom of the deep feed-forward network (examples/deep-feed-forward-network.json), by
     * hand: x1, x2 on v1 = w z̃² (factor −2sw), the stem v1–v6 to v6 = w̃ h⁴ of the cubic term (factor
     * −(−2/3 sw)·4! = 16sw), whose four h's answer two pairs of z̃'s at v2 and v3 (w z̃², −2sw each);
     * their w lines end on v4 and v5 (w̃ h², −2sw each), joined by two h lines: the variance of the
     * kernel. Product −512sw⁶; S = 2·2·2 (the three double lines) · 2 (the two branches) = 16:
     * weight −32sw⁶. Power of N: six couplings N^(−1/2) and two closed index loops (v6 v2 v3, v4 v5):
     * N^(−1). All four 1/N diagrams at σ_w⁶ are stems with a cap; the other three dress this one with
     * the cubic term's loops.
     */
    @Test
    void feedForwardMushroomByHand() {
        Theory deep = NetworkVersusEnsembleTest.feedForwardNetwork(NetworkVersusEnsembleTest.FEED_FORWARD);
        Map<String, String> mushrooms = new TreeMap<>();
        for (Diagram d : expand(deep, 6, List.of(0, 0))) {
            if (d.scaling().nPower().equals(BigFraction.of(-1))) {
                assertEquals("mushroom", d.scaling().seedName(), d.picture(deep));
                mushrooms.put(d.picture(deep), d.weight().toString());
            }
        }
        assertEquals(4, mushrooms.size(), mushrooms.toString());
        assertEquals("-32*sw^6", mushrooms.get("x1-v1:<h,zt> x2-v1:<h,zt> v1-v6:<w,wt> v2-v4:<w,wt> v6-v2:<h,zt>^2"
                + " v3-v5:<w,wt> v6-v3:<h,zt>^2 v4-v5:h^2"), mushrooms.toString());
        OrderSummary row = DiagramExpansion.count(new ExpansionRequest(deep, 2, 6, 6, -1, Filters.CONNECTED,
                List.of(0, 0)), ProgressListener.NONE).orders().get(0);
        assertEquals(List.of("cactus", "mushroom"), row.groups().stream().map(g -> g.scaling().seedName()).toList());
        assertEquals(List.of("1", "1/N"), row.groups().stream().map(g -> g.scaling().order()).toList());
    }
}
