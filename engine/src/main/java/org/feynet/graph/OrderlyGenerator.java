package org.feynet.graph;

/**
 * Generates every Feynman graph with a given set of vertices exactly once, up to relabelling of
 * internal vertices, without enumerating Wick contractions and without storing what it generated.
 *
 * <p><b>Algorithm</b> (orderly generation, R. C. Read 1978; the principle of QGRAF, P. Nogueira,
 * J. Comput. Phys. 105 (1993) 279). The symmetric multiplicity matrix of the graph is filled one
 * column at a time in the order of {@link PointLayout}: column j says how many propagators join
 * point j to each earlier point and how many self-loops it carries. After each column,
 * <ol>
 *   <li>degree constraints prune: the half-edges still open must fit in the later vertices, with
 *       the right parity, and none may be left when points remain (otherwise the remaining points
 *       would form a vacuum bubble, which is never produced);</li>
 *   <li>two cheap necessary conditions of canonicity prune: in a connected diagram with one vertex
 *       type every vertex is joined to an earlier point, and a column may not exceed the previous
 *       column of the same block (the transposition of the two would be larger), which caps the
 *       entries while the column is being enumerated;</li>
 *   <li>{@link CanonicityTest} discards the prefix unless it is the lexicographically largest of its
 *       class; canonical matrices have canonical prefixes, so nothing is lost.</li>
 *   <li>with several fields, optional caps on each entry and a check of each point's legs
 *       ({@link FieldFeasibility}: what the fields' legs can carry) cut topologies that no colouring
 *       could draw.</li>
 * </ol>
 * At the last column the canonicity test also returns |Aut_V|, from which
 * {@link SymmetryFactor} gives S. Memory is O(m²) for m points, whatever the number of diagrams.
 *
 * <p>Not thread-safe; one instance per vertex composition.
 */
final class OrderlyGenerator {

    /**
     * Necessary conditions a wanted diagram meets, used to prune: each must hold for every
     * relabelling inside blocks and for every prefix of a wanted diagram's matrix, so that pruning
     * loses no canonical matrix.
     */
    interface Pruning {
        /** The most lines between points i ≠ j, or self-loops at i = j. */
        int cap(int i, int j);

        /** False only when no completion of the filled columns 0 … j can be a wanted diagram. */
        boolean feasible(int[][] adjacency, int[] free, int j);
    }

    /** Receives each canonical matrix; the array is live and must not be kept. */
    interface MatrixVisitor {
        void visit(int[][] adjacency, long vertexAutomorphisms);
    }

    private final PointLayout layout;
    private final boolean connected;
    private final MatrixVisitor visitor;
    private final int[][] adj;
    private final int[] free;
    private final CanonicityTest canonicity;
    private final int[] queue;
    private final int[] labels;
    /** Caps on entries and a check of each filled column before the canonicity test; null: none. */
    private final Pruning pruning;

    /**
     * @param layout the points and their blocks
     * @param connected true for connected diagrams; false for diagrams whose every component
     *                  contains an external point
     * @param visitor receives each diagram
     */
    OrderlyGenerator(PointLayout layout, boolean connected, MatrixVisitor visitor) {
        this(layout, connected, visitor, null);
    }

    /**
     * @param pruning necessary conditions on the diagrams wanted (e.g. {@link FieldFeasibility}); null
     *                for none
     */
    OrderlyGenerator(PointLayout layout, boolean connected, MatrixVisitor visitor, Pruning pruning) {
        this.pruning = pruning;
        this.layout = layout;
        this.connected = connected;
        this.visitor = visitor;
        this.adj = new int[layout.size][layout.size];
        this.free = layout.degree.clone();
        this.canonicity = new CanonicityTest(layout);
        this.queue = new int[layout.size];
        this.labels = new int[layout.size];
    }

    /** Generates all diagrams of the layout. */
    void run() {
        int n = layout.externals;
        if (layout.size > 0 && (layout.degree[0] + layout.degreeAfter[0]) % 2 != 0) {
            return; // an odd number of half-edges cannot be paired
        }
        if (layout.size == n) {
            pairExternalsOnly();
            return;
        }
        if (connected) {
            column(n, n);
        } else {
            pairSomeExternals(0);
        }
    }

    /** Order 0: the external points joined among themselves. */
    private void pairExternalsOnly() {
        int n = layout.externals;
        if (connected) {
            if (n == 2 && cap(0, 1) >= 1) {
                link(0, 1, 1);
                visitor.visit(adj, 1);
                link(0, 1, 0);
            }
            return;
        }
        pairAll(0);
    }

    private void pairAll(int i) {
        int n = layout.externals;
        while (i < n && free[i] == 0) {
            i++;
        }
        if (i == n) {
            visitor.visit(adj, 1);
            return;
        }
        for (int j = i + 1; j < n; j++) {
            if (free[j] == 1 && cap(i, j) >= 1) {
                link(i, j, 1);
                pairAll(i + 1);
                link(i, j, 0);
            }
        }
    }

    /** Full diagrams: choose which external points are joined directly, then fill the vertices. */
    private void pairSomeExternals(int i) {
        int n = layout.externals;
        while (i < n && free[i] == 0) {
            i++;
        }
        if (i == n) {
            int open = 0;
            for (int k = 0; k < n; k++) {
                open += free[k];
            }
            if (open > 0) {
                column(n, open);
            }
            return;
        }
        pairSomeExternals(i + 1); // x_i goes to an internal vertex
        for (int j = i + 1; j < n; j++) {
            if (free[j] == 1 && cap(i, j) >= 1) {
                link(i, j, 1);
                pairSomeExternals(i + 1);
                link(i, j, 0);
            }
        }
    }

    private int cap(int i, int j) {
        return pruning == null ? Integer.MAX_VALUE : pruning.cap(i, j);
    }

    private void link(int i, int j, int multiplicity) {
        int delta = multiplicity - adj[i][j];
        adj[i][j] = multiplicity;
        adj[j][i] = multiplicity;
        free[i] -= delta;
        free[j] -= delta;
    }

    /** Fills column j; {@code open} is the number of unpaired half-edges of points before j. */
    private void column(int j, int open) {
        boolean sameBlockAsPrevious = j > layout.blockStart[j];
        fillRow(j, 0, layout.degree[j], 0, 0, open, sameBlockAsPrevious);
    }

    /**
     * Chooses A[i][j] for rows i, i+1, … .
     *
     * <p>{@code unlinked} counts the open half-edges of rows already passed that column j leaves
     * open: only points after j can close them, so more than {@link PointLayout#degreeAfter} of
     * them ends the branch (at the last column this forces every entry).
     *
     * <p>While {@code tight}, the column so far equals column j-1 (same block) on rows 0 … i-1, so
     * A[i][j] may not exceed A[i][j-1]: a larger column could be swapped with its predecessor into a
     * larger matrix. Both rules cut the enumeration early instead of rejecting finished columns.
     */
    private void fillRow(int j, int i, int remaining, int linked, int unlinked, int open, boolean tight) {
        int previous = j - 1;
        int rest = layout.degreeAfter[j];
        while (i < j && free[i] == 0) {
            if (tight && i < previous && adj[i][previous] > 0) {
                tight = false; // this column has 0 where the previous one has more: strictly smaller
            }
            i++;
        }
        if (i == j || remaining == 0) {
            if (open - linked > rest) {
                return;
            }
            if (tight && remaining == 0) {
                for (int k = i; k < previous; k++) {
                    if (adj[k][previous] > 0) {
                        tight = false;
                        break;
                    }
                }
            }
            chooseSelfLoops(j, remaining, linked, open, tight);
            return;
        }
        int max = Math.min(Math.min(free[i], remaining), cap(i, j));
        boolean capped = tight && i < previous;
        if (capped) {
            max = Math.min(max, adj[i][previous]);
        }
        for (int a = max; a >= 0; a--) {
            int stillOpen = unlinked + free[i] - a;
            if (stillOpen > rest) {
                break; // smaller a leaves even more open
            }
            adj[i][j] = a;
            adj[j][i] = a;
            free[i] -= a;
            fillRow(j, i + 1, remaining - a, linked + a, stillOpen, open, capped ? a == adj[i][previous] : tight);
            free[i] += a;
        }
        adj[i][j] = 0;
        adj[j][i] = 0;
    }

    private void chooseSelfLoops(int j, int remaining, int linked, int open, boolean tight) {
        int maxLoops = Math.min(remaining / 2, cap(j, j));
        if (tight) {
            maxLoops = Math.min(maxLoops, adj[j - 1][j - 1]);
        }
        for (int s = maxLoops; s >= 0; s--) {
            adj[j][j] = s;
            free[j] = remaining - 2 * s;
            acceptColumn(j, linked, open - linked + free[j]);
        }
        adj[j][j] = 0;
        free[j] = layout.degree[j];
    }

    private void acceptColumn(int j, int linked, int open) {
        int rest = layout.degreeAfter[j];
        if (open > rest || ((rest - open) & 1) != 0) {
            return;
        }
        boolean lastColumn = j == layout.size - 1;
        if (!lastColumn && open == 0) {
            return; // the remaining vertices could only form a vacuum bubble
        }
        if (connected && layout.singleBlock && linked == 0 && j > 0) {
            return; // canonical connected orderings join every vertex to an earlier point
        }
        if (pruning != null && !pruning.feasible(adj, free, j)) {
            return;
        }
        if (!lastColumn && j >= layout.size - 3) {
            // Near the end the subtree of a prefix holds a handful of matrices at most, and the full
            // test of each repeats the prefix test: skipping the last two prefix tests cut the
            // column comparisons at φ⁴ 2-point 9 loops from 88.7 M to 12.1 M (the last column is
            // forced anyway: it must close every open half-edge).
            column(j + 1, open);
            return;
        }
        long automorphisms = canonicity.test(adj, j);
        if (automorphisms == CanonicityTest.NOT_CANONICAL) {
            return;
        }
        if (lastColumn) {
            if (componentsAreValid()) {
                visitor.visit(adj, automorphisms);
            }
        } else {
            column(j + 1, open);
        }
    }

    /** Connected: one component. Full: every component holds an external point. */
    private boolean componentsAreValid() {
        int components = Components.label(adj, layout.size, labels, queue);
        if (connected) {
            return components == 1;
        }
        for (boolean external : Components.holdsExternal(labels, components, layout.externals)) {
            if (!external) {
                return false;
            }
        }
        return true;
    }
}
