package org.feynet.graph;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.rules.Field;
import org.feynet.rules.PropagatorRule;
import org.feynet.rules.Theory;
import org.feynet.rules.VertexRule;

/**
 * How a diagram of a network's field theory scales with the width N and the depth T, and how its
 * external neuron indices are tied.
 *
 * <p>Power of N: each vertex contributes the powers of N its couplings carry (declared in the
 * action file, e.g. −1/2 for σ_w/√N), and each closed neuron-index loop one power of N. A vertex is
 * diagonal in the neuron index (all its indexed legs carry the same i, summed over) and a propagator
 * of indexed fields is δ_ij, so the index loops are the connected components of the graph of
 * indexed lines that hold no external point (union–find, near-linear). Power of T: the free time
 * integrals of {@link TimeClasses}.
 *
 * <p>Grosvenor and Jefferson (SciPost Phys. 12 (2022) 081, secs. 5–6) sort the corrections to the
 * two-point function this way: O(1) "cactus" diagrams and O(T/N) "mushroom" diagrams.
 *
 * @param nPower the power of N
 * @param tPower the power of T (−1 when the theory has no time structure to count)
 * @param indices the external index structure: {@code delta[a1,a2]} when x1 and x2 share one index
 *                loop, a product for several, {@code 1} when no two external indices are tied
 * @param indexLoops the closed neuron-index loops, each a factor N (part of nPower)
 */
public record Scaling(BigFraction nPower, int tPower, String indices, int indexLoops) {

    /** The scaling of one coloured diagram. */
    static Scaling of(Theory theory, int externals, int[] types, int[][][] perKind) {
        int size = types.length;
        BigFraction n = BigFraction.ZERO;
        for (int p = externals; p < size; p++) {
            VertexRule v = theory.vertices().get(types[p]);
            for (Map.Entry<String, Integer> c : v.actionCoefficient().couplings().powers().entrySet()) {
                BigFraction per = theory.nPowers().getOrDefault(c.getKey(), BigFraction.ZERO);
                n = n.add(per.multiply(c.getValue()));
            }
        }
        int[] parent = new int[size];
        boolean[] indexed = new boolean[size];
        for (int p = 0; p < size; p++) {
            parent[p] = p;
        }
        List<PropagatorRule> rules = theory.propagators();
        for (int k = 0; k < perKind.length; k++) {
            if (!rules.get(k).a().hasNeuronIndex()) {
                continue;
            }
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    if (perKind[k][i][j] > 0) {
                        indexed[i] = true;
                        indexed[j] = true;
                        parent[find(parent, i)] = find(parent, j);
                    }
                }
            }
        }
        boolean[] external = new boolean[size];
        for (int x = 0; x < externals; x++) {
            if (indexed[x]) {
                external[find(parent, x)] = true;
            }
        }
        boolean[] counted = new boolean[size];
        int loops = 0;
        for (int p = externals; p < size; p++) {
            int root = find(parent, p);
            if (indexed[p] && !external[root] && !counted[root]) {
                counted[root] = true;
                loops++;
            }
        }
        n = n.add(BigFraction.of(loops));
        List<String> deltas = new ArrayList<>();
        boolean[] written = new boolean[size];
        for (int x = 0; x < externals; x++) {
            int root = find(parent, x);
            if (!indexed[x] || written[root]) {
                continue;
            }
            written[root] = true;
            List<String> tied = new ArrayList<>();
            for (int y = x; y < externals; y++) {
                if (indexed[y] && find(parent, y) == root) {
                    tied.add("a" + (y + 1));
                }
            }
            if (tied.size() > 1) {
                deltas.add("delta[" + String.join(",", tied) + "]");
            }
        }
        int t = theory.hasTimes() ? TimeClasses.of(theory, externals, types, perKind).freeIntegrals() : -1;
        return new Scaling(n, t, deltas.isEmpty() ? "1" : String.join("*", deltas), loops);
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** A power of N as written: {@code -1}, {@code -1/2}. */
    public String nPowerText() {
        return fraction(nPower);
    }

    /** {@code a/b} without spaces, {@code a} for an integer. */
    public static String fraction(BigFraction f) {
        return f.getDenominator().equals(BigInteger.ONE) ? f.getNumerator().toString()
                : f.getNumerator() + "/" + f.getDenominator();
    }

    /**
     * The order as a physicist writes it: {@code 1}, {@code 1/N}, {@code T/N}, {@code T^2/N^2},
     * {@code N^(1/2)}…
     */
    public String order() {
        String num = "";
        String den = "";
        if (tPower > 0) {
            num = tPower == 1 ? "T" : "T^" + tPower;
        }
        int sign = nPower.signum();
        if (sign != 0) {
            BigFraction abs = nPower.abs();
            String power = abs.getDenominator().equals(BigInteger.ONE)
                    ? (abs.getNumerator().equals(BigInteger.ONE) ? "N" : "N^" + abs.getNumerator())
                    : "N^(" + fraction(abs) + ")";
            if (sign > 0) {
                num = num.isEmpty() ? power : num + "*" + power;
            } else {
                den = power;
            }
        }
        if (num.isEmpty()) {
            num = "1";
        }
        return den.isEmpty() ? num : num + "/" + den;
    }

    /** The seed's name for the group of two-point diagrams of this order, or empty. */
    public String seedName() {
        if (tPower < 0) {
            return "";
        }
        if (nPower.signum() == 0 && tPower == 0) {
            return "cactus";
        }
        if (nPower.equals(BigFraction.of(-1)) && tPower == 1) {
            return "mushroom";
        }
        return "";
    }
}
