package org.feynet.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.symbolic.Notation;
import org.feynet.symbolic.Term;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.matheclipse.core.eval.ExprEvaluator;

/**
 * The symbolic terms of a network's auxiliary-field theory, read back by Symja: in 0 dimensions every
 * propagator is 1 and every integral is its integrand, so the sum of the exported terms, with N set
 * to a number, must be the exact 0-dimensional coefficient of ⟨h_1 h_1⟩ that
 * {@link NeuronIndexZeroDimTest#reference} computes from the formal Gaussian over neurons. This checks
 * the terms' N^(index loops) and δ prefactors, their weights and that Symja reads every head.
 */
class FieldTermZeroDimTest {

    private static ExprEvaluator symja;

    @BeforeAll
    static void startSymja() {
        symja = org.feynet.symbolic.StrictSymja.start();
    }

    @ParameterizedTest(name = "order {0}")
    @ValueSource(ints = {0, 2, 4})
    void exportedTermsSumToTheZeroDimensionalSeries(int order) {
        List<Diagram> diagrams = NeuronIndexZeroDimTest.diagrams(2, order);
        StringBuilder sum = new StringBuilder("0");
        for (Diagram d : diagrams) {
            String term = Term.of(d, NeuronIndexZeroDimTest.NET, Notation.DEFAULT).symja();
            assertTrue(term.contains("Gh") || order == 0, term);
            sum.append(" + (").append(term).append(')');
        }
        for (int n = 1; n <= 3; n++) {
            String value = symja.eval("(" + sum + ") /. {Gh[a_, b_] -> 1, GhZt[a_, b_] -> 1, GwWt[a_, b_, c_, e_] -> 1,"
                    + " delta[a_, b_] -> 1, N -> " + n + ", sw -> 1} //. {Int[f_, y_] -> f}").toString();
            BigFraction expected = NeuronIndexZeroDimTest.reference(n, order, new int[] {1, 1})[order];
            assertEquals(expected.toString().replace(" / ", "/"), value, "N = " + n + ", order " + order);
        }
    }
}
