package org.feynet.graph;

import java.util.Arrays;

/**
 * The canonical numbering of a diagram's internal vertices: the one whose multiplicity matrix is
 * largest in the column order of {@link CanonicityTest}, vertices grouped in blocks by type.
 * Two diagrams are isomorphic (external points fixed) exactly when their canonical matrices are
 * equal, and the generator emits every diagram already in this numbering — so a diagram read from a
 * person's formula, relabelled here, can be compared with the generated ones entry by entry.
 *
 * <p>Algorithm: depth-first search over the vertex put at each position, comparing its column with
 * the best complete numbering found so far (branch and bound): a smaller column prunes, a larger
 * one makes the branch the new best. Worst case O(k!) for k vertices of one type, fast in practice
 * for diagrams of a hand calculation.
 */
public final class CanonicalLabelling {

    private final int points;
    private final int size;
    private final int[][] adj;
    private final int[] blockType;
    private final int[] vertexType;
    private final int[] perm;
    private final boolean[] used;
    private int[] best;
    private int[][] bestColumns;
    private long updates;

    private CanonicalLabelling(int points, int[] types, int[][] adjacency) {
        this.points = points;
        this.size = points + types.length;
        this.adj = adjacency;
        this.vertexType = types;
        int[] sorted = types.clone();
        Arrays.sort(sorted);
        this.blockType = sorted;
        this.perm = new int[size];
        this.used = new boolean[size];
        for (int i = 0; i < points; i++) {
            perm[i] = i;
        }
    }

    /**
     * @param points number of external points (fixed)
     * @param types type of each internal vertex, internal vertex i being point {@code points + i}
     * @param adjacency symmetric multiplicity matrix over all points, self-loops on the diagonal
     * @return for each position of the canonical numbering, the original point placed there
     *         (externals map to themselves; internal positions are sorted by type)
     */
    public static int[] of(int points, int[] types, int[][] adjacency) {
        CanonicalLabelling c = new CanonicalLabelling(points, types, adjacency);
        c.search(points, false);
        return c.best == null ? identity(points) : c.best;
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }

    /**
     * @param better whether the prefix placed so far is already larger than the current best's
     *               prefix (then any completion is a new best)
     */
    private void search(int q, boolean better) {
        if (q == size) {
            if (best == null || better) {
                best = perm.clone();
                bestColumns = new int[size][];
                for (int c = points; c < size; c++) {
                    bestColumns[c] = column(c, perm[c]);
                }
                updates++;
            }
            return;
        }
        for (int v = points; v < size; v++) {
            if (used[v] || vertexType[v - points] != blockType[q - points]) {
                continue;
            }
            int cmp = (best == null || better) ? 1 : compare(column(q, v), bestColumns[q]);
            if (cmp < 0) {
                continue;
            }
            perm[q] = v;
            used[v] = true;
            long before = updates;
            search(q + 1, best != null && (better || cmp > 0));
            used[v] = false;
            if (updates != before) {
                better = false; // the new best was completed from this very prefix: they are equal so far
            }
        }
    }

    private int[] column(int q, int v) {
        int[] col = new int[q + 1];
        for (int i = 0; i < q; i++) {
            col[i] = adj[perm[i]][v];
        }
        col[q] = adj[v][v];
        return col;
    }

    private static int compare(int[] a, int[] b) {
        return Arrays.compare(a, b);
    }

    /** The matrix in the canonical numbering. */
    public static int[][] relabel(int[][] adjacency, int[] perm) {
        int n = perm.length;
        int[][] out = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = adjacency[perm[i]][perm[j]];
            }
        }
        return out;
    }
}
