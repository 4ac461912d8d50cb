package org.feynet.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.feynet.rules.Coefficient;
import org.feynet.rules.Theory;
import org.feynet.rules.VertexRule;

/**
 * How many vertices of each type a diagram has, e.g. two φ⁴ and one φ⁶ vertex. The generator runs
 * once per composition; the product of the vertex factors depends only on it.
 *
 * @param counts number of vertices of each type of {@link Theory#vertices()}
 */
record VertexComposition(int[] counts) {

    VertexComposition {
        counts = counts.clone();
    }

    int order() {
        return Arrays.stream(counts).sum();
    }

    /** Π over vertices of the vertex factor −c·n!. */
    Coefficient vertexFactorProduct(Theory theory) {
        Coefficient product = Coefficient.ONE;
        for (int t = 0; t < counts.length; t++) {
            product = product.times(theory.vertices().get(t).vertexFactor().pow(counts[t]));
        }
        return product;
    }

    /** Total number of half-edges with {@code points} external legs. */
    int halfEdges(Theory theory, int points) {
        int h = points;
        for (int t = 0; t < counts.length; t++) {
            h += counts[t] * theory.vertices().get(t).valence();
        }
        return h;
    }

    /** Loops of a diagram of this composition with {@code components} connected components. */
    int loops(Theory theory, int points, int components) {
        int edges = halfEdges(theory, points) / 2;
        return edges - (points + order()) + components;
    }

    PointLayout layout(Theory theory, int points) {
        int[] valences = theory.vertices().stream().mapToInt(VertexRule::valence).toArray();
        return new PointLayout(points, valences, counts);
    }

    /** Every composition of total order {@code order} over {@code types} vertex types. */
    static List<VertexComposition> ofOrder(int types, int order) {
        List<VertexComposition> out = new ArrayList<>();
        compose(new int[types], 0, order, out);
        return out;
    }

    private static void compose(int[] counts, int t, int left, List<VertexComposition> out) {
        if (t == counts.length - 1) {
            counts[t] = left;
            out.add(new VertexComposition(counts));
            return;
        }
        for (int k = left; k >= 0; k--) {
            counts[t] = k;
            compose(counts, t + 1, left - k, out);
        }
        counts[t] = 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VertexComposition c && Arrays.equals(counts, c.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return Arrays.toString(counts);
    }
}
