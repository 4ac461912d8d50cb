package org.feynet.graph;

import java.util.Arrays;

/**
 * Where each point sits in the adjacency matrix the generator fills: external points first, each in
 * its own colour class (labelled legs are never permuted), then the internal vertices in blocks, one
 * block per vertex type. Permutations that respect this layout (within a block) are the relabellings
 * under which two matrices describe the same diagram.
 */
final class PointLayout {
    /** Number of external points. */
    final int externals;
    /** Total number of points. */
    final int size;
    /** Degree (valence) of each point; 1 for external points. */
    final int[] degree;
    /** Vertex type of each point, -1 for external points. */
    final int[] type;
    /** First and one-past-last position of the block each point belongs to. */
    final int[] blockStart;
    final int[] blockEnd;
    /** Sum of degrees of points at positions > p. */
    final int[] degreeAfter;
    /** True when all internal vertices have the same type. */
    final boolean singleBlock;

    /**
     * @param externals number of external points
     * @param valences valence of each vertex type
     * @param counts number of vertices of each type
     */
    PointLayout(int externals, int[] valences, int[] counts) {
        this.externals = externals;
        int internal = Arrays.stream(counts).sum();
        this.size = externals + internal;
        this.degree = new int[size];
        this.type = new int[size];
        this.blockStart = new int[size];
        this.blockEnd = new int[size];
        int p = 0;
        for (; p < externals; p++) {
            degree[p] = 1;
            type[p] = -1;
            blockStart[p] = p;
            blockEnd[p] = p + 1;
        }
        int blocks = 0;
        for (int t = 0; t < counts.length; t++) {
            int start = p;
            for (int k = 0; k < counts[t]; k++, p++) {
                degree[p] = valences[t];
                type[p] = t;
                blockStart[p] = start;
                blockEnd[p] = start + counts[t];
            }
            if (counts[t] > 0) {
                blocks++;
            }
        }
        this.singleBlock = blocks <= 1;
        this.degreeAfter = new int[size];
        int sum = 0;
        for (int q = size - 1; q >= 0; q--) {
            degreeAfter[q] = sum;
            sum += degree[q];
        }
    }
}
