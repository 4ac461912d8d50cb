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
 * <p>Grosvenor and Jefferson (SciPost Phys. 12 (2022) 081) sort the corrections to the two-point
 * function into O(1) "cactus" diagrams and O(T/N) "mushroom" diagrams. In most diagrams of a
 * network's auxiliary-field action the external h's meet, through response lines, at one w z̃ z̃
 * vertex whose w line (the stem) carries the rest of the diagram (the cap): the diagram is a
 * tadpole of the noise variance. At N⁰ the cap is a tree of tadpoles on closed h loops — the
 * cactus, which sums to the mean-field kernel (NetworkVersusEnsembleTest). At 1/N the cap closes
 * one loop through the auxiliary lines, e.g. two w lines ending on a bubble of h lines, the
 * variance of the kernel — the mushroom, the first finite-width correction; its depth factor T
 * appears when the mushrooms are summed over orders at criticality (σ_w = 1, where the kernel's
 * response to an earlier layer does not decay): for a deep feed-forward network the test fixture
 * FeedForwardKernel gives a relative correction t/(2N) at layer t, checked against the ensemble
 * average. The names here are therefore given by shape and power of N ({@link #seedName}), and the
 * power of T is reported beside them as the theory's time structure counts it. Diagrams of other
 * shapes (x1 and x2 on different vertices: exchange diagrams) have no name.
 *
 * @param nPower the power of N
 * @param tPower the power of T (−1 when the theory has no time structure to count)
 * @param indices the external index structure: {@code delta[a1,a2]} when x1 and x2 share one index
 *                loop, a product for several, {@code 1} when no two external indices are tied
 * @param indexLoops the closed neuron-index loops, each a factor N (part of nPower)
 * @param stemAndCap whether every external point joins one vertex by its only line and that vertex
 *                has exactly one more line, to another vertex: a tadpole on the external vertex
 */
public record Scaling(BigFraction nPower, int tPower, String indices, int indexLoops, boolean stemAndCap) {

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
        return new Scaling(n, t, deltas.isEmpty() ? "1" : String.join("*", deltas), loops,
                theory.hasNeuronIndex() && stemAndCap(rules, externals, size, perKind));
    }

    /**
     * Whether the diagram is a tadpole on its external vertex: each external point has one line, all
     * go to the same internal vertex v, and v has exactly one line more, to another vertex (the
     * stem). Reads only the rows of the external points and of v: O(kinds · points), no allocation
     * (it runs once per coloured diagram).
     */
    static boolean stemAndCap(List<PropagatorRule> rules, int externals, int size, int[][][] perKind) {
        int vertex = -1;
        for (int x = 0; x < externals; x++) {
            int only = -1;
            int count = 0;
            for (int q = 0; q < size; q++) {
                int c = lines(rules, perKind, x, q);
                count += c;
                if (c > 0) {
                    only = q;
                }
            }
            if (count != 1 || only < externals || (vertex >= 0 && only != vertex)) {
                return false;
            }
            vertex = only;
        }
        if (vertex < 0 || lines(rules, perKind, vertex, vertex) > 0) {
            return false;
        }
        int others = 0;
        for (int q = externals; q < size; q++) {
            others += lines(rules, perKind, vertex, q);
        }
        return others == 1;
    }

    /** The lines between points i and j (self-loops when i = j), over all propagator kinds. */
    private static int lines(List<PropagatorRule> rules, int[][][] perKind, int i, int j) {
        int count = 0;
        for (int k = 0; k < perKind.length; k++) {
            count += perKind[k][i][j];
            // a symmetric kind stores a line both ways, an oriented one once (a at the first index)
            if (i != j && !rules.get(k).isSymmetric()) {
                count += perKind[k][j][i];
            }
        }
        return count;
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

    /**
     * The seed's name for a two-point diagram of a theory with times, or empty: "cactus" for a tadpole
     * on the external vertex at N⁰, "mushroom" for one at 1/N (see the class comment).
     */
    public String seedName() {
        if (tPower < 0 || !stemAndCap) {
            return "";
        }
        if (nPower.signum() == 0) {
            return "cactus";
        }
        if (nPower.equals(BigFraction.of(-1))) {
            return "mushroom";
        }
        return "";
    }
}
