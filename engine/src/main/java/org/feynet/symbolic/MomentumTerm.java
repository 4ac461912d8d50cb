package org.feynet.symbolic;

import java.util.ArrayList;
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
 * <p>Routing ({@link MomentumRouting}): lines are oriented from the lower to the higher point of
 * the canonical numbering and taken in canonical order, so the routing is reproducible. The overall
 * sign of a propagator's momentum is chosen so that its first term is positive, since P is even.
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
        MomentumRouting routing = MomentumRouting.of(n, size, lines, d.picture());
        List<Map<String, Integer>> props = new ArrayList<>();
        for (int e = 0; e < lines.size(); e++) {
            int[] l = lines.get(e);
            if (notation.amputate() && (l[0] < n || l[1] < n)) {
                continue;
            }
            props.add(canonicalSign(routing.momenta().get(e)));
        }
        return new MomentumTerm(d.weight(), props, routing.loopMomenta(), "m");
    }

    /** k before p, by number; the first term made positive (P is even in its momentum). */
    static Map<String, Integer> canonicalSign(Map<String, Integer> q) {
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
