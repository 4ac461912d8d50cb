package org.feynet.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import static org.feynet.fixtures.SeriesLists.*;
import org.feynet.rules.BuiltinTheories;
import org.feynet.rules.PolynomialInN;
import org.feynet.rules.Theory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * O(N) vector models against the 0-dimensional series computed here from the moments
 * ⟨(φ·φ)^m⟩ = N(N+2)…(N+2m−2) of the Gaussian in N dimensions, at N = 1 … 7 (more values than the
 * degree of any polynomial checked), and against the textbook factors of the one-loop self-energy
 * (N+2)/3 and vertex (N+8)/9 (Zinn-Justin, QFT and Critical Phenomena, ch. 10; Kleinert and
 * Schulte-Frohlinde ch. 6).
 */
class VectorModelTest {

    /** ⟨(φ·φ)^m⟩ of the free theory with N components. */
    private static BigFraction moment(int n, int m) {
        BigFraction v = BigFraction.ONE;
        for (int j = 0; j < m; j++) {
            v = v.multiply(n + 2 * j);
        }
        return v;
    }

    /** Coefficients in the coupling of ⟨(φ·φ)^extra e^{−c(φ·φ)^k}⟩, c = r·coupling, to order K. */
    private static List<BigFraction> series(int n, int k, BigFraction r, int extra, int maxOrder) {
        List<BigFraction> out = new ArrayList<>();
        BigFraction factorial = BigFraction.ONE;
        for (int order = 0; order <= maxOrder; order++) {
            if (order > 0) {
                factorial = factorial.multiply(order);
            }
            out.add(r.negate().pow(order).divide(factorial).multiply(moment(n, k * order + extra)));
        }
        return out;
    }

    private static List<PolynomialInN> engine(Theory theory, int points, int maxOrder) {
        List<PolynomialInN> out = new ArrayList<>();
        for (int k = 0; k <= maxOrder; k++) {
            out.add(PolynomialInN.ZERO);
        }
        for (OrderSummary s : DiagramExpansion.count(ExpansionRequest.orders(theory, points, 0, maxOrder, Filters.CONNECTED),
                ProgressListener.NONE).orders()) {
            out.set(s.order(), out.get(s.order()).plus(s.weightSumN()));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}, valence {1}, to order {2}")
    @CsvSource({"on4,2,5", "on6,3,3"})
    void twoPointFourPointAndLogZAreTheZeroDimensionalSeries(String name, int k, int maxOrder) {
        Theory theory = BuiltinTheories.byName(name);
        BigFraction r = theory.vertices().get(0).actionCoefficient().rational();
        List<PolynomialInN> two = engine(theory, 2, maxOrder);
        List<PolynomialInN> four = engine(theory, 4, maxOrder);
        List<PolynomialInN> vacuum = engine(theory, 0, Math.min(maxOrder, 4));
        for (int components = 1; components <= 7; components++) {
            final int n = components;
            BigFraction bigN = BigFraction.of(n);
            List<BigFraction> z = series(n, k, r, 0, maxOrder);
            // <phi_a phi_b> = delta_ab <phi.phi>/N
            List<BigFraction> g2 = divide(series(n, k, r, 1, maxOrder), z).stream().map(x -> x.divide(n)).toList();
            // <phi_a phi_b phi_c phi_d> = A (d_ab d_cd + d_ac d_bd + d_ad d_bc), A = <(phi.phi)^2>/(N(N+2));
            // its connected part subtracts the products of two-point functions, pairing by pairing
            List<BigFraction> a = divide(series(n, k, r, 2, maxOrder), z).stream()
                    .map(x -> x.divide(n * (n + 2))).toList();
            List<BigFraction> g2sq = times(g2, g2);
            List<BigFraction> logZ = log(z);
            for (int order = 0; order <= maxOrder; order++) {
                assertEquals(g2.get(order), two.get(order).at(bigN), name + " 2-point, N=" + n + ", order " + order);
                assertEquals(a.get(order).subtract(g2sq.get(order)), four.get(order).at(bigN),
                        name + " 4-point connected, N=" + n + ", order " + order);
                if (order < vacuum.size()) {
                    assertEquals(logZ.get(order), vacuum.get(order).at(bigN), name + " log Z, N=" + n + ", order " + order);
                }
            }
        }
    }

    /**
     * N given as a number (an action file's {@code "components": 3}): every weight is a number, and
     * the weight sums are the 0-dimensional series at that N, 2 and 4 points to order 4.
     */
    @ParameterizedTest(name = "N = {0}")
    @CsvSource({"2", "3", "5"})
    void numericNIsTheZeroDimensionalSeriesAtThatN(int n) {
        org.feynet.rules.Field phi = new org.feynet.rules.Field("phi", n);
        Theory theory = new org.feynet.rules.ActionDeclaration("o" + n, "lambda/4!*(phi.phi)^2", List.of(phi), List.of(),
                null, java.util.Map.of()).theory();
        assertEquals(n, theory.numericN());
        int maxOrder = 4;
        BigFraction r = BigFraction.of(1, 24);
        List<PolynomialInN> two = engine(theory, 2, maxOrder);
        List<PolynomialInN> four = engine(theory, 4, maxOrder);
        List<BigFraction> z = series(n, 2, r, 0, maxOrder);
        List<BigFraction> g2 = divide(series(n, 2, r, 1, maxOrder), z).stream().map(x -> x.divide(n)).toList();
        List<BigFraction> a = divide(series(n, 2, r, 2, maxOrder), z).stream().map(x -> x.divide(n * (n + 2))).toList();
        List<BigFraction> g2sq = times(g2, g2);
        for (int order = 0; order <= maxOrder; order++) {
            // a number, not a polynomial in N: the constant term holds everything
            assertTrue(two.get(order).coefficients().size() <= 1, two.get(order).toString());
            assertEquals(g2.get(order), two.get(order).coefficient(0), "2-point, order " + order);
            assertEquals(a.get(order).subtract(g2sq.get(order)), four.get(order).coefficient(0), "4-point, order " + order);
        }
    }

    @Test
    void textbookOneLoopFactors() {
        Theory on4 = BuiltinTheories.byName("on4");
        // self-energy: the tadpole is (N+2)/3 times the scalar -lambda/2
        OrderSummary tadpole = DiagramExpansion.count(ExpansionRequest.orders(on4, 2, 1, 1, Filters.CONNECTED),
                ProgressListener.NONE).orders().get(0);
        assertEquals(BigFraction.of(-1, 2).multiply(BigFraction.of(3, 3)), tadpole.weightSumN().at(BigFraction.ONE));
        assertEquals("-(N + 2)/6", tadpole.weightSumN().toString());
        // vertex: the three one-loop bubbles are (N+8)/9 times the scalar 3 lambda^2/2, on delta12 delta34
        OrderSummary bubbles = DiagramExpansion.count(ExpansionRequest.loops(on4, 4, 1, new Filters(false, true, false, false)),
                ProgressListener.NONE).orders().get(0);
        assertEquals("(N + 8)/18", bubbles.weightSumN().toString());
        // at N = 1 every diagram is the scalar one
        assertEquals(BigFraction.of(3, 2), bubbles.weightSumRational());
    }

    @Test
    void tadpoleTensorCountsTheClosedLoop() {
        // one vertex, legs x1 x2 and a self-loop: of the 3 pairings, (x1 x2)(loop) closes the loop (N),
        // the two others run x1 -> loop -> x2 (1 each)
        int[][] adj = {{0, 0, 1}, {0, 0, 1}, {1, 1, 1}};
        Map<String, PolynomialInN> t = IndexContraction.of(2, adj);
        assertEquals(Map.of("delta[a1,a2]", PolynomialInN.ofCounts(new long[] {2, 1})), t);
    }
}
