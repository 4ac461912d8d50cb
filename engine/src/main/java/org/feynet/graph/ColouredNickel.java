package org.feynet.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.feynet.rules.PropagatorRule;
import org.feynet.rules.Theory;

/**
 * The Nickel index of a diagram with several fields: the topology's index, then, after a colon, the
 * fields at the two ends of every line, in the same order — GraphState's way of attaching a field
 * to each edge (Batkovich, Kirienko, Kompaniets, Novikov, arXiv:1409.8227, sec. 2).
 *
 * <h2>Notation</h2>
 * For every internal vertex k, in order, the lines of its Nickel list (external legs {@code e},
 * self-loops, lines to vertices j &gt; k) are written in the same order, separated by {@code _} and
 * closed by {@code |}; a line is written {@code a/b} with a the field at vertex k and b the field at
 * the other end, or just {@code a} when both ends carry a. Lines with the same Nickel entry (several
 * external legs at k, a multiple line to j) are written in increasing order of their fields, so the
 * notation does not depend on how they are listed. A self-loop writes its two fields in increasing
 * order. Examples: the Langevin one-loop response diagram with x1 (h) and x2 (z̃) on different
 * vertices, {@code e11|e|:h/zt_h_zt/h|zt/h|} (vertex 0 holds z̃'s partner h, an h–h line and the z̃
 * end of a response line); a bare h–z̃ propagator {@code e-e:h/zt}. Components of a
 * disconnected diagram are joined by {@code " x "} as in {@link NickelIndex}.
 *
 * <h2>Canonical form</h2>
 * The topology's index is canonical ({@link NickelIndex}); among the numberings that give it — the
 * automorphisms of the uncoloured topology, which that search visits anyway — the one whose field
 * text is smallest ({@link String#compareTo}) is taken. Two diagrams get the same coloured index if
 * and only if they are isomorphic as coloured graphs with the external legs unlabelled (the index
 * lists every line with the fields at both ends). Cost: that of {@link NickelIndex} plus O(lines)
 * per automorphism.
 */
public final class ColouredNickel {

    /** A line of a diagram between points p and q, with the field at each end. */
    public record Line(int p, int q, String atP, String atQ) {
    }

    private ColouredNickel() {
    }

    /** The coloured index of a diagram of {@code theory} (several fields or propagator rules). */
    public static String of(Diagram d, Theory theory) {
        List<Line> lines = new ArrayList<>();
        for (Propagator p : d.propagators()) {
            PropagatorRule r = theory.propagators().get(p.kind());
            lines.add(new Line(p.from(), p.to(), r.a().name(), r.b().name()));
        }
        return of(d.points(), d.size(), lines);
    }

    /**
     * The coloured index of the diagram on points {@code 0 … size−1}, the first {@code points} of
     * them external (each the end of exactly one line; not checked here: diagrams of the generator
     * and indices read by {@link #canonical} have it by construction).
     */
    public static String of(int points, int size, List<Line> lines) {
        int[][] adjacency = new int[size][size];
        for (Line l : lines) {
            adjacency[l.p()][l.q()]++;
            if (l.p() != l.q()) {
                adjacency[l.q()][l.p()]++;
            }
        }
        int[] label = new int[size];
        int components = Components.label(adjacency, size, label, new int[size]);
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < components; c++) {
            List<Integer> internal = new ArrayList<>();
            Line bare = null;
            for (int p = 0; p < size; p++) {
                if (label[p] == c && p >= points) {
                    internal.add(p);
                }
            }
            if (internal.isEmpty()) {
                for (Line l : lines) {
                    if (label[l.p()] == c) {
                        bare = l;
                    }
                }
                parts.add(NickelIndex.BARE_PROPAGATOR + ":" + loop(bare.atP(), bare.atQ()));
                continue;
            }
            int[] vertices = internal.stream().mapToInt(Integer::intValue).toArray();
            NickelIndex.Numbered numbered = NickelIndex.numberings(points, adjacency, vertices);
            String best = null;
            for (int[] numbering : numbered.numberings()) {
                String fields = fields(numbering, size, points, lines);
                if (best == null || fields.compareTo(best) < 0) {
                    best = fields;
                }
            }
            parts.add(numbered.index() + ":" + best);
        }
        Collections.sort(parts);
        return String.join(NickelIndex.COMPONENT_SEPARATOR, parts);
    }

    /** The field text of one numbering ({@code numbering[k]} = the point numbered k). */
    private static String fields(int[] numbering, int size, int points, List<Line> lines) {
        int[] pos = new int[size];
        java.util.Arrays.fill(pos, -1);
        for (int k = 0; k < numbering.length; k++) {
            pos[numbering[k]] = k;
        }
        StringBuilder sb = new StringBuilder();
        List<long[]> order = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < numbering.length; k++) {
            int v = numbering[k];
            order.clear();
            texts.clear();
            for (Line l : lines) {
                if (l.p() == v && l.q() == v) {
                    add(order, texts, k, loop(l.atP(), l.atQ()));
                    continue;
                }
                int other;
                String here;
                String there;
                if (l.p() == v) {
                    other = l.q();
                    here = l.atP();
                    there = l.atQ();
                } else if (l.q() == v) {
                    other = l.p();
                    here = l.atQ();
                    there = l.atP();
                } else {
                    continue;
                }
                if (other < points) {
                    add(order, texts, -1, end(here, there));
                } else if (pos[other] > k) {
                    add(order, texts, pos[other], end(here, there));
                }
            }
            Integer[] idx = new Integer[texts.size()];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = i;
            }
            java.util.Arrays.sort(idx, (a, b) -> order.get(a)[0] != order.get(b)[0]
                    ? Long.compare(order.get(a)[0], order.get(b)[0]) : texts.get(a).compareTo(texts.get(b)));
            for (int i = 0; i < idx.length; i++) {
                sb.append(i > 0 ? "_" : "").append(texts.get(idx[i]));
            }
            sb.append('|');
        }
        return sb.toString();
    }

    private static void add(List<long[]> order, List<String> texts, long entry, String text) {
        order.add(new long[] {entry});
        texts.add(text);
    }

    /** A line seen from one end: {@code a/b}, or {@code a} when both ends carry a. */
    static String end(String here, String there) {
        return here.equals(there) ? here : here + "/" + there;
    }

    /** A line whose ends are not ordered (a self-loop, a bare propagator): fields in increasing order. */
    static String loop(String a, String b) {
        return a.compareTo(b) <= 0 ? end(a, b) : end(b, a);
    }

    /**
     * The canonical coloured index of the diagram that {@code index} describes in any numbering of
     * its vertices (as a person may write it).
     *
     * @throws IllegalArgumentException naming what cannot be read
     */
    public static String canonical(String index) {
        List<int[]> ends = new ArrayList<>(); // per line: kind of p, id of p, kind of q, id of q (kind 0 external, 1 internal)
        List<String[]> fields = new ArrayList<>();
        int externals = 0;
        int internals = 0;
        for (String part : index.trim().split(java.util.regex.Pattern.quote(NickelIndex.COMPONENT_SEPARATOR))) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("'" + part + "' has no fields: write the index, ':', and the fields"
                        + " of every line, e.g. e11|e|:h/zt_h_zt/h|zt/h|");
            }
            String nickel = part.substring(0, colon);
            String colours = part.substring(colon + 1);
            if (nickel.equals(NickelIndex.BARE_PROPAGATOR)) {
                String[] ab = pair(colours, part);
                ends.add(new int[] {0, externals, 0, externals + 1});
                fields.add(ab);
                externals += 2;
                continue;
            }
            String[] groups = nickel.split("\\|", -1);
            String[] colourGroups = colours.split("\\|", -1);
            int n = groups.length - 1;
            if (n < 1 || !groups[n].isEmpty() || colourGroups.length != groups.length || !colourGroups[n].isEmpty()) {
                throw new IllegalArgumentException("'" + part + "': the index and its fields must have the same"
                        + " vertex lists, each closed by |");
            }
            for (int k = 0; k < n; k++) {
                String[] labels = colourGroups[k].isEmpty() ? new String[0] : colourGroups[k].split("_", -1);
                if (labels.length != groups[k].length()) {
                    throw new IllegalArgumentException("'" + part + "': vertex " + k + " lists " + groups[k].length()
                            + " lines but " + labels.length + " fields");
                }
                for (int i = 0; i < labels.length; i++) {
                    char ch = groups[k].charAt(i);
                    String[] ab = pair(labels[i], part);
                    if (ch == 'e') {
                        ends.add(new int[] {1, internals + k, 0, externals++});
                    } else {
                        int j = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".indexOf(ch);
                        if (j < k || j >= n) {
                            throw new IllegalArgumentException("'" + part + "': vertex " + k + " lists '" + ch
                                    + "', not a vertex from " + k + " to " + (n - 1));
                        }
                        ends.add(new int[] {1, internals + k, 1, internals + j});
                    }
                    fields.add(ab);
                }
            }
            internals += n;
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < ends.size(); i++) {
            int[] e = ends.get(i);
            int p = e[0] == 0 ? e[1] : externals + e[1];
            int q = e[2] == 0 ? e[3] : externals + e[3];
            lines.add(new Line(p, q, fields.get(i)[0], fields.get(i)[1]));
        }
        return of(externals, externals + internals, lines);
    }

    /** {@code a/b} → (a, b), {@code a} → (a, a). */
    private static String[] pair(String label, String part) {
        String[] ab = label.split("/", -1);
        if (ab.length > 2 || ab[0].isEmpty() || ab.length == 2 && ab[1].isEmpty()) {
            throw new IllegalArgumentException("'" + part + "': '" + label + "' is not a line's fields (a or a/b)");
        }
        return ab.length == 1 ? new String[] {ab[0], ab[0]} : ab;
    }
}
