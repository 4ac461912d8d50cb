package org.feynet.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.feynet.graph.Diagram;
import org.feynet.graph.DiagramExpansion;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.Filters;
import org.feynet.graph.ProgressListener;
import org.feynet.rules.BuiltinTheories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.eval.ExprEvaluator;

/**
 * Symja itself (strict mode, DESIGN.md) reads the exported terms: Int stays an inert head, and with
 * G Orderless the same term written with swapped arguments collects — so the expansion is a Symja
 * expression, not just text that looks like one.
 */
class SymjaReadsTermsTest {

    private static ExprEvaluator symja;

    @BeforeAll
    static void startSymja() {
        symja = StrictSymja.start();
        symja.eval("SetAttributes[G, Orderless]");
    }

    private static String eval(String input) {
        return symja.eval(input).toString();
    }

    @Test
    void termsAreInertAndSwappedArgumentsCollect() {
        List<Diagram> diagrams = DiagramExpansion.expand(ExpansionRequest.orders(BuiltinTheories.byName("phi4"), 2, 2, 2,
                Filters.CONNECTED), ProgressListener.NONE).diagrams();
        for (Diagram d : diagrams) {
            String term = DiagramTerm.of(d, Notation.DEFAULT).symja();
            // the same term with every G's arguments swapped
            String swapped = term.replaceAll("G\\[(\\w+),(\\w+)\\]", "G[$2,$1]");
            assertEquals("0", eval("(" + term + ") - (" + swapped + ")"), term);
            // Int is inert: Symja keeps it, it does not integrate
            assertEquals(true, eval(term).contains("Int["), term);
        }
    }

    @Test
    void theWholeExpansionIsOneSymjaSumWithTheRightNumberOfTerms() {
        List<Diagram> diagrams = DiagramExpansion.expand(ExpansionRequest.orders(BuiltinTheories.byName("phi4"), 4, 2, 2,
                Filters.CONNECTED), ProgressListener.NONE).diagrams();
        String sum = DiagramTerm.sum(diagrams.stream().map(d -> DiagramTerm.of(d, Notation.DEFAULT)).toList());
        assertEquals(String.valueOf(diagrams.size()), eval("Length[Expand[" + sum + "]]"));
        // setting every G to 1 and every Int[f, y] to f leaves the sum of weights: 7/2 lambda^2 (oracles.json)
        assertEquals("7/2*lambda^2", eval("(" + sum + ") /. {G[a_, b_] -> 1} //. {Int[f_, y_] -> f}"));
    }

    @Test
    void onTermsCarryTheirIndexTensor() {
        List<Diagram> bubbles = DiagramExpansion.expand(ExpansionRequest.loops(BuiltinTheories.byName("on4"), 4, 1,
                new Filters(false, true, false, false)), ProgressListener.NONE).diagrams();
        String sum = bubbles.stream().map(d -> "(" + Term.of(d, Notation.DEFAULT).symja() + ")")
                .reduce((a, b) -> a + " + " + b).orElseThrow();
        String bare = "((" + sum + ") /. {G[a_, b_] -> 1}) //. {Int[f_, y_] -> f}";
        String onlyD12D34 = "{delta[a1,a2] -> 1, delta[a3,a4] -> 1, delta[a1,a3] -> 0, delta[a2,a4] -> 0,"
                + " delta[a1,a4] -> 0, delta[a2,a3] -> 0}";
        // Symja does the algebra: the one-loop vertex on delta12 delta34 is (N+8)/9 times the scalar lambda^2/2
        assertEquals("0", eval("Expand[(" + bare + " /. " + onlyD12D34 + ") - (N + 8)/18*lambda^2]"));
    }
}
