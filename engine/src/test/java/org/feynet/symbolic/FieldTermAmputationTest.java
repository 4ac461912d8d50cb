package org.feynet.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.feynet.fixtures.RuledTheory;
import org.feynet.graph.Diagram;
import org.feynet.graph.DiagramExpansion;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.Filters;
import org.feynet.graph.ProgressListener;
import org.feynet.rules.ActionDeclaration;
import org.feynet.rules.Field;
import org.feynet.rules.PropagatorRule;
import org.feynet.rules.Theory;
import org.junit.jupiter.api.Test;

/**
 * Amputated terms of several-field theories, derived by hand from the diagrams' pictures: each
 * external line is dropped and the time it was attached to takes the external point's name; a second
 * leg at a time already named is a Delta.
 */
class FieldTermAmputationTest {

    private static final Notation AMPUTATED = new Notation("G", true, false, null);

    private static Map<String, String> amputated(Theory theory, List<Integer> legs, int order) {
        List<Diagram> diagrams = DiagramExpansion.expand(new ExpansionRequest(theory, legs.size(), order, order, -1,
                Filters.CONNECTED, legs), ProgressListener.NONE).diagrams();
        Map<String, String> out = new TreeMap<>();
        diagrams.forEach(d -> out.put(d.picture(theory), FieldTerm.of(d, theory, AMPUTATED).symja()));
        return out;
    }

    /**
     * Langevin ⟨h z̃⟩ at g². The tadpole x1-v1:⟨h,z̃⟩ v1-x2:⟨h,z̃⟩ v1-v2:⟨h,z̃⟩ v2-v2:h: both external
     * lines end on v1, which takes the name x1; x2's leg there is δ(x1 − x2); what remains is the
     * response line from v1 to v2 and v2's h loop: g²/2 ∫ GhZt[x1,y1] Gh[y1,y1] Delta[x1,x2]. The loop
     * x1-v1 … v2-x2 with v1-v2 an h line and a response line (h at v1): v1 is x1, v2 is x2, nothing
     * is integrated: g² Gh[x1,x2] GhZt[x1,x2].
     */
    @Test
    void langevinResponseFunction() {
        Field h = Field.scalar("h");
        Field zt = Field.scalar("zt");
        Theory theory = new ActionDeclaration("msr", "-g/2*zt*h^2", List.of(h, zt),
                List.of(PropagatorRule.diagonal(h), new PropagatorRule(h, zt, true)), null, Map.of()).theory();
        assertEquals(Map.of(
                "x1-v1:<h,zt> v1-x2:<h,zt> v1-v2:<h,zt> v2-v2:h", "g^2/2*Int[GhZt[x1,y1]*Gh[y1,y1]*Delta[x1,x2], y1]",
                "x1-v1:<h,zt> v2-x2:<h,zt> v1-v2:h v1-v2:<h,zt>", "g^2*Gh[x1,x2]*GhZt[x1,x2]"),
                amputated(theory, List.of(0, 1), 2));
    }

    /**
     * The recurrent network's ⟨h h⟩ at σ_w²: with x1 on z̃(t1) and x2 on z̃(t2) of the w vertex, its
     * two times become x1 and x2, and the w̃ vertex's times y1, y2 stay integrated:
     * N δ sw² ∫ GwWt[x1,x2,y1,y2] Gh[y1,y2]. With x1 on z̃(t1) and x2 on h(t2) of the w̃ vertex, the
     * free times are the w vertex's t2 (y1) and the w̃ vertex's t1 (y2), joined by the response line
     * h(y2) → z̃(y1): δ sw² ∫ GhZt[y2,y1] GwWt[x1,y1,y2,x2].
     */
    @Test
    void recurrentNetworkTimesTakeTheExternalNames() {
        Theory theory = RuledTheory.multiLocal(MultiLocalCheckTest.NETWORK, true, false);
        Map<String, String> terms = amputated(theory, List.of(0, 0), 2);
        assertEquals("sw^2*N*delta[a1,a2]*Int[Int[GwWt[x1,x2,y1,y2]*Gh[y1,y2], y2], y1]",
                terms.get("x1-v1:<h,zt[t1]> x2-v1:<h,zt[t2]> v1-v2:<w[t1,t2],wt[t1,t2]> v2-v2:<h[t1],h[t2]>"));
        assertEquals("sw^2*delta[a1,a2]*Int[Int[GhZt[y2,y1]*GwWt[x1,y1,y2,x2], y2], y1]",
                terms.get("x1-v1:<h,zt[t1]> x2-v2:<h,h[t2]> v2-v1:<h[t1],zt[t2]> v1-v2:<w[t1,t2],wt[t1,t2]>"));
    }
}
