package org.feynet.graph;

/**
 * The symmetry factor S of a Feynman diagram: the order of its automorphism group fixing the
 * external points, counted on half-edges, i.e. edge permutations included.
 *
 * <p>Formula (DESIGN.md; e.g. Kleinert and Schulte-Frohlinde, <i>Critical Properties of φ⁴
 * Theories</i>, ch. 3): S = |Aut_V| · Π_{pairs i&lt;j} (A_ij)! · Π_i 2^{A_ii} (A_ii)!, where
 * Aut_V is the group of vertex relabellings preserving the multiplicity matrix A, the second factor
 * permutes parallel propagators and the third flips and permutes the self-loops at a vertex.
 */
public final class SymmetryFactor {
    private static final long[] FACTORIAL = new long[21];

    static {
        FACTORIAL[0] = 1;
        for (int i = 1; i < FACTORIAL.length; i++) {
            FACTORIAL[i] = FACTORIAL[i - 1] * i;
        }
    }

    private SymmetryFactor() {
    }

    /** n! for 0 ≤ n ≤ 20. */
    static long factorial(int n) {
        return FACTORIAL[n];
    }

    /**
     * @param adjacency symmetric multiplicity matrix, self-loops on the diagonal
     * @param size number of points to read
     * @param vertexAutomorphisms |Aut_V|
     */
    public static long of(int[][] adjacency, int size, long vertexAutomorphisms) {
        long s = vertexAutomorphisms;
        for (int i = 0; i < size; i++) {
            int[] row = adjacency[i];
            int loops = row[i];
            if (loops > 0) {
                s = Math.multiplyExact(s, Math.multiplyExact(1L << loops, FACTORIAL[loops]));
            }
            for (int j = i + 1; j < size; j++) {
                if (row[j] > 1) {
                    s = Math.multiplyExact(s, FACTORIAL[row[j]]);
                }
            }
        }
        return s;
    }
}
