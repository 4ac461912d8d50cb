package org.feynet.graph;

/** Connected components of a multiplicity matrix, by breadth-first search, O(m²). */
final class Components {
    private Components() {
    }

    static int count(int[][] adj, int size) {
        boolean[] seen = new boolean[size];
        int[] queue = new int[size];
        int components = 0;
        for (int r = 0; r < size; r++) {
            if (seen[r]) {
                continue;
            }
            components++;
            int head = 0;
            int tail = 0;
            queue[tail++] = r;
            seen[r] = true;
            while (head < tail) {
                int u = queue[head++];
                for (int w = 0; w < size; w++) {
                    if (adj[u][w] > 0 && !seen[w]) {
                        seen[w] = true;
                        queue[tail++] = w;
                    }
                }
            }
        }
        return components;
    }
}
