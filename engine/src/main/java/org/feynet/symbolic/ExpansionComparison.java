package org.feynet.symbolic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.feynet.graph.CanonicalLabelling;
import org.feynet.graph.Diagram;
import org.feynet.rules.Coefficient;
import org.feynet.rules.Theory;
import org.feynet.rules.VertexRule;

/**
 * Compares a person's expansion with the engine's, diagram by diagram: each of the person's terms
 * is turned back into a diagram (propagators are edges, integrated points are vertices, the vertex
 * type follows from the number of lines at a point) and numbered canonically
 * ({@link CanonicalLabelling}); terms of the same diagram are added; then every diagram is looked up
 * among the engine's. Dummy names, argument order and the nesting of integrals therefore do not
 * matter — only the diagrams and their coefficients do.
 */
public final class ExpansionComparison {

    /** What differs. */
    public enum Kind { MISSING, EXTRA, WRONG_COEFFICIENT }

    /**
     * One difference.
     *
     * @param kind missing (engine has it, the person not), extra (the other way) or wrong coefficient
     * @param engine the engine's diagram, or null for an extra term
     * @param engineTerm the engine's term, or null
     * @param yourTerm the person's term in canonical form with the person's coefficient, or null
     * @param picture the diagram's one-line picture ({@link Diagram#picture()})
     */
    public record Difference(Kind kind, Diagram engine, Term engineTerm, Term yourTerm, String picture) {
    }

    /**
     * The outcome: matched diagrams and the differences.
     *
     * @param matched the diagrams (or, with {@code integrals}, the integrals) written right
     * @param integrals the distinct integrals the diagrams give, when diagrams that pair the times of
     *                  multi-local vertices differently are one integral; 0 when every diagram is its own
     * @param differences what differs
     */
    public record Result(int matched, int integrals, List<Difference> differences) {

        /** The outcome when every diagram is an integral of its own. */
        public Result(int matched, List<Difference> differences) {
            this(matched, 0, differences);
        }

        public boolean matches() {
            return differences.isEmpty();
        }
    }

    private ExpansionComparison() {
    }

    public static Result compare(Theory theory, int points, List<Diagram> engine, List<TermReader.RawTerm> yours,
                                 Notation notation) {
        Map<String, Diagram> expected = new LinkedHashMap<>();
        for (Diagram d : engine) {
            int[] types = d.vertexTypes().stream().mapToInt(Integer::intValue).toArray();
            expected.put(key(points, types, d.adjacency()), d);
        }
        Map<String, Coefficient> written = new LinkedHashMap<>();
        Map<String, int[][]> matrices = new HashMap<>();
        for (TermReader.RawTerm t : yours) {
            if (t.coefficient().rational().signum() == 0) {
                continue; // a 0 (an empty expansion, or a term times 0) stands for no diagram
            }
            Canonical c = canonical(theory, points, t, notation.amputate());
            String k = c.key();
            matrices.put(k, c.adjacency());
            written.merge(k, t.coefficient(), ExpansionComparison::add);
        }
        List<Difference> differences = new ArrayList<>();
        int matched = 0;
        for (Map.Entry<String, Diagram> e : expected.entrySet()) {
            Diagram d = e.getValue();
            Coefficient mine = written.remove(e.getKey());
            DiagramTerm engineTerm = DiagramTerm.of(d, notation);
            if (mine == null || mine.rational().signum() == 0) {
                differences.add(new Difference(Kind.MISSING, d, engineTerm, null, d.picture()));
            } else if (!mine.equals(d.weight())) {
                differences.add(new Difference(Kind.WRONG_COEFFICIENT, d, engineTerm,
                        DiagramTerm.of(points, d.adjacency(), mine, notation), d.picture()));
            } else {
                matched++;
            }
        }
        for (Map.Entry<String, Coefficient> e : written.entrySet()) {
            if (e.getValue().rational().signum() != 0) {
                int[][] m = matrices.get(e.getKey());
                differences.add(new Difference(Kind.EXTRA, null, null,
                        DiagramTerm.of(points, m, e.getValue(), notation), Diagram.picture(points, m)));
            }
        }
        return new Result(matched, differences);
    }

    /** A term's diagram in canonical numbering, and its key. */
    record Canonical(String key, int[][] adjacency) {
    }

    /**
     * The canonical diagram of a term: propagators and integrals, and, when {@code amputated}, the
     * Delta factors that tie amputated legs to one point.
     */
    static Canonical canonical(Theory theory, int points, TermReader.RawTerm t, boolean amputated) {
        Graph g = amputated ? AmputatedTerms.toGraph(theory, points, t) : toGraph(theory, points, t);
        int[] perm = CanonicalLabelling.of(points, g.types, g.adjacency);
        int[][] canonical = CanonicalLabelling.relabel(g.adjacency, perm);
        int[] sortedTypes = g.types.clone();
        Arrays.sort(sortedTypes);
        return new Canonical(Arrays.toString(sortedTypes) + Arrays.deepToString(canonical), canonical);
    }

    static String key(int points, int[] types, int[][] adjacency) {
        int[] perm = CanonicalLabelling.of(points, types, adjacency);
        int[] sortedTypes = types.clone();
        Arrays.sort(sortedTypes);
        return Arrays.toString(sortedTypes) + Arrays.deepToString(CanonicalLabelling.relabel(adjacency, perm));
    }

    /** Adds coefficients of the same diagram; different coupling monomials cannot be added. */
    static Coefficient add(Coefficient a, Coefficient b) {
        if (a.rational().signum() == 0) {
            return b;
        }
        if (b.rational().signum() == 0) {
            return a;
        }
        if (!a.couplings().equals(b.couplings())) {
            throw new TermReader.ReadException("the same diagram is written with couplings " + a.couplings()
                    + " and " + b.couplings());
        }
        return new Coefficient(a.rational().add(b.rational()), a.couplings());
    }

    record Graph(int[] types, int[][] adjacency) {
    }

    /** A term as a diagram: x1…xn external, integrated points internal, types from their valence. */
    private static Graph toGraph(Theory theory, int points, TermReader.RawTerm t) {
        Map<String, Integer> index = pointIndex(points, t);
        List<String> integrated = t.integrated();
        int size = points + integrated.size();
        int[][] a = new int[size][size];
        for (DiagramTerm.Factor f : t.factors()) {
            if (f.head().equals("Delta")) {
                throw new TermReader.ReadException("Delta factors belong to amputated terms: check them with --amputate");
            }
            for (String p : new String[] {f.a(), f.b()}) {
                if (!index.containsKey(p)) {
                    throw new TermReader.ReadException("point '" + TermReader.displayName(p)
                            + "' is neither an external point x1..x" + points + " nor integrated over");
                }
            }
            int i = index.get(f.a());
            int j = index.get(f.b());
            a[i][j] += f.power();
            if (i != j) {
                a[j][i] += f.power();
            }
        }
        for (int x = 0; x < points; x++) {
            int degree = degree(a, x);
            if (degree != 1) {
                throw new TermReader.ReadException("x" + (x + 1) + " is the end of " + degree
                        + " propagators in a term; an external point ends exactly one");
            }
        }
        int[] types = new int[integrated.size()];
        for (int i = 0; i < integrated.size(); i++) {
            int degree = degree(a, points + i);
            try {
                types[i] = typeOfValence(theory, degree);
            } catch (TermReader.ReadException e) {
                throw new TermReader.ReadException("integrated point '" + TermReader.displayName(integrated.get(i)) + "': "
                        + e.getMessage());
            }
        }
        return new Graph(types, a);
    }

    /** The number of line ends at point p of a multiplicity matrix (a self-loop has two). */
    static int degree(int[][] a, int p) {
        int degree = 0;
        for (int q = 0; q < a.length; q++) {
            degree += q == p ? 2 * a[p][p] : a[p][q];
        }
        return degree;
    }

    /** x1…xn are points 0…n−1, the term's integrated points follow in the order they are integrated. */
    static Map<String, Integer> pointIndex(int points, TermReader.RawTerm t) {
        Map<String, Integer> index = new HashMap<>();
        for (int x = 0; x < points; x++) {
            index.put("x" + (x + 1), x);
        }
        for (int i = 0; i < t.integrated().size(); i++) {
            index.put(t.integrated().get(i), points + i);
        }
        return index;
    }

    static int typeOfValence(Theory theory, int valence) {
        int found = -1;
        for (int t = 0; t < theory.vertices().size(); t++) {
            VertexRule v = theory.vertices().get(t);
            if (v.valence() == valence) {
                if (found >= 0) {
                    throw new TermReader.ReadException("a point with " + valence + " lines could be several vertices of "
                            + theory.name() + "; check cannot tell them apart");
                }
                found = t;
            }
        }
        if (found < 0) {
            throw new TermReader.ReadException("it is the end of " + valence + " lines, and no vertex of "
                    + theory.name() + " has " + valence);
        }
        return found;
    }
}
