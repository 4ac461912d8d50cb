package org.feynet.graph;

/**
 * Decides whether a (partial) adjacency matrix is the canonical representative of its class, and
 * counts its automorphisms.
 *
 * <p><b>Canonical form.</b> Read the upper triangle of the symmetric multiplicity matrix column by
 * column: column c is {@code (A[0][c], A[1][c], …, A[c-1][c], A[c][c])}, the links of point c to the
 * points before it and then its self-loops. A matrix is canonical when this sequence is
 * lexicographically maximal among all matrices obtained by relabelling internal vertices within
 * their block of {@link PointLayout} (external points are fixed: legs are labelled). This is the
 * ordering of R. C. Read, Ann. Discrete Math. 2 (1978) 107 and I. A. Faradzev (1978): the leading
 * principal submatrix of a canonical matrix is itself canonical, so a generator that adds one
 * column at a time can discard a non-canonical prefix with all its completions ("orderly
 * generation"; QGRAF, P. Nogueira, J. Comput. Phys. 105 (1993) 279, uses the same principle).
 *
 * <p><b>Search.</b> Backtracking over relabellings σ, position by position: the vertex put at
 * position q is compared, column against column, with the original column q. A larger column
 * proves the matrix is not canonical (stop); a smaller one prunes the branch; an equal one goes
 * deeper. Every branch that stays equal to the end is an automorphism, so the same search returns
 * |Aut| of the vertex multigraph (fixing the external points). Cost: O(|Aut| · m²) for the
 * surviving branches plus the pruned ones, m = number of points; for Feynman diagrams of the sizes
 * generated here (m ≤ ~20) the pruning keeps it to a few microseconds per call.
 *
 * <p>Not thread-safe: one instance per generator.
 */
final class CanonicityTest {
    /** Returned by {@link #test} when a relabelling gives a larger matrix. */
    static final long NOT_CANONICAL = -1;

    private final PointLayout layout;
    private final int[] perm;
    private final boolean[] used;
    private int[][] adj;
    private int last;
    private long automorphisms;
    private java.util.List<int[]> collected;

    CanonicityTest(PointLayout layout) {
        this.layout = layout;
        this.perm = new int[layout.size];
        this.used = new boolean[layout.size];
        for (int i = 0; i < layout.externals; i++) {
            perm[i] = i;
        }
    }

    /**
     * Tests the leading principal submatrix on points {@code 0 … last}.
     *
     * @return {@link #NOT_CANONICAL}, or the number of relabellings of points {@code 0 … last} that
     *         leave the submatrix unchanged (its automorphism group order, at least 1)
     */
    long test(int[][] adjacency, int last) {
        this.adj = adjacency;
        this.last = last;
        this.automorphisms = 0;
        if (!search(layout.externals)) {
            return NOT_CANONICAL;
        }
        return automorphisms;
    }

    /** @return false when a larger relabelling was found */
    private boolean search(int q) {
        if (q > last) {
            automorphisms++;
            if (collected != null) {
                collected.add(perm.clone());
            }
            return true;
        }
        int end = Math.min(layout.blockEnd[q], last + 1);
        for (int v = layout.blockStart[q]; v < end; v++) {
            if (used[v]) {
                continue;
            }
            int c = compareColumn(q, v);
            if (c > 0) {
                return false;
            }
            if (c == 0) {
                perm[q] = v;
                used[v] = true;
                boolean ok = search(q + 1);
                used[v] = false;
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The automorphisms of a canonical matrix over all its points, as permutations (position →
     * point); the identity is among them. Used to tell field assignments of one topology apart.
     */
    java.util.List<int[]> automorphisms(int[][] adjacency) {
        collected = new java.util.ArrayList<>();
        try {
            if (test(adjacency, layout.size - 1) == NOT_CANONICAL) {
                throw new IllegalArgumentException("matrix is not canonical");
            }
            return collected;
        } finally {
            collected = null;
        }
    }

    /** Column q of the relabelled matrix (vertex v at position q) against column q of the original. */
    private int compareColumn(int q, int v) {
        int[] rowV = adj[v];
        int[] rowQ = adj[q]; // the matrix is symmetric: row q holds column q, read contiguously
        for (int i = 0; i < q; i++) {
            int a = rowV[perm[i]];
            int b = rowQ[i];
            if (a != b) {
                return a > b ? 1 : -1;
            }
        }
        return Integer.compare(rowV[v], rowQ[q]);
    }
}
