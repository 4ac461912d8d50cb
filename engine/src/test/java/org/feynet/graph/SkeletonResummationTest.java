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
        assertDyson(theory, g, maxOrder, d -> d.weight().rational(), name);
    }

    /**
     * The same for O(N) models at N = 1 … 4: ⟨φ_a φ_b⟩ = δ_ab G with G = ⟨φ·φ e^{−V}⟩/(N ⟨e^{−V}⟩),
     * from the moments ⟨(φ·φ)^m⟩ = N(N+2)…(N+2m−2) of the N-dimensional Gaussian, and each skeleton
     * self-energy counted with its δ(a1,a2) coefficient at that N.
     */
    @ParameterizedTest(name = "{0} to order {1} at N = {2}")
    @CsvSource({"on4,5,1", "on4,5,2", "on4,5,3", "on4,5,4", "on6,3,2", "on6,3,3"})
    void dysonEquationHoldsForVectorModels(String name, int maxOrder, int n) {
        Theory theory = BuiltinTheories.byName(name);
        int k = name.equals("on4") ? 2 : 3; // V = r (φ·φ)^k with the coupling set to 1
        BigFraction r = BigFraction.of(1, name.equals("on4") ? 24 : 720);
        List<BigFraction> numerator = new ArrayList<>();
        List<BigFraction> denominator = new ArrayList<>();
        BigFraction factorial = BigFraction.ONE;
        for (int order = 0; order <= maxOrder; order++) {
            factorial = order == 0 ? BigFraction.ONE : factorial.multiply(order);
            BigFraction c = r.negate().pow(order).divide(factorial);
            numerator.add(c.multiply(moment(n, k * order + 1)).divide(n));
            denominator.add(c.multiply(moment(n, k * order)));
        }
        assertDyson(theory, divide(numerator, denominator), maxOrder,
                d -> d.weight().rational().multiply(d.tensor().get("delta[a1,a2]").at(BigFraction.of(n))),
                name + " N=" + n);
    }

    /**
     * Σ(G) = Σ over the 1PI skeleton self-energies (--1pi --no-self-energy --dressed) of their
     * coefficient times G to the number of their internal lines, couplings set to 1 and the order
     * tracked by position; then G (1 − Σ(G)) = 1 order by order.
     */
    private static void assertDyson(Theory theory, List<BigFraction> g, int maxOrder,
                                     java.util.function.Function<Diagram, BigFraction> coefficient, String what) {
        List<BigFraction> sigma = new ArrayList<>(Collections.nCopies(maxOrder + 1, BigFraction.ZERO));
        List<Diagram> skeletons = DiagramExpansion.expand(ExpansionRequest.orders(theory, 2, 1, maxOrder,
                new Filters(false, true, false, true, true)), ProgressListener.NONE).diagrams();
        for (Diagram d : skeletons) {
            long internalLines = d.propagators().stream().filter(p -> p.from() >= 2 && p.to() >= 2).count();
            List<BigFraction> term = new ArrayList<>(Collections.nCopies(maxOrder + 1, BigFraction.ZERO));
            term.set(d.order(), coefficient.apply(d));
            for (long i = 0; i < internalLines; i++) {
                term = times(term, g);
            }
            sigma = plus(sigma, term);
        }
        List<BigFraction> one = new ArrayList<>(Collections.nCopies(maxOrder + 1, BigFraction.ZERO));
        one.set(0, BigFraction.ONE);
        List<BigFraction> product = times(g, minus(one, sigma));
        for (int o = 0; o <= maxOrder; o++) {
            assertEquals(o == 0 ? BigFraction.ONE : BigFraction.ZERO, product.get(o), what + " order " + o);
        }
    }

    /** ⟨(φ·φ)^m⟩ of the N-component Gaussian. */
    private static BigFraction moment(int n, int m) {
        BigFraction v = BigFraction.ONE;
        for (int j = 0; j < m; j++) {
            v = v.multiply(n + 2 * j);
        }
        return v;
    }
}
