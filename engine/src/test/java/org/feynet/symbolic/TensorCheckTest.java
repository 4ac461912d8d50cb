package org.feynet.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.feynet.graph.Diagram;
import org.feynet.graph.DiagramExpansion;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.Filters;
import org.feynet.graph.ProgressListener;
import org.feynet.rules.BuiltinTheories;
import org.feynet.rules.Theory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * check for O(N) models reads back what expand writes, with renamed dummies; a term written on the
 * wrong pairing of the external indices, or with a wrong polynomial in N, is named; and a hand
 * calculation of the one-loop 4-point function in its usual form (the s, t, u bubbles, each
 * λ²/2·[(N+4)δ_ab δ_cd + 2δ_ac δ_bd + 2δ_ad δ_bc]/9 in its own channel, Zinn-Justin ch. 10)
 * matches term by term.
 */
class TensorCheckTest {

    private static List<TermReader.RawTerm> read(String text) {
        return TermReader.read(text, "G", Set.of("G", "delta"));
    }

    private static List<Diagram> expand(Theory theory, int points, int max) {
        return DiagramExpansion.expand(ExpansionRequest.orders(theory, points, 0, max, Filters.CONNECTED),
                ProgressListener.NONE).diagrams();
    }

    @ParameterizedTest(name = "{0} {1}-point to order {2}")
    @CsvSource({"on4,4,2", "on4,2,3", "on6,2,2", "on4,0,3"})
    void exportedTermsMatchAfterRenaming(String name, int points, int max) {
        Theory theory = BuiltinTheories.byName(name);
        List<Diagram> diagrams = expand(theory, points, max);
        List<String> terms = new ArrayList<>();
        for (Diagram d : diagrams) {
            String t = Term.of(d, Notation.DEFAULT).symja();
            for (int y = 6; y >= 1; y--) {
                t = t.replace("y" + y, "z" + (7 - y));
            }
            terms.add(t);
        }
        ExpansionComparison.Result r = TensorExpansionComparison.compare(theory, points, diagrams,
                read(String.join(" + ", terms)), Notation.DEFAULT);
        assertTrue(r.matches(), () -> r.differences().toString());
        assertEquals(diagrams.size(), r.matched());
    }

    @Test
    void wrongPairingAndWrongPolynomialAreNamed() {
        Theory on4 = BuiltinTheories.byName("on4");
        String bubbleS = "lambda^2/18*((N + 4)*delta[a1,a2]*delta[a3,a4] + 2*delta[a1,a3]*delta[a2,a4]"
                + " + 2*delta[a1,a4]*delta[a2,a3])*Int[Int[G[x1,u]*G[x2,u]*G[u,v]^2*G[x3,v]*G[x4,v], v], u]";
        String bubbleT = bubbleS.replace("G[x2,u]*G[u,v]^2*G[x3,v]", "G[x3,u]*G[u,v]^2*G[x2,v]")
                .replace("(N + 4)*delta[a1,a2]*delta[a3,a4] + 2*delta[a1,a3]*delta[a2,a4]",
                        "2*delta[a1,a2]*delta[a3,a4] + (N + 4)*delta[a1,a3]*delta[a2,a4]");
        String bubbleU = bubbleS.replace("G[x2,u]*G[u,v]^2*G[x3,v]*G[x4,v]", "G[x4,u]*G[u,v]^2*G[x3,v]*G[x2,v]")
                .replace("(N + 4)*delta[a1,a2]*delta[a3,a4] + 2*delta[a1,a3]*delta[a2,a4] + 2*delta[a1,a4]*delta[a2,a3]",
                        "2*delta[a1,a2]*delta[a3,a4] + 2*delta[a1,a3]*delta[a2,a4] + (N + 4)*delta[a1,a4]*delta[a2,a3]");
        List<Diagram> bubbles = DiagramExpansion.expand(ExpansionRequest.loops(on4, 4, 1,
                new Filters(false, true, false, false)), ProgressListener.NONE).diagrams();
        assertEquals(3, bubbles.size());
        ExpansionComparison.Result right = TensorExpansionComparison.compare(on4, 4, bubbles,
                read(bubbleS + " + " + bubbleT + " + " + bubbleU), Notation.DEFAULT);
        assertTrue(right.matches(), () -> right.differences().toString());

        // the t-channel written with the s-channel's tensor: one wrong coefficient, on the t bubble
        String wrongT = bubbleS.replace("G[x2,u]*G[u,v]^2*G[x3,v]", "G[x3,u]*G[u,v]^2*G[x2,v]");
        ExpansionComparison.Result wrong = TensorExpansionComparison.compare(on4, 4, bubbles,
                read(bubbleS + " + " + wrongT + " + " + bubbleU), Notation.DEFAULT);
        assertEquals(1, wrong.differences().size());
        assertEquals(ExpansionComparison.Kind.WRONG_COEFFICIENT, wrong.differences().get(0).kind());
        assertTrue(wrong.differences().get(0).picture().contains("x1-v1 x2-v2 x3-v1"), wrong.differences().get(0).picture());

        assertThrows(TermReader.ReadException.class, () -> TensorExpansionComparison.compare(on4, 4, bubbles,
                read("lambda^2*delta[a1,a5]*Int[Int[G[x1,u]*G[x2,u]*G[u,v]^2*G[x3,v]*G[x4,v], v], u]"), Notation.DEFAULT));
    }
}
