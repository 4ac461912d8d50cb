package org.feynet.symbolic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Momentum routing of a connected diagram: external momenta p1 … pn flow in at x1 … xn with overall
 * conservation (pn = −p1 − … − p(n−1)), one loop momentum k1, k2, … per independent cycle.
 *
 * <p>Algorithm: a spanning tree is grown breadth-first from the first internal vertex, taking the
 * lines in the order given; the lines left out of the tree (self-loops always among them) carry
 * k1, k2, … in that order; every tree line's momentum then follows from conservation at the
 * vertices, solved from the leaves of the tree inwards. O(points · lines). Conservation at every
 * vertex is visible in the momenta.
 *
 * @param momenta the momentum of each line, flowing from its first point to its second, as a
 *                linear combination (symbol → integer), pn eliminated
 * @param loopMomenta k1 … kL
 */
record MomentumRouting(List<Map<String, Integer>> momenta, List<String> loopMomenta) {

    /**
     * Routes the lines {@code {from, to}} of a diagram on points {@code 0 … size−1}, the first
     * {@code n} external; {@code picture} names the diagram in the error for a disconnected one.
     */
    static MomentumRouting of(int n, int size, List<int[]> lines, String picture) {
        boolean[] inTree = new boolean[lines.size()];
        boolean[] reached = new boolean[size];
        int[] parentLine = new int[size];
        java.util.Arrays.fill(parentLine, -1);
        List<Integer> order = new ArrayList<>();
        int root = n < size ? n : 0;
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(root);
        reached[root] = true;
        while (!queue.isEmpty()) {
            int u = queue.poll();
            order.add(u);
            for (int e = 0; e < lines.size(); e++) {
                int[] l = lines.get(e);
                int w = l[0] == u ? l[1] : l[1] == u ? l[0] : -1;
                if (w >= 0 && w != u && !reached[w]) {
                    reached[w] = true;
                    inTree[e] = true;
                    parentLine[w] = e;
                    queue.add(w);
                }
            }
        }
        for (boolean r : reached) {
            if (!r) {
                throw new IllegalArgumentException("momentum space needs connected diagrams: " + picture);
            }
        }
        List<Map<String, Integer>> momentum = new ArrayList<>();
        for (int e = 0; e < lines.size(); e++) {
            momentum.add(new TreeMap<>());
        }
        List<String> loops = new ArrayList<>();
        for (int e = 0; e < lines.size(); e++) {
            if (!inTree[e]) {
                String k = "k" + (loops.size() + 1);
                loops.add(k);
                momentum.get(e).put(k, 1);
            }
        }
        // net momentum flowing into each point from the lines already known, plus external inflow
        List<Map<String, Integer>> inflow = new ArrayList<>();
        for (int p = 0; p < size; p++) {
            inflow.add(new TreeMap<>());
        }
        for (int x = 0; x < n; x++) {
            add(inflow.get(x), Map.of("p" + (x + 1), 1), 1); // p_x enters the diagram at x
        }
        for (int e = 0; e < lines.size(); e++) {
            if (!inTree[e]) {
                int[] l = lines.get(e);
                add(inflow.get(l[1]), momentum.get(e), 1); // flows from l[0] to l[1]
                add(inflow.get(l[0]), momentum.get(e), -1);
            }
        }
        // leaves inwards: the tree line to a point's parent carries away what flows into the point
        for (int idx = order.size() - 1; idx > 0; idx--) {
            int v = order.get(idx);
            int e = parentLine[v];
            int[] l = lines.get(e);
            Map<String, Integer> q = new TreeMap<>();
            // line oriented l[0] -> l[1]; if v == l[0] it leaves v forwards, else backwards
            add(q, inflow.get(v), v == l[0] ? 1 : -1);
            momentum.set(e, q);
            int other = v == l[0] ? l[1] : l[0];
            add(inflow.get(other), inflow.get(v), 1);
        }
        List<Map<String, Integer>> out = new ArrayList<>();
        for (Map<String, Integer> q : momentum) {
            out.add(eliminateLast(q, n));
        }
        return new MomentumRouting(out, loops);
    }

    private static void add(Map<String, Integer> into, Map<String, Integer> what, int sign) {
        what.forEach((s, c) -> into.merge(s, sign * c, Integer::sum));
        into.values().removeIf(c -> c == 0);
    }

    /** Overall conservation: pn = −p1 − … − p(n−1). */
    private static Map<String, Integer> eliminateLast(Map<String, Integer> q, int n) {
        Map<String, Integer> out = new TreeMap<>(q);
        Integer c = out.remove("p" + n);
        if (c != null && n > 1) {
            for (int i = 1; i < n; i++) {
                out.merge("p" + i, -c, Integer::sum);
            }
            out.values().removeIf(v -> v == 0);
        }
        return out;
    }
}
