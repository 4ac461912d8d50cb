package org.feynet.symbolic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.feynet.graph.Diagram;
import org.feynet.rules.Coefficient;

/**
 * The momentum-space term of a connected diagram, as FeynArts and textbooks write it: external
 * momenta p1 … pn flowing in at x1 … xn with overall conservation (pn = −p1 − … − p(n−1)), one loop
 * momentum k1, k2, … per independent cycle, propagators {@code P[q, m]} = 1/(q² + m²) and integrals
 * {@code Int[…, k]} = ∫ dᵈk/(2π)ᵈ.
 *
 * <p>Routing (canonical and reproducible): lines are oriented from the lower to the higher point of
 * the canonical numbering; a spanning tree is grown breadth-first from the first internal vertex,
 * taking lines in canonical order; the lines left out of the tree (self-loops always among them)
 * carry k1, k2, … in canonical order; every tree line's momentum then follows from conservation at
 * the vertices, solved from the leaves of the tree inwards. Conservation at every vertex is visible
 * in the arguments. The overall sign of a propagator's momentum is chosen so that its first term is
 * positive, since P is even.
 *
 * @param coefficient the diagram's weight
 * @param propagators the momentum of each propagator, as a linear combination (symbol → integer)
 * @param loopMomenta k1 … kL
 * @param mass the mass symbol of P
 */
public record MomentumTerm(Coefficient coefficient, List<Map<String, Integer>> propagators, List<String> loopMomenta,
                           String mass) implements Term {

    public MomentumTerm {
        propagators = List.copyOf(propagators);
        loopMomenta = List.copyOf(loopMomenta);
    }

    /** The term of a connected diagram; the head of propagators is always P, the mass m. */
    public static MomentumTerm of(Diagram d, Notation notation) {
        int n = d.points();
        int size = d.size();
        int[][] a = d.adjacency();
        // lines in canonical order: (from, to) with from <= to, parallel copies in sequence
        List<int[]> lines = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            for (int j = i; j < size; j++) {
                for (int c = 0; c < a[i][j]; c++) {
                    lines.add(new int[] {i, j});
                }
            }
        }
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
                throw new IllegalArgumentException("momentum space needs connected diagrams: " + d.picture());
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
        List<Map<String, Integer>> props = new ArrayList<>();
        for (int e = 0; e < lines.size(); e++) {
            int[] l = lines.get(e);
            if (notation.amputate() && (l[0] < n || l[1] < n)) {
                continue;
            }
            props.add(canonicalSign(eliminateLast(momentum.get(e), n)));
        }
        return new MomentumTerm(d.weight(), props, loops, "m");
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

    /** k before p, by number; the first term made positive (P is even in its momentum). */
    private static Map<String, Integer> canonicalSign(Map<String, Integer> q) {
        Map<String, Integer> sorted = new TreeMap<>(DiagramTerm::comparePoints);
        sorted.putAll(q);
        if (!sorted.isEmpty() && sorted.values().iterator().next() < 0) {
            sorted.replaceAll((s, c) -> -c);
        }
        return sorted;
    }

    static String linear(Map<String, Integer> q, boolean latex) {
        if (q.isEmpty()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : q.entrySet()) {
            int c = e.getValue();
            String name = latex ? e.getKey().charAt(0) + "_{" + e.getKey().substring(1) + "}" : e.getKey();
            if (sb.length() > 0) {
                sb.append(c < 0 ? " - " : " + ");
            } else if (c < 0) {
                sb.append('-');
            }
            if (Math.abs(c) != 1) {
                sb.append(Math.abs(c)).append(latex ? "" : "*");
            }
            sb.append(name);
        }
        return sb.toString();
    }

    /** Propagators as text, sorted, equal ones gathered into a power: {@code P[p1, m]^2*P[k1, m]}. */
    private Map<String, Integer> gathered(boolean latex) {
        Map<String, Integer> powers = new TreeMap<>();
        for (Map<String, Integer> q : propagators) {
            powers.merge(linear(q, latex), 1, Integer::sum);
        }
        return powers;
    }

    @Override
    public String symja() {
        List<String> heads = new ArrayList<>();
        List<Integer> powers = new ArrayList<>();
        gathered(false).forEach((q, power) -> {
            heads.add("P[" + q + ", " + mass + "]");
            powers.add(power);
        });
        return Term.symja(coefficient, heads, powers, loopMomenta);
    }

    @Override
    public String latex(String cutoff) {
        StringBuilder sb = new StringBuilder(LatexText.coefficient(coefficient));
        for (String k : loopMomenta) {
            sb.append("\\int").append(LatexText.cutoff(k, cutoff)).append("\\frac{d^d").append(k.charAt(0)).append("_{").append(k.substring(1)).append("}}{(2\\pi)^d}\\,");
        }
        for (Map.Entry<String, Integer> e : gathered(true).entrySet()) {
            String s = e.getKey();
            boolean single = !s.contains(" ") && !s.startsWith("-");
            String factor = "\\frac{1}{" + (single ? s : "(" + s + ")") + "^2+" + mass + "^2}";
            sb.append(e.getValue() > 1 ? "\\left(" + factor + "\\right)^{" + e.getValue() + "}" : factor);
        }
        return sb.toString();
    }
}
