package org.feynet.graph;

/**
 * Connected components of a multiplicity matrix, by breadth-first search: O(m²) for m points,
 * which at diagram sizes beats building an adjacency-list graph. Callers on hot paths pass their
 * own buffers.
 */
final class Components {
    private Components() {
    }

    /**
     * Labels each of the first {@code size} points with the index of its component, numbered in
     * order of their smallest point.
     *
     * @param label receives the component index of each point
     * @param queue work space of at least {@code size} entries
     * @return the number of components
     */
    static int label(int[][] adj, int size, int[] label, int[] queue) {
        java.util.Arrays.fill(label, 0, size, -1);
        int components = 0;
        for (int r = 0; r < size; r++) {
            if (label[r] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = r;
            label[r] = components;
            while (head < tail) {
                int[] row = adj[queue[head++]];
                for (int w = 0; w < size; w++) {
                    if (row[w] > 0 && label[w] < 0) {
                        label[w] = components;
                        queue[tail++] = w;
                    }
                }
            }
            components++;
        }
        return components;
    }

    static int count(int[][] adj, int size) {
        return label(adj, size, new int[size], new int[size]);
    }

    /**
     * For labels from {@link #label}: whether each component holds one of the external points
     * {@code 0 … points-1}.
     */
    static boolean[] holdsExternal(int[] label, int components, int points) {
        boolean[] external = new boolean[components];
        for (int x = 0; x < points; x++) {
            external[label[x]] = true;
        }
        return external;
    }
}
