package org.feynet.symbolic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.feynet.graph.Diagram;
import org.feynet.graph.Propagator;
import org.feynet.rules.Field;
import org.feynet.rules.PropagatorRule;
import org.feynet.rules.Theory;
import org.feynet.rules.VertexRule;

/**
 * The position-space (or time-domain) term of a diagram of a theory with several fields:
 * weight × Π propagators × ∫ over every internal time, each propagator written with its rule.
 *
 * <p>Heads: ⟨φ φ⟩ is {@code Gphi[a,b]} (symmetric), a mixed rule ⟨h z̃⟩ is {@code GhZt[a,b]} with
 * the h end first (not symmetric: the response function), a bilocal ⟨w w̃⟩ joins the pairs of
 * times of its two vertices, {@code GwWt[y1,y2,y3,y4]}. A local vertex sits at one point y_k, a
 * multi-local vertex at two, y_k (its t1) and y_{k+1} (its t2), each integrated. For neuron-indexed
 * fields the factor N^(closed index loops) and the external δ's stand in front, e.g.
 * {@code N*delta[a1,a2]*sw^2*Int[Int[Int[Int[GhZt[x1,y1]*…, y4], y3], y2], y1]}. Amputated
 * ({@code --amputate}), the external lines are dropped and the time each was attached to takes the
 * external point's name, as {@link DiagramTerm} does.
 *
 * <p>Internal points are named in the generator's vertex order; the text is a faithful formula of the
 * diagram, not a canonical form. Diagrams that pair the times of multi-local vertices differently
 * can be one integral written twice; {@code check} reads these terms back as {@link PointGraph}s,
 * which identify such integrals.
 */
public record FieldTerm(String prefactor, org.feynet.rules.Coefficient coefficient, List<String> factors,
                        List<Integer> powers, List<String> latexFactors, List<String> integrated) implements Term {

    public FieldTerm {
        factors = List.copyOf(factors);
        powers = List.copyOf(powers);
        latexFactors = List.copyOf(latexFactors);
        integrated = List.copyOf(integrated);
    }

    /** The term of a diagram of {@code theory} (several fields or propagator rules). */
    public static FieldTerm of(Diagram d, Theory theory, Notation notation) {
        if (notation.momentum()) {
            throw new IllegalArgumentException("FieldTerm is the position-space term; see FieldMomentumTerm");
        }
        int size = d.size();
        int points = d.points();
        String[][] times = new String[size][];
        for (int x = 0; x < points; x++) {
            times[x] = new String[] {"x" + (x + 1)};
        }
        for (int p = points; p < size; p++) {
            VertexRule v = theory.vertices().get(d.vertexTypes().get(p - points));
            times[p] = new String[v.isMultiLocal() ? 2 : 1];
        }
        // Amputated: the time a leg was attached to takes the leg's name; a later leg at the same time
        // becomes a Delta factor, and two legs joined directly are a Delta themselves (as DiagramTerm).
        List<String[]> deltas = new ArrayList<>();
        if (notation.amputate()) {
            for (Propagator line : d.propagators()) {
                boolean fromOutside = line.from() < points;
                boolean toOutside = line.to() < points;
                if (fromOutside && toOutside) {
                    deltas.add(new String[] {times[Math.min(line.from(), line.to())][0],
                            times[Math.max(line.from(), line.to())][0]});
                } else if (fromOutside || toOutside) {
                    PropagatorRule r = theory.propagators().get(line.kind());
                    int x = fromOutside ? line.from() : line.to();
                    int p = fromOutside ? line.to() : line.from();
                    int slot = slot(times, p, fromOutside ? r.b() : r.a());
                    if (times[p][slot] == null) {
                        times[p][slot] = times[x][0];
                    } else {
                        deltas.add(new String[] {times[p][slot], times[x][0]});
                    }
                }
            }
        }
        List<String> integrated = new ArrayList<>();
        for (int p = points; p < size; p++) {
            for (int k = 0; k < times[p].length; k++) {
                if (times[p][k] == null) {
                    times[p][k] = "y" + (integrated.size() + 1);
                    integrated.add(times[p][k]);
                }
            }
        }
        Map<String, Integer> symja = new LinkedHashMap<>();
        Map<String, String> latex = new LinkedHashMap<>();
        for (Propagator line : d.propagators()) {
            if (notation.amputate() && (line.from() < points || line.to() < points)) {
                continue; // an external leg: amputated
            }
            PropagatorRule r = theory.propagators().get(line.kind());
            List<String> args = new ArrayList<>();
            if (r.a().isBilocal()) {
                args.addAll(List.of(times[line.from()]));
                args.addAll(List.of(times[line.to()]));
            } else {
                args.add(at(times, line.from(), r.a()));
                args.add(at(times, line.to(), r.b()));
                if (sameField(r) && DiagramTerm.comparePoints(args.get(0), args.get(1)) > 0) {
                    args = List.of(args.get(1), args.get(0)); // symmetric: points in order
                }
            }
            String head = head(notation.propagator(), r);
            String text = head + "[" + String.join(",", args) + "]";
            symja.merge(text, 1, Integer::sum);
            latex.putIfAbsent(text, latexHead(notation.propagator(), r) + "(" + String.join(",",
                    args.stream().map(LatexText::point).toList()) + ")");
        }
        for (String[] ab : deltas) {
            String text = "Delta[" + ab[0] + "," + ab[1] + "]";
            symja.merge(text, 1, Integer::sum);
            latex.putIfAbsent(text, "\\delta(" + LatexText.point(ab[0]) + "," + LatexText.point(ab[1]) + ")");
        }
        List<String> factors = new ArrayList<>(symja.keySet());
        return new FieldTerm(prefactor(d, theory), d.weight(), factors,
                factors.stream().map(symja::get).toList(), factors.stream().map(latex::get).toList(), integrated);
    }

    /**
     * What stands in front of a neuron-indexed diagram's term: N^(closed index loops) and the δ's of
     * the tied external indices, {@code N*delta[a1,a2]}; empty for other theories.
     */
    static String prefactor(Diagram d, Theory theory) {
        StringBuilder prefactor = new StringBuilder();
        if (d.scaling() != null && theory.hasNeuronIndex()) {
            int loops = d.scaling().indexLoops();
            if (loops > 0) {
                prefactor.append(loops == 1 ? "N" : "N^" + loops);
            }
            if (!d.scaling().indices().equals("1")) {
                prefactor.append(prefactor.length() > 0 ? "*" : "").append(d.scaling().indices());
            }
        }
        return prefactor.toString();
    }

    /** The prefactor in LaTeX: {@code N\,\delta_{a_1a_2}\,}. */
    static String latexPrefactor(String prefactor) {
        StringBuilder sb = new StringBuilder();
        for (String part : prefactor.split("\\*")) {
            if (part.startsWith("delta[")) {
                String[] ab = part.substring("delta[".length(), part.length() - 1).split(",");
                sb.append("\\delta_{");
                for (String x : ab) {
                    sb.append(LatexText.point(x));
                }
                sb.append("}\\,");
            } else {
                sb.append(part.replace("^", "^{").replaceAll("\\^\\{(\\d+)", "^{$1}")).append("\\,");
            }
        }
        return sb.toString();
    }

    /** The time (point) of a leg of field {@code f} at point {@code p}. */
    private static String at(String[][] times, int p, Field f) {
        return times[p][slot(times, p, f)];
    }

    /** Which of the times of point {@code p} a leg of field {@code f} sits at: 1 for t2, else 0. */
    private static int slot(String[][] times, int p, Field f) {
        return f.time() == Field.Time.T2 && times[p].length > 1 ? 1 : 0;
    }

    /** Whether the rule joins a field to itself (⟨h[t1] h[t2]⟩ is still ⟨h h⟩, symmetric). */
    private static boolean sameField(PropagatorRule r) {
        return r.a().base().equals(r.b().base());
    }

    /** {@code Gphi} for ⟨φ φ⟩, {@code GhZt} for ⟨h z̃⟩. */
    public static String head(String g, PropagatorRule r) {
        String a = r.a().base();
        String b = r.b().base();
        return sameField(r) ? g + a : g + a + Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    static String latexHead(String g, PropagatorRule r) {
        String a = LatexText.symbol(r.a().base());
        return sameField(r) ? g + "_{" + a + "}" : g + "_{" + a + "\\," + LatexText.symbol(r.b().base()) + "}";
    }

    @Override
    public String symja() {
        return symja(prefactor, coefficient, factors, powers, integrated);
    }

    /**
     * {@link Term#symja} with the prefactor (N^loops, δ's) after the weight, so that the sign leads:
     * {@code -2*sw^2*N*delta[a1,a2]*Int[…]}.
     */
    static String symja(String prefactor, org.feynet.rules.Coefficient coefficient, List<String> factors,
                        List<Integer> powers, List<String> integrated) {
        if (prefactor.isEmpty()) {
            return Term.symja(coefficient, factors, powers, integrated);
        }
        String c = coefficient.toString();
        String lead = c.equals("1") ? "" : c.equals("-1") ? "-" : c + "*";
        return lead + prefactor + "*" + Term.symja(org.feynet.rules.Coefficient.ONE, factors, powers, integrated);
    }

    @Override
    public String latex(String cutoff) {
        StringBuilder sb = new StringBuilder(LatexText.coefficient(coefficient));
        if (!prefactor.isEmpty()) {
            sb.append(latexPrefactor(prefactor));
        }
        for (String p : integrated) {
            sb.append("\\int").append(LatexText.cutoff(p, cutoff)).append(" dy_{").append(p.substring(1)).append("}\\,");
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
