package org.feynet.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.rules.ActionDeclaration;
import org.feynet.rules.CouplingMonomial;
import org.feynet.rules.Field;
import org.feynet.rules.PropagatorRule;
import org.feynet.rules.Theory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The neuron-index counting ({@link Scaling}: N per closed index loop, the external index structure)
 * and the multi-local combinatorics of the recurrent network's action, checked in 0 dimensions
 * against an independent formal Gaussian integral at fixed N = 1 … 4.
 *
 * <p>In 0 dimensions every propagator is 1 and all times collapse (h[t1] = h[t2] = h). With
 * non-retarded, non-equal-time rules no diagram is dropped by causality, and the action
 * {@code sw*w[t1,t2]*zt[t1]*zt[t2] + sw*wt[t1,t2]*(h[t1]*h[t2] - 2/3*h[t1]*h[t2]^3)} becomes
 * V = sw·w·Σ_i z̃_i² + sw·w̃·Σ_i (h_i² − (2/3) h_i⁴) over variables h_i, z̃_i (i = 1 … N) and the
 * singlets w, w̃, with the (indefinite) covariances ⟨h_i h_j⟩ = ⟨h_i z̃_j⟩ = δ_ij, ⟨z̃ z̃⟩ = 0,
 * ⟨w w̃⟩ = 1, ⟨w w⟩ = ⟨w̃ w̃⟩ = 0. Wick's theorem is algebraic, so ⟨h_a h_b …⟩ =
 * ⟨h_a h_b … e^{−V}⟩₀ / ⟨e^{−V}⟩₀ is computed exactly here from the moments of monomials, which
 * factorise over neurons and the (w, w̃) pair; for one neuron ⟨h^p z̃^q⟩ = p!/(p−q)! · (p−q−1)!!
 * (each z̃ takes its own h, the other h's pair among themselves), and ⟨w^m w̃^n⟩ = m! δ_mn.
 *
 * <p>The engine side: the full diagrams (no vacuum bubbles, disconnected pieces allowed) at order K,
 * Σ_d weight_d · N^{nPower_d} · [external indices allowed by the structure of d]. Summing Wick
 * contractions over the neuron of each vertex is summing over index assignments constant on each
 * connected component of the graph of indexed lines (vertices are diagonal, lines are δ_ij): a
 * component holding external points is fixed to their index (and vanishes unless they agree), a
 * closed one is summed freely and gives N. No N power is declared for sw, so nPower is exactly the
 * number of closed index loops.
 */
class NeuronIndexZeroDimTest {

    static final Theory NET = theory();
    private static final int MAX_N = 4;

    private static Theory theory() {
        Field h = new Field("h", Field.NEURON_INDEX);
        Field zt = new Field("zt", Field.NEURON_INDEX);
        Field w = new Field("w", 1, "w", Field.Time.PAIR);
        Field wt = new Field("wt", 1, "wt", Field.Time.PAIR);
        return new ActionDeclaration("net0",
                "sw*w[t1,t2]*zt[t1]*zt[t2] + sw*wt[t1,t2]*(h[t1]*h[t2] - 2/3*h[t1]*h[t2]^3)", List.of(h, zt, w, wt),
                List.of(new PropagatorRule(h, h, false, false), new PropagatorRule(h, zt, false, false),
                        new PropagatorRule(w, wt, false, false)), null, Map.of()).theory();
    }

    /** The engine's full diagrams of ⟨h … h⟩ at order K. */
    static List<Diagram> diagrams(int points, int order) {
        List<Integer> legs = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            legs.add(NET.fieldIndex(NET.fields().get(0)));
        }
        List<Diagram> out = new ArrayList<>();
        DiagramExpansion.stream(new ExpansionRequest(NET, points, order, order, -1,
                new Filters(true, false, false, false), legs), out::add, ProgressListener.NONE);
        return out;
    }

    /** Σ_d weight_d N^{nPower_d} [index structure of d allows the external neurons]. */
    private static BigFraction engineSum(List<Diagram> diagrams, int order, int n, int[] neurons) {
        BigFraction sum = BigFraction.ZERO;
        for (Diagram d : diagrams) {
            assertEquals(CouplingMonomial.of("sw").pow(order), d.weight().couplings(), d.picture(NET));
            BigFraction nPower = d.scaling().nPower();
            assertTrue(nPower.signum() >= 0 && nPower.getDenominator().equals(BigInteger.ONE), d.picture(NET));
            if (allows(d.scaling().indices(), neurons)) {
                sum = sum.add(d.weight().rational().multiply(BigFraction.of(
                        BigInteger.valueOf(n).pow(nPower.getNumerator().intValueExact()))));
            }
        }
        return sum;
    }

    /** Whether "delta[a1,a2]*delta[a3,a4]" (or "1") is 1 for these external neurons. */
    static boolean allows(String indices, int[] neurons) {
        if (indices.equals("1")) {
            return true;
        }
        for (String delta : indices.split("\\*")) {
            int[] tied = Arrays.stream(delta.substring("delta[".length(), delta.length() - 1).split(","))
                    .mapToInt(a -> Integer.parseInt(a.substring(1)) - 1).toArray();
            for (int x : tied) {
                if (neurons[x] != neurons[tied[0]]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Reference: the coefficients of sw^0 … sw^K of ⟨Π_x h_{neurons[x]}⟩ for N neurons. */
    static BigFraction[] reference(int n, int maxOrder, int[] neurons) {
        BigFraction[] z = new BigFraction[maxOrder + 1];
        BigFraction[] num = new BigFraction[maxOrder + 1];
        for (int k = 0; k <= maxOrder; k++) {
            z[k] = interacting(n, k, new int[0], 0, new int[3 * n], BigFraction.ONE);
            num[k] = interacting(n, k, neurons, 0, new int[3 * n], BigFraction.ONE);
        }
        BigFraction[] g = new BigFraction[maxOrder + 1];
        for (int k = 0; k <= maxOrder; k++) { // g = num / z as power series, z[0] = 1
            g[k] = num[k];
            for (int j = 1; j <= k; j++) {
                g[k] = g[k].subtract(z[j].multiply(g[k - j]));
            }
        }
        return g;
    }

    private static final BigFraction[] TERM = {BigFraction.ONE, BigFraction.ONE, BigFraction.of(-2, 3)};

    /**
     * Σ over multisets of K vertices, each a term (0: w z̃_i², 1: w̃ h_i², 2: w̃ h_i⁴) on a neuron i,
     * of (−1)^K Π c^m / m! × ⟨externals · monomial⟩₀: the sw^K coefficient of ⟨Π h e^{−V}⟩₀.
     * Type t = 3i + term; counts[t] = m.
     */
    private static BigFraction interacting(int n, int left, int[] neurons, int type, int[] counts, BigFraction coef) {
        if (left == 0) {
            return coef.multiply(moment(n, neurons, counts));
        }
        if (type == counts.length) {
            return BigFraction.ZERO;
        }
        BigFraction sum = BigFraction.ZERO;
        BigFraction c = coef;
        for (int m = 0; m <= left; m++) {
            if (m > 0) {
                c = c.multiply(TERM[type % 3].negate()).divide(m);
            }
            counts[type] = m;
            sum = sum.add(interacting(n, left - m, neurons, type + 1, counts, c));
        }
        counts[type] = 0;
        return sum;
    }

    /** ⟨Π_x h_{neurons[x]} · Π_t (term t)^{counts[t]}⟩₀, factorised over neurons and (w, w̃). */
    private static BigFraction moment(int n, int[] neurons, int[] counts) {
        int ws = 0;
        int wts = 0;
        BigInteger out = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            int p = 2 * counts[3 * i + 1] + 4 * counts[3 * i + 2];
            int q = 2 * counts[3 * i];
            for (int a : neurons) {
                p += a == i + 1 ? 1 : 0;
            }
            ws += counts[3 * i];
            wts += counts[3 * i + 1] + counts[3 * i + 2];
            if (q > p || (p - q) % 2 != 0) {
                return BigFraction.ZERO;
            }
            out = out.multiply(falling(p, q)).multiply(doubleFactorial(p - q - 1));
        }
        return ws != wts ? BigFraction.ZERO : BigFraction.of(out.multiply(falling(ws, ws)));
    }

    private static BigInteger falling(int p, int q) {
        BigInteger r = BigInteger.ONE;
        for (int j = 0; j < q; j++) {
            r = r.multiply(BigInteger.valueOf(p - j));
        }
        return r;
    }

    private static BigInteger doubleFactorial(int m) {
        BigInteger r = BigInteger.ONE;
        for (int j = m; j > 1; j -= 2) {
            r = r.multiply(BigInteger.valueOf(j));
        }
        return r;
    }

    /** ⟨h_a h_b⟩, a = b and a ≠ b, for N = 1 … 4 at order K. */
    @ParameterizedTest(name = "order {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void twoPointFunctionMatchesFormalGaussian(int order) {
        List<Diagram> diagrams = diagrams(2, order);
        for (int n = 1; n <= MAX_N; n++) {
            for (int[] ab : n == 1 ? List.of(new int[] {1, 1}) : List.of(new int[] {1, 1}, new int[] {1, 2})) {
                BigFraction expected = reference(n, order, ab)[order];
                assertEquals(expected, engineSum(diagrams, order, n, ab),
                        "<h_" + ab[0] + " h_" + ab[1] + "> at N = " + n + ", sw^" + order);
            }
        }
        if (order == 4) {
            assertTrue(diagrams.stream().anyMatch(d -> d.scaling().nPower().signum() > 0), "closed index loops occur");
            assertTrue(diagrams.stream().anyMatch(d -> d.scaling().nPower().compareTo(BigFraction.ONE) > 0),
                    "two closed index loops occur");
            // each vertex has an even number of indexed legs, so x1 and x2 always share one index component
            assertTrue(diagrams.stream().allMatch(d -> d.scaling().indices().equals("delta[a1,a2]")));
        }
    }

    /**
     * ⟨h_a h_b h_c h_d⟩ for the index patterns that separate the structures δ12δ34, δ13δ24, δ14δ23
     * and δ1234, up to order 3, N = 1 … 3.
     */
    @Test
    void fourPointFunctionMatchesFormalGaussian() {
        int[][] patterns = {{1, 1, 1, 1}, {1, 1, 2, 2}, {1, 2, 1, 2}, {1, 2, 2, 1}, {1, 1, 1, 2}, {1, 2, 3, 3}};
        for (int order = 0; order <= 3; order++) {
            List<Diagram> diagrams = diagrams(4, order);
            for (int n = 1; n <= 3; n++) {
                for (int[] p : patterns) {
                    if (Arrays.stream(p).max().orElse(0) > n) {
                        continue;
                    }
                    assertEquals(reference(n, order, p)[order], engineSum(diagrams, order, n, p),
                            "<h h h h> at neurons " + Arrays.toString(p) + ", N = " + n + ", sw^" + order);
                }
            }
            if (order % 2 == 1) { // w and w̃ come in pairs: odd orders have no diagrams
                assertEquals(List.of(), diagrams);
            } else if (order > 0) {
                assertTrue(diagrams.stream().anyMatch(d -> d.scaling().indices().equals("delta[a1,a2,a3,a4]")));
                assertTrue(diagrams.stream().anyMatch(d -> d.scaling().indices().equals("delta[a1,a3]*delta[a2,a4]")));
            }
        }
    }
}
