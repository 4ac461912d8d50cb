package org.feynet.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.feynet.rules.PolynomialInN;

/**
 * The O(N) index tensor of a diagram: a polynomial in N for each pairing of the external indices.
 *
 * <p>Every O(N) vertex (φ·φ)^k is a sum over the (2k−1)!! pairings of its legs of a product of δ's
 * (see {@link org.feynet.rules.VertexRule#vertexFactor()}); every propagator is δ_ab. Choosing one
 * pairing at each vertex cuts the diagram's index lines into strands: a strand that closes on
 * itself is a trace, δ_aa = N; one that runs from leg xi to leg xj is δ(ai, aj). This class
 * enumerates all Π (2k−1)!! choices and counts, for each pairing of the external legs, how many
 * choices give it with each number of closed loops. Cost O(Π(2k−1)!! · E) — 3^V for φ⁴-type
 * vertices, fine at the orders one lists diagrams for. For N = 1 the sum over pairings is Π(2k−1)!!,
 * so the scalar weight comes back.
 */
public final class IndexContraction {

    /** The key of the pairing δ(a1,a2)δ(a3,a4)…, the one {@code weightSum} reports. */
    public static String standardPairing(int points) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < points; i += 2) {
            pairs.add(new int[] {i, i + 1});
        }
        return key(pairs);
    }

    private final int points;
    private final int[] mate; // slot -> the other end of its propagator
    private final int[] owner; // slot -> point
    private final List<int[]> vertexSlots = new ArrayList<>();
    private final int[] partner; // slot -> slot paired with it at its vertex (chosen)
    private final Map<String, long[]> counts = new TreeMap<>();
    private final int maxLoops;

    private IndexContraction(int points, int[][] adj) {
        this.points = points;
        int size = adj.length;
        int[] firstSlot = new int[size + 1];
        for (int p = 0; p < size; p++) {
            int degree = 0;
            for (int q = 0; q < size; q++) {
                degree += q == p ? 2 * adj[p][p] : adj[p][q];
            }
            firstSlot[p + 1] = firstSlot[p] + degree;
        }
        int slots = firstSlot[size];
        mate = new int[slots];
        owner = new int[slots];
        partner = new int[slots];
        int[] next = Arrays.copyOf(firstSlot, size);
        for (int p = 0; p < size; p++) {
            for (int s = firstSlot[p]; s < firstSlot[p + 1]; s++) {
                owner[s] = p;
            }
            if (p >= points) {
                int[] mine = new int[firstSlot[p + 1] - firstSlot[p]];
                for (int i = 0; i < mine.length; i++) {
                    mine[i] = firstSlot[p] + i;
                }
                vertexSlots.add(mine);
            }
        }
        for (int i = 0; i < size; i++) {
            for (int j = i; j < size; j++) {
                for (int c = 0; c < adj[i][j]; c++) {
                    int a = next[i]++;
                    int b = next[j]++;
                    mate[a] = b;
                    mate[b] = a;
                }
            }
        }
        this.maxLoops = slots / 2 + 1;
    }

    /**
     * @param points number of external points (the first rows of {@code adj})
     * @param adj the multiplicity matrix; every internal vertex must be an O(N) vertex
     * @return pairing key (e.g. {@code delta[a1,a2]*delta[a3,a4]}, {@code 1} without external points)
     *         → number of choices with N^loops, as a polynomial in N
     */
    public static Map<String, PolynomialInN> of(int points, int[][] adj) {
        IndexContraction c = new IndexContraction(points, adj);
        c.choose(0);
        Map<String, PolynomialInN> out = new TreeMap<>();
        c.counts.forEach((k, v) -> out.put(k, PolynomialInN.ofCounts(v)));
        return out;
    }

    private void choose(int vertex) {
        if (vertex == vertexSlots.size()) {
            tally();
            return;
        }
        pairUp(vertex, vertexSlots.get(vertex), new boolean[vertexSlots.get(vertex).length]);
    }

    /** Every perfect matching of a vertex's slots, then the next vertex. */
    private void pairUp(int vertex, int[] slots, boolean[] used) {
        int first = -1;
        for (int i = 0; i < slots.length; i++) {
            if (!used[i]) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            choose(vertex + 1);
            return;
        }
        used[first] = true;
        for (int j = first + 1; j < slots.length; j++) {
            if (!used[j]) {
                used[j] = true;
                partner[slots[first]] = slots[j];
                partner[slots[j]] = slots[first];
                pairUp(vertex, slots, used);
                used[j] = false;
            }
        }
        used[first] = false;
    }

    /** Follows the strands of the current choice: open ones pair the legs, closed ones count as N. */
    private void tally() {
        boolean[] seen = new boolean[mate.length];
        List<int[]> pairs = new ArrayList<>();
        for (int x = 0; x < points; x++) {
            int s = x; // an external point has exactly one slot, numbered like the point
            if (seen[s]) {
                continue;
            }
            seen[s] = true;
            int t = mate[s];
            while (owner[t] >= points) {
                seen[t] = true;
                int u = partner[t];
                seen[u] = true;
                t = mate[u];
            }
            seen[t] = true;
            pairs.add(new int[] {x, owner[t]});
        }
        int loops = 0;
        for (int s = 0; s < mate.length; s++) {
            if (seen[s]) {
                continue;
            }
            loops++;
            int t = s;
            do {
                seen[t] = true;
                int u = mate[t];
                seen[u] = true;
                t = partner[u];
            } while (t != s);
        }
        counts.computeIfAbsent(key(pairs), k -> new long[maxLoops + 1])[loops]++;
    }

    private static String key(List<int[]> pairs) {
        if (pairs.isEmpty()) {
            return "1";
        }
        StringBuilder sb = new StringBuilder();
        pairs.stream().map(p -> new int[] {Math.min(p[0], p[1]), Math.max(p[0], p[1])})
                .sorted((a, b) -> Integer.compare(a[0], b[0]))
                .forEach(p -> {
                    if (sb.length() > 0) {
                        sb.append('*');
                    }
                    sb.append("delta[a").append(p[0] + 1).append(",a").append(p[1] + 1).append(']');
                });
        return sb.toString();
    }
}
