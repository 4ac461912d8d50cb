package org.feynet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.feynet.graph.Diagram;
import org.feynet.graph.DiagramExpansion;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.Filters;
import org.feynet.graph.ProgressListener;
import org.feynet.rules.BuiltinTheories;
import org.feynet.symbolic.MomentumTerm;
import org.feynet.symbolic.Notation;
import org.junit.jupiter.api.Test;

/** Momentum-space terms against the textbook forms (e.g. Peskin and Schroeder ch. 10, Kleinert ch. 8). */
class MomentumTermTest {

    private static final Notation AMPUTATED = new Notation("G", true, true);

    private static List<Diagram> diagrams(String theory, int points, int loops, boolean onePI) {
        return DiagramExpansion.expand(ExpansionRequest.loops(BuiltinTheories.byName(theory), points, loops,
                new Filters(false, onePI, false, false)), ProgressListener.NONE).diagrams();
    }

    @Test
    void oneLoopFourPointBubblesCarryTheChannelMomenta() {
        // s, t, u channels: ∫ 1/(k²+m²) 1/((k - p1 - pj)²+m²), j = 2, 3, 4 (p4 = -p1-p2-p3, so the u channel
        // p1 + p4 = -(p2 + p3)).
        List<String> terms = diagrams("phi4", 4, 1, true).stream().map(d -> MomentumTerm.of(d, AMPUTATED).symja()).sorted().toList();
        assertEquals(List.of("lambda^2/2*Int[P[k1, m]*P[k1 + p2 + p3, m], k1]",
                "lambda^2/2*Int[P[k1, m]*P[k1 - p1 - p2, m], k1]",
                "lambda^2/2*Int[P[k1, m]*P[k1 - p1 - p3, m], k1]"), terms);
    }

    @Test
    void sunsetHasTwoLoopMomentaAndTheExternalOneThroughTheThirdLine() {
        Diagram sunset = diagrams("phi4", 2, 2, true).stream().filter(d -> d.nickel().equals("e111|e|")).findFirst().orElseThrow();
        assertEquals("lambda^2/6*Int[Int[P[k1, m]*P[k1 + k2 - p1, m]*P[k2, m], k2], k1]",
                MomentumTerm.of(sunset, AMPUTATED).symja());
    }

    @Test
    void oneLoopMomentumPerLoopAndOnePropagatorPerLine() {
        for (Diagram d : diagrams("phi4", 2, 3, false)) {
            MomentumTerm t = MomentumTerm.of(d, new Notation("G", false, true));
            assertEquals(d.loops(), t.loopMomenta().size(), d.picture());
            assertEquals(d.propagators().size(), t.propagators().size(), d.picture());
            // the two external lines carry p1 alone (p2 = -p1), perhaps with internal lines that do too
            assertTrue(t.symja().matches(".*P\\[p1, m\\]\\^[2-9].*"), t.symja());
        }
    }
}
