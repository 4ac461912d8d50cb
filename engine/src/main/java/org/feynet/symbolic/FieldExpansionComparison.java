package org.feynet.symbolic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.feynet.graph.Diagram;
import org.feynet.graph.Propagator;
import org.feynet.rules.Coefficient;
import org.feynet.rules.Field;
import org.feynet.rules.PropagatorRule;
import org.feynet.rules.Theory;
import org.feynet.rules.VertexRule;

/**
 * {@link ExpansionComparison} for theories with several fields or propagator rules (local vertices):
 * a person's terms in the notation of {@link FieldTerm} ({@code Gphi[a,b]}, {@code GhZt[a,b]} with
 * the h end first) are turned back into coloured diagrams — a line per propagator, its rule from its
 * head, each integrated point's vertex from the fields of the lines that end there — and compared
 * with the engine's diagram by diagram, whatever the dummy names and the order of factors.
 *
 * <p>Canonical form: the smallest text of (vertex types, rule-by-rule multiplicity matrices) over all
 * relabellings of the internal points that keep their vertex types, external points fixed: O(Π k_t!)
 * relabellings for k_t vertices of type t. That is exhaustive search, fine for the hand calculations
 * check is for (it refuses more than 8 internal points); the generator's own canonical form works
 * on the uncoloured topology and is not reused here, so this is also an independent identification.
 */
public final class FieldExpansionComparison {

    /** Most internal points a term may have (8! relabellings at worst). */
    public static final int MAX_VERTICES = 8;

    private FieldExpansionComparison() {
    }

    /** The heads of the theory's propagators, as {@link FieldTerm} writes them. */
    public static Set<String> heads(Theory theory, Notation notation) {
        Set<String> heads = new java.util.TreeSet<>();
        theory.propagators().forEach(r -> heads.add(FieldTerm.head(notation.propagator(), r)));
        return heads;
    }

    public static ExpansionComparison.Result compare(Theory theory, int points, List<Integer> externalFields,
                                                     List<Diagram> engine, List<TermReader.RawTerm> yours,
                                                     Notation notation) {
        Map<String, Diagram> expected = new LinkedHashMap<>();
        for (Diagram d : engine) {
            expected.put(key(theory, points, types(d), matrices(theory, d)), d);
        }
        Map<String, Coefficient> written = new LinkedHashMap<>();
        Map<String, Diagram> yourDiagrams = new HashMap<>();
        for (TermReader.RawTerm t : yours) {
            if (t.coefficient().rational().signum() == 0) {
                continue;
            }
            Diagram mine = toDiagram(theory, points, externalFields, t, notation);
            String k = key(theory, points, types(mine), matrices(theory, mine));
            yourDiagrams.putIfAbsent(k, mine);
            written.merge(k, t.coefficient(), ExpansionComparison::add);
        }
        List<ExpansionComparison.Difference> differences = new ArrayList<>();
        int matched = 0;
        for (Map.Entry<String, Diagram> e : expected.entrySet()) {
            Diagram d = e.getValue();
            Coefficient mine = written.remove(e.getKey());
            Term engineTerm = FieldTerm.of(d, theory, notation);
            if (mine == null || mine.rational().signum() == 0) {
                differences.add(new ExpansionComparison.Difference(ExpansionComparison.Kind.MISSING, d, engineTerm, null,
                        d.picture(theory)));
            } else if (!mine.equals(d.weight())) {
                differences.add(new ExpansionComparison.Difference(ExpansionComparison.Kind.WRONG_COEFFICIENT, d, engineTerm,
                        FieldTerm.of(withWeight(d, mine), theory, notation), d.picture(theory)));
            } else {
                matched++;
            }
        }
        for (Map.Entry<String, Coefficient> e : written.entrySet()) {
            if (e.getValue().rational().signum() != 0) {
                Diagram mine = withWeight(yourDiagrams.get(e.getKey()), e.getValue());
                differences.add(new ExpansionComparison.Difference(ExpansionComparison.Kind.EXTRA, null, null,
                        FieldTerm.of(mine, theory, notation), mine.picture(theory)));
            }
        }
        return new ExpansionComparison.Result(matched, differences);
    }

    private static Diagram withWeight(Diagram d, Coefficient w) {
        return new Diagram(d.order(), w.couplings(), d.points(), d.vertexTypes(), d.propagators(), d.loops(), 0, w);
    }

    private static int[] types(Diagram d) {
        return d.vertexTypes().stream().mapToInt(Integer::intValue).toArray();
    }

    /** [kind][i][j]: lines of each rule, oriented rules from their a end. */
    private static int[][][] matrices(Theory theory, Diagram d) {
        int[][][] m = new int[theory.propagators().size()][d.size()][d.size()];
        for (Propagator p : d.propagators()) {
            m[p.kind()][p.from()][p.to()]++;
            if (!p.oriented() && p.from() != p.to()) {
                m[p.kind()][p.to()][p.from()]++;
            }
        }
        return m;
    }

    /** The smallest text over all type-preserving relabellings of the internal points. */
    private static String key(Theory theory, int points, int[] types, int[][][] m) {
        int v = types.length;
        if (v > MAX_VERTICES) {
            throw new TermReader.ReadException("check compares diagrams of several fields with at most " + MAX_VERTICES
                    + " vertices; this one has " + v);
        }
        int[] order = new int[v]; // internal points sorted by type: the relabelling keeps this block order
        Integer[] byType = new Integer[v];
        for (int i = 0; i < v; i++) {
            byType[i] = i;
        }
        java.util.Arrays.sort(byType, (a, b) -> Integer.compare(types[a], types[b]));
        for (int i = 0; i < v; i++) {
            order[i] = byType[i];
        }
        String[] best = {null};
        permute(order, 0, types, points, m, best);
        int[] sorted = types.clone();
        java.util.Arrays.sort(sorted);
        return java.util.Arrays.toString(sorted) + best[0];
    }

    private static void permute(int[] order, int k, int[] types, int points, int[][][] m, String[] best) {
        if (k == order.length) {
            String text = encode(order, points, m);
            if (best[0] == null || text.compareTo(best[0]) < 0) {
                best[0] = text;
            }
            return;
        }
        for (int i = k; i < order.length; i++) {
            if (types[order[i]] != types[order[k]]) {
                continue; // only points of the same type trade places
            }
            swap(order, k, i);
            permute(order, k + 1, types, points, m, best);
            swap(order, k, i);
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** The matrices with new point p at old point old(p): externals fixed, internals in {@code order}. */
    private static String encode(int[] order, int points, int[][][] m) {
        int size = points + order.length;
        int[] old = new int[size];
        for (int x = 0; x < points; x++) {
            old[x] = x;
        }
        for (int i = 0; i < order.length; i++) {
            old[points + i] = points + order[i];
        }
        StringBuilder sb = new StringBuilder();
        for (int[][] kind : m) {
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    sb.append((char) ('0' + kind[old[i]][old[j]]));
                }
            }
            sb.append('|');
        }
        return sb.toString();
    }

    /** A term as a coloured diagram; vertex types from the fields at each integrated point. */
    private static Diagram toDiagram(Theory theory, int points, List<Integer> externalFields, TermReader.RawTerm t,
                                     Notation notation) {
        Map<String, Integer> head = new HashMap<>();
        for (int k = 0; k < theory.propagators().size(); k++) {
            head.put(FieldTerm.head(notation.propagator(), theory.propagators().get(k)), k);
        }
        Map<String, Integer> index = ExpansionComparison.pointIndex(points, t);
        List<String> integrated = t.integrated();
        int size = points + integrated.size();
        List<Map<Field, Integer>> ends = new ArrayList<>();
        for (int p = 0; p < size; p++) {
            ends.add(new TreeMap<>(java.util.Comparator.comparing(Field::name)));
        }
        List<Propagator> lines = new ArrayList<>();
        for (DiagramTerm.Factor f : t.factors()) {
            Integer kind = head.get(f.head());
            if (kind == null) {
                throw new TermReader.ReadException("'" + f.head() + "' is not a propagator of " + theory.name()
                        + "; its propagators are " + head.keySet());
            }
            for (String p : new String[] {f.a(), f.b()}) {
                if (!index.containsKey(p)) {
                    throw new TermReader.ReadException("point '" + TermReader.displayName(p)
                            + "' is neither an external point x1..x" + points + " nor integrated over");
                }
            }
            PropagatorRule r = theory.propagators().get(kind);
            int a = index.get(f.a());
            int b = index.get(f.b());
            for (int k = 0; k < f.power(); k++) {
                lines.add(new Propagator(a, b, kind, !r.isSymmetric()));
                ends.get(a).merge(r.a(), 1, Integer::sum);
                ends.get(b).merge(r.b(), 1, Integer::sum);
            }
        }
        for (int x = 0; x < points; x++) {
            Map<Field, Integer> e = ends.get(x);
            Field own = theory.fields().get(externalFields.get(x));
            if (!e.equals(Map.of(own, 1))) {
                throw new TermReader.ReadException("x" + (x + 1) + " must end exactly one " + own.name() + " line, not "
                        + describe(e));
            }
        }
        List<Integer> types = new ArrayList<>();
        for (int i = 0; i < integrated.size(); i++) {
            Map<Field, Integer> e = ends.get(points + i);
            int found = -1;
            for (int v = 0; v < theory.vertices().size(); v++) {
                if (legCounts(theory.vertices().get(v)).equals(e)) {
                    found = v;
                }
            }
            if (found < 0) {
                throw new TermReader.ReadException("integrated point '" + TermReader.displayName(integrated.get(i))
                        + "' ends " + describe(e) + ", which is no vertex of " + theory.name());
            }
            types.add(found);
        }
        return new Diagram(types.size(), t.coefficient().couplings(), points, types, lines, 0, 0, t.coefficient());
    }

    private static Map<Field, Integer> legCounts(VertexRule v) {
        Map<Field, Integer> m = new TreeMap<>(java.util.Comparator.comparing(Field::name));
        v.legs().forEach(f -> m.merge(f, 1, Integer::sum));
        return m;
    }

    private static String describe(Map<Field, Integer> ends) {
        if (ends.isEmpty()) {
            return "no line";
        }
        StringBuilder sb = new StringBuilder();
        ends.forEach((f, k) -> sb.append(sb.length() > 0 ? ", " : "").append(k).append(' ').append(f.name()));
        return sb.toString();
    }
}
