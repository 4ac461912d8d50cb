package org.feynet.symbolic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.feynet.graph.Diagram;
import org.feynet.graph.Propagator;
import org.feynet.rules.Coefficient;
import org.feynet.rules.PropagatorRule;
import org.feynet.rules.Theory;

/**
 * The momentum-space (for a response-field action: frequency-space) term of a connected diagram of a
 * theory with several fields and local vertices. The routing is {@link MomentumRouting}'s, lines
 * taken by their points and then by rule. Each propagator is written with its rule's head and one
 * momentum: {@code Pphi[q]} for ⟨φ φ⟩, even in q, so its sign is chosen with a positive first term;
 * {@code PhZt[q]} for the response function ⟨h z̃⟩, with q the momentum flowing from the z̃ end into
 * the h end (not even: R(ω) ≠ R(−ω)). Loop momenta are integrated, {@code Int[…, k]}; external
 * momenta p1 … pn flow in, pn = −p1 − … − p(n−1). For neuron-indexed fields the factor N^(closed index
 * loops) and the δ's of the external indices stand in front, as in {@link FieldTerm}.
 *
 * <p>Multi-local vertices are not written in momentum space: each of their times conserves momentum
 * (frequency) on its own, which this routing by vertices does not express.
 *
 * @param prefactor N^loops and δ's, or empty
 * @param coefficient the diagram's weight
 * @param factors the propagators as text ({@code PhZt[k1 + p1]}), each once
 * @param powers the power of each
 * @param latexFactors the same in LaTeX
 * @param loopMomenta k1 … kL
 */
public record FieldMomentumTerm(String prefactor, Coefficient coefficient, List<String> factors, List<Integer> powers,
                                List<String> latexFactors, List<String> loopMomenta) implements Term {

    public FieldMomentumTerm {
        factors = List.copyOf(factors);
        powers = List.copyOf(powers);
        latexFactors = List.copyOf(latexFactors);
        loopMomenta = List.copyOf(loopMomenta);
    }

    /** The term of a connected diagram of {@code theory} (local vertices). */
    public static FieldMomentumTerm of(Diagram d, Theory theory, Notation notation) {
        if (theory.hasMultiLocalVertices()) {
            throw new IllegalArgumentException("multi-local vertices are written in position space only: each of"
                    + " their times conserves momentum on its own; drop --space momentum");
        }
        int n = d.points();
        List<Propagator> sorted = new ArrayList<>(d.propagators());
        sorted.sort(Comparator.<Propagator>comparingInt(p -> Math.min(p.from(), p.to()))
                .thenComparingInt(p -> Math.max(p.from(), p.to())).thenComparingInt(Propagator::kind));
        List<int[]> lines = new ArrayList<>();
        for (Propagator p : sorted) {
            PropagatorRule r = theory.propagators().get(p.kind());
            // a symmetric line from its lower point; a response line from its z̃ end (to) into its h end (from)
            lines.add(r.isSymmetric() ? new int[] {Math.min(p.from(), p.to()), Math.max(p.from(), p.to())}
                    : new int[] {p.to(), p.from()});
        }
        MomentumRouting routing = MomentumRouting.of(n, d.size(), lines, d.picture(theory));
        Map<String, Integer> powers = new TreeMap<>();
        Map<String, String> latex = new TreeMap<>();
        for (int e = 0; e < lines.size(); e++) {
            int[] l = lines.get(e);
            if (notation.amputate() && (l[0] < n || l[1] < n)) {
                continue;
            }
            PropagatorRule r = theory.propagators().get(sorted.get(e).kind());
            Map<String, Integer> q = routing.momenta().get(e);
            if (r.isSymmetric()) {
                q = MomentumTerm.canonicalSign(q);
            } else {
                Map<String, Integer> ordered = new TreeMap<>(DiagramTerm::comparePoints);
                ordered.putAll(q);
                q = ordered;
            }
            String text = FieldTerm.head("P", r) + "[" + MomentumTerm.linear(q, false) + "]";
            powers.merge(text, 1, Integer::sum);
            latex.putIfAbsent(text, FieldTerm.latexHead("P", r) + "(" + MomentumTerm.linear(q, true) + ")");
        }
        List<String> factors = new ArrayList<>(powers.keySet());
        return new FieldMomentumTerm(FieldTerm.prefactor(d, theory), d.weight(), factors,
                factors.stream().map(powers::get).toList(), factors.stream().map(latex::get).toList(),
                routing.loopMomenta());
    }

    @Override
    public String symja() {
        return FieldTerm.symja(prefactor, coefficient, factors, powers, loopMomenta);
    }

    @Override
    public String latex(String cutoff) {
        StringBuilder sb = new StringBuilder(LatexText.coefficient(coefficient));
        if (!prefactor.isEmpty()) {
            sb.append(FieldTerm.latexPrefactor(prefactor));
        }
        for (String k : loopMomenta) {
            sb.append("\\int").append(LatexText.cutoff(k, cutoff)).append("\\frac{d^d").append(k.charAt(0))
                    .append("_{").append(k.substring(1)).append("}}{(2\\pi)^d}\\,");
        }
        for (int i = 0; i < latexFactors.size(); i++) {
            sb.append(i > 0 ? "\\," : "").append(latexFactors.get(i));
            if (powers.get(i) > 1) {
                sb.append("^{").append(powers.get(i)).append('}');
            }
        }
        return sb.toString();
    }
}
