package org.feynet.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import static org.feynet.fixtures.SeriesLists.*;
import org.feynet.fixtures.ZeroDimensionalSeries;
import org.feynet.rules.BuiltinTheories;
import org.feynet.rules.Theory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact-propagator (skeleton) expansion resums: in 0 dimensions, with G the exact two-point
 * function (from the fixtures' series) and Σ(G) the sum of the 1PI skeleton self-energy diagrams
 * (--1pi --no-self-energy --dressed), each weight times G to the number of its internal lines,
 * Dyson's equation G (1 − Σ(G)) = 1 holds order by order.
 */
class SkeletonResummationTest {

    @ParameterizedTest(name = "{0} to order {1}")
    @CsvSource({"phi4,6", "phi6,4"})
    void dysonEquationHoldsWithSkeletonSelfEnergies(String name, int maxOrder) {
        Theory theory = BuiltinTheories.byName(name);
        List<BigFraction> g = ZeroDimensionalSeries.byTotalOrder(ZeroDimensionalSeries.connected(theory, 2, maxOrder), maxOrder);
        List<BigFraction> sigma = new ArrayList<>(Collections.nCopies(maxOrder + 1, BigFraction.ZERO));
        List<Diagram> skeletons = DiagramExpansion.expand(ExpansionRequest.orders(theory, 2, 1, maxOrder,
                new Filters(false, true, false, true, true)), ProgressListener.NONE).diagrams();
        for (Diagram d : skeletons) {
            long internalLines = d.propagators().stream().filter(p -> p.from() >= 2 && p.to() >= 2).count();
            List<BigFraction> term = new ArrayList<>(Collections.nCopies(maxOrder + 1, BigFraction.ZERO));
            term.set(d.order(), d.weight().rational()); // couplings set to 1, order tracked by position
            for (long i = 0; i < internalLines; i++) {
                term = times(term, g);
            }
            for (int k = 0; k <= maxOrder; k++) {
                sigma.set(k, sigma.get(k).add(term.get(k)));
            }
        }
        List<BigFraction> oneMinusSigma = new ArrayList<>();
        for (int k = 0; k <= maxOrder; k++) {
            oneMinusSigma.add((k == 0 ? BigFraction.ONE : BigFraction.ZERO).subtract(sigma.get(k)));
        }
        List<BigFraction> product = times(g, oneMinusSigma);
        for (int k = 0; k <= maxOrder; k++) {
            assertEquals(k == 0 ? BigFraction.ONE : BigFraction.ZERO, product.get(k), name + " order " + k);
        }
    }
}
