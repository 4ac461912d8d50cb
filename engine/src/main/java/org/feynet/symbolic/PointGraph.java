package org.feynet.symbolic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.rules.Coefficient;
import org.feynet.rules.CouplingMonomial;
import org.feynet.rules.Field;
import org.feynet.rules.PropagatorRule;
import org.feynet.rules.Theory;
import org.feynet.rules.VertexRule;

/**
 * One term of a theory with several fields, in the notation of {@link FieldTerm}, read as a graph on
 * its points: the external points x1…xn, and every integrated point — a local vertex, or one of the
 * two times of a multi-local vertex — joined by its propagators ({@code GhZt[a,b]} from the h end,
 * {@code Gh[a,b]} either way round, a bilocal {@code GwWt[a1,a2,b1,b2]} from the pair of one vertex
 * to the pair of another). Its coefficient is split into the couplings (N included: closed
 * neuron-index loops) and the δ's that tie external neuron indices.
 *
 * <p>Why points and not the generator's vertices: a term does not say which two integrated points
 * are the two times of one multi-local vertex, and diagrams that pair the same points differently
 * are the same integral. Two terms are the same integral exactly when their point graphs are
 * isomorphic with the external points fixed (a bilocal propagator is taken as symmetric under
 * swapping both of its pairs at once, as ⟨w(t1,t2) w̃(t3,t4)⟩ = δ(t1−t3)δ(t2−t4) is).
 *
 * <p>Amputated terms ({@link Notation#amputate()}): the external names that Delta factors tie are
 * one point (named by the smallest), which carries the lines of the vertex the legs ended on; which
 * names share a point is part of the key. The kinds of the amputated legs are not in the term, so
 * diagrams that differ only there are one amputated integral.
 *
 * <p>Canonical form: the smallest text of the sorted lines over all relabellings of the integrated
 * points that keep each point's kind (the heads and slots of the lines that end there) — exhaustive
 * search, O(Π k! · lines) for k points of each kind, refused beyond 10! relabellings. It is
 * independent of the generator's own canonical labelling, so it also checks that one.
 *
 * @param key the canonical form: same key, same integral
 * @param value coefficient by couplings (N included) and δ's → rational
 * @param body the propagators, as written (for messages)
 */
record PointGraph(String key, Map<Part, BigFraction> value, String body) {

    /**
     * One part of a coefficient: its couplings (N included) and the δ's of its external indices,
     * {@code delta[a1,a2]*delta[a3,a4]} or {@code 1}.
     */
    record Part(CouplingMonomial couplings, String deltas) implements Comparable<Part> {

        @Override
        public int compareTo(Part o) {
            int c = couplings.compareTo(o.couplings);
            return c != 0 ? c : deltas.compareTo(o.deltas);
        }

        /** {@code r} times this part, as a physicist writes it: {@code -2*N*sw^2*delta[a1,a2]}. */
        String times(BigFraction r) {
            String text = Coefficient.format(r, couplings);
            return deltas.equals("1") ? text : text.equals("1") ? deltas : text.equals("-1") ? "-" + deltas
                    : text + "*" + deltas;
        }
    }

    /** Most relabellings the canonical search tries (10!). */
    static final long MAX_RELABELLINGS = 3_628_800L;

    /** The heads of the propagators that join pairs of points (bilocal fields). */
    static Set<String> bilocalHeads(Theory theory, Notation notation) {
        Set<String> heads = new TreeSet<>();
        theory.propagators().stream().filter(r -> r.a().isBilocal())
                .forEach(r -> heads.add(FieldTerm.head(notation.propagator(), r)));
        return heads;
    }

    /** Reads a term; bad input (unknown heads, points or legs) throws {@link TermReader.ReadException}. */
    static PointGraph of(Theory theory, int points, List<Integer> externalFields, TermReader.RawTerm t,
                         Notation notation) {
        Map<String, PropagatorRule> rules = new HashMap<>();
        for (PropagatorRule r : theory.propagators()) {
            rules.putIfAbsent(FieldTerm.head(notation.propagator(), r), r); // one rule per head stands for its bases
        }
        Map<String, Integer> index = ExpansionComparison.pointIndex(points, t);
        // amputated: the external names tied by Delta factors are one point, named by the smallest
        int[] classOf = notation.amputate() ? AmputatedTerms.externalClasses(points, t, index)
                : java.util.stream.IntStream.range(0, points).toArray();
        int size = points + t.integrated().size();
        List<Map<String, Integer>> legs = new ArrayList<>();
        List<List<String>> roles = new ArrayList<>();
        for (int p = 0; p < size; p++) {
            legs.add(new TreeMap<>());
            roles.add(new ArrayList<>());
        }
        List<String> deltas = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (DiagramTerm.Factor f : t.factors()) {
            if (f.head().equals("delta")) {
                for (int k = 0; k < f.power(); k++) {
                    deltas.add(delta(f.a(), f.b(), points));
                }
                continue;
            }
            if (f.head().equals("Delta")) {
                if (!notation.amputate()) {
                    throw new TermReader.ReadException("Delta factors belong to amputated terms: check them with"
                            + " --amputate");
                }
                continue; // read into classOf above
            }
            PropagatorRule r = rules.get(f.head());
            if (r == null) {
                throw new TermReader.ReadException("'" + f.head() + "' is not a propagator of " + theory.name()
                        + "; its propagators are " + new TreeSet<>(rules.keySet()));
            }
            int[] at = new int[f.points().size()];
            for (int k = 0; k < at.length; k++) {
                String p = f.points().get(k);
                Integer i = index.get(p);
                if (i == null) {
                    throw new TermReader.ReadException("point '" + TermReader.displayName(p)
                            + "' is neither an external point x1..x" + points + " nor integrated over");
                }
                at[k] = i < points ? classOf[i] : i;
            }
            boolean symmetric = r.a().base().equals(r.b().base());
            for (int k = 0; k < f.power(); k++) {
                lines.add(new Line(f.head(), at, r.a().isBilocal(), symmetric));
                for (int e = 0; e < at.length; e++) {
                    boolean first = r.a().isBilocal() ? e < 2 : e == 0;
                    legs.get(at[e]).merge((first ? r.a() : r.b()).base(), 1, Integer::sum);
                    // a role that survives the line's own symmetries (both pairs swapped at once, ends exchanged)
                    String role = symmetric ? "s" : r.a().isBilocal() ? (first ? "a" : "b") : String.valueOf(e);
                    roles.get(at[e]).add(f.head() + ":" + role);
                }
            }
            written.add(f.head() + "[" + String.join(",", f.points().stream().map(TermReader::displayName).toList())
                    + "]" + (f.power() > 1 ? "^" + f.power() : ""));
        }
        checkLegs(theory, points, externalFields, t, legs, notation.amputate());
        String[] kinds = new String[size];
        for (int p = 0; p < size; p++) {
            List<String> r = roles.get(p);
            r.sort(null);
            kinds[p] = p < points ? "x" + p : String.join(" ", r);
        }
        deltas.sort(null);
        Map<Part, BigFraction> value = new TreeMap<>();
        value.put(new Part(t.coefficient().couplings(), deltas.isEmpty() ? "1" : String.join("*", deltas)),
                t.coefficient().rational());
        String key = canonical(points, kinds, lines);
        if (notation.amputate()) {
            key = Arrays.toString(classOf) + key; // which legs share a point is part of the integral
        }
        return new PointGraph(key, value, String.join("*", written));
    }

    /** A propagator between points (two, or two pairs for a bilocal one). */
    private record Line(String head, int[] at, boolean bilocal, boolean symmetric) {

        /** Its text with points renamed by {@code label}: the smallest of its equivalent spellings. */
        String text(int[] label) {
            int[] p = new int[at.length];
            for (int k = 0; k < at.length; k++) {
                p[k] = label[at[k]];
            }
            List<int[]> spellings = new ArrayList<>();
            if (bilocal) {
                spellings.add(p);
                spellings.add(new int[] {p[1], p[0], p[3], p[2]});
                if (symmetric) {
                    spellings.add(new int[] {p[2], p[3], p[0], p[1]});
                    spellings.add(new int[] {p[3], p[2], p[1], p[0]});
                }
            } else {
                spellings.add(p);
                if (symmetric) {
                    spellings.add(new int[] {p[1], p[0]});
                }
            }
            int[] best = spellings.stream().min(Arrays::compare).orElseThrow();
            return head + Arrays.toString(best);
        }
    }

    /**
     * The smallest text over all kind-preserving relabellings: new labels are handed out kind by kind
     * in the sorted order of kinds, so only points of one kind trade places.
     */
    private static String canonical(int points, String[] kinds, List<Line> lines) {
        int size = kinds.length;
        Integer[] slots = new Integer[size - points];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = points + i;
        }
        Arrays.sort(slots, (a, b) -> kinds[a].compareTo(kinds[b]));
        Map<String, Integer> perKind = new TreeMap<>();
        for (int p = points; p < size; p++) {
            perKind.merge(kinds[p], 1, Integer::sum);
        }
        long relabellings = 1;
        for (int k : perKind.values()) {
            for (int i = 2; i <= k; i++) {
                relabellings *= i;
                if (relabellings > MAX_RELABELLINGS) {
                    throw new TermReader.ReadException("check compares terms with at most 10! relabellings of their"
                            + " integrated points; this one has " + k + " interchangeable points of one kind among "
                            + (size - points));
                }
            }
        }
        int[] label = new int[size];
        for (int x = 0; x < points; x++) {
            label[x] = x;
        }
        boolean[] used = new boolean[size];
        String[] best = {null};
        search(0, slots, kinds, points, label, used, lines, best);
        StringBuilder sb = new StringBuilder();
        for (Integer s : slots) {
            sb.append(kinds[s]).append(';');
        }
        return sb + "|" + best[0];
    }

    private static void search(int k, Integer[] slots, String[] kinds, int points, int[] label, boolean[] used,
                               List<Line> lines, String[] best) {
        if (k == slots.length) {
            List<String> texts = new ArrayList<>();
            for (Line l : lines) {
                texts.add(l.text(label));
            }
            texts.sort(null);
            String text = String.join(" ", texts);
            if (best[0] == null || text.compareTo(best[0]) < 0) {
                best[0] = text;
            }
            return;
        }
        String kind = kinds[slots[k]];
        for (int p = points; p < kinds.length; p++) {
            if (!used[p] && kinds[p].equals(kind)) {
                used[p] = true;
                label[p] = points + k;
                search(k + 1, slots, kinds, points, label, used, lines, best);
                used[p] = false;
            }
        }
    }

    /**
     * Every external point ends one line of its own field; every integrated point ends the legs of a
     * local vertex, or of the first or second time of a multi-local one (a bilocal field counts at
     * both times of its pair).
     */
    private static void checkLegs(Theory theory, int points, List<Integer> externalFields, TermReader.RawTerm t,
                                  List<Map<String, Integer>> legs, boolean amputated) {
        // amputated, an external name is the vertex its leg ended on: its lines are that vertex's
        for (int x = 0; x < points && !amputated; x++) {
            String own = theory.fields().get(externalFields.get(x)).base();
            if (!legs.get(x).equals(Map.of(own, 1))) {
                throw new TermReader.ReadException("x" + (x + 1) + " must end exactly one " + own + " line, not "
                        + describe(legs.get(x)));
            }
        }
        List<Map<String, Integer>> allowed = new ArrayList<>();
        for (VertexRule v : theory.vertices()) {
            if (!v.isMultiLocal()) {
                allowed.add(bases(v, null));
            } else {
                allowed.add(bases(v, Field.Time.T1));
                allowed.add(bases(v, Field.Time.T2));
            }
        }
        for (int i = 0; i < t.integrated().size(); i++) {
            Map<String, Integer> here = legs.get(points + i);
            if (!allowed.contains(here)) {
                throw new TermReader.ReadException("integrated point '" + TermReader.displayName(t.integrated().get(i))
                        + "' ends " + describe(here) + ", which is no vertex (nor one time of a vertex) of "
                        + theory.name());
            }
        }
    }

    /** The legs of {@code v} by base field; with {@code time}, those at that time (and bilocal ones). */
    private static Map<String, Integer> bases(VertexRule v, Field.Time time) {
        Map<String, Integer> m = new TreeMap<>();
        for (Field f : v.legs()) {
            if (time == null || f.time() == time || f.time() == Field.Time.PAIR) {
                m.merge(f.base(), 1, Integer::sum);
            }
        }
        return m;
    }

    private static String describe(Map<String, Integer> ends) {
        if (ends.isEmpty()) {
            return "no line";
        }
        StringBuilder sb = new StringBuilder();
        ends.forEach((f, k) -> sb.append(sb.length() > 0 ? ", " : "").append(k).append(' ').append(f));
        return sb.toString();
    }

    /** {@code delta[a2,a1]} → {@code delta[a1,a2]}, refusing indices that are not a1 … an. */
    static String delta(String a, String b, int points) {
        int i = index(a, points);
        int j = index(b, points);
        if (i == j) {
            throw new TermReader.ReadException("delta[" + a + "," + b + "] ties an index to itself");
        }
        return "delta[a" + Math.min(i, j) + ",a" + Math.max(i, j) + "]";
    }

    private static int index(String a, int points) {
        if (a.matches("a[1-9][0-9]*") && Integer.parseInt(a.substring(1)) <= points) {
            return Integer.parseInt(a.substring(1));
        }
        throw new TermReader.ReadException("'" + a + "' in a delta is not an external index a1..a" + points);
    }
}
