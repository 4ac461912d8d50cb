package org.feynet.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.feynet.rules.Theory;

/**
 * Reads an amputated term back into its full diagram, for {@code check --amputate}.
 *
 * <p>An amputated term (as {@link DiagramTerm} writes it with {@code --amputate}) drops the
 * propagator of every external leg: the point the leg ended on takes the leg's name x_i, a second
 * leg on the same point is written {@code Delta[x_i, x_j]}, and two legs joined by a bare line are
 * {@code Delta[x_i, x_j]} alone. Reading back: the Delta factors split the external names into
 * classes (union–find); a class whose names no propagator touches and that holds exactly two is a
 * bare line x_i–x_j (no vertex has two legs); every other class is one vertex, whose valence is its
 * number of legs plus the propagator ends at its names. Then each x_i gets its leg back, to its
 * class's vertex, and the result is the ordinary (non-amputated) diagram: external points 0 … n−1
 * of degree 1, internal vertices typed by valence. Cost: linear in the factors, plus the
 * canonical labelling the caller does.
 */
final class AmputatedTerms {

    private AmputatedTerms() {
    }

    static ExpansionComparison.Graph toGraph(Theory theory, int points, TermReader.RawTerm t) {
        Map<String, Integer> index = ExpansionComparison.pointIndex(points, t);
        int[] classOf = externalClasses(points, t, index);
        List<DiagramTerm.Factor> propagators = t.factors().stream().filter(f -> !f.head().equals("Delta")).toList();
        for (DiagramTerm.Factor f : propagators) {
            for (String p : new String[] {f.a(), f.b()}) {
                if (!index.containsKey(p)) {
                    throw new TermReader.ReadException("point '" + TermReader.displayName(p)
                            + "' is neither an external point x1..x" + points + " nor integrated over");
                }
            }
        }
        int[] legs = new int[points];
        int[] ends = new int[points];
        for (int x = 0; x < points; x++) {
            legs[classOf[x]]++;
        }
        for (DiagramTerm.Factor f : propagators) {
            for (String p : new String[] {f.a(), f.b()}) {
                int i = index.get(p);
                if (i < points) {
                    ends[classOf[i]] += f.power();
                }
            }
        }
        // a vertex for each class that is not a bare line, numbered after the integrated points
        int integrated = t.integrated().size();
        int[] vertexOf = new int[points];
        int size = points + integrated;
        for (int x = 0; x < points; x++) {
            vertexOf[x] = -1;
            if (classOf[x] == x && !(legs[x] == 2 && ends[x] == 0)) {
                vertexOf[x] = size++;
            }
        }
        int[][] a = new int[size][size];
        for (int x = 0; x < points; x++) {
            int root = classOf[x];
            if (vertexOf[root] >= 0) {
                a[x][vertexOf[root]]++;
                a[vertexOf[root]][x]++;
            } else if (x != root) {
                a[x][root]++;
                a[root][x]++;
            }
        }
        for (DiagramTerm.Factor f : propagators) {
            int i = at(index.get(f.a()), points, classOf, vertexOf);
            int j = at(index.get(f.b()), points, classOf, vertexOf);
            a[i][j] += f.power();
            if (i != j) {
                a[j][i] += f.power();
            }
        }
        int[] types = new int[size - points];
        for (int p = points; p < size; p++) {
            int degree = ExpansionComparison.degree(a, p);
            String name = p < points + integrated ? "integrated point '"
                    + TermReader.displayName(t.integrated().get(p - points)) + "'"
                    : "the point of " + classNames(p, points, classOf, vertexOf);
            try {
                types[p - points] = ExpansionComparison.typeOfValence(theory, degree);
            } catch (TermReader.ReadException e) {
                throw new TermReader.ReadException(name + ": " + e.getMessage() + (p < points + integrated ? ""
                        : " (amputated, an external name stands for the vertex its leg ended on, and its leg counts)"));
            }
        }
        return new ExpansionComparison.Graph(types, a);
    }

    /**
     * The classes of external names that a term's Delta factors tie (union–find): for each name x,
     * the smallest name of its class. Each Delta must tie two different external names not yet tied
     * — a Delta written twice, or a cycle of them, is bad input.
     */
    static int[] externalClasses(int points, TermReader.RawTerm t, Map<String, Integer> index) {
        int[] parent = new int[points];
        for (int x = 0; x < points; x++) {
            parent[x] = x;
        }
        for (DiagramTerm.Factor f : t.factors()) {
            if (!f.head().equals("Delta")) {
                continue;
            }
            Integer i = index.get(f.a());
            Integer j = index.get(f.b());
            String written = "Delta[" + TermReader.displayName(f.a()) + "," + TermReader.displayName(f.b()) + "]";
            if (i == null || j == null || i >= points || j >= points || i.equals(j) || f.power() != 1) {
                throw new TermReader.ReadException(written + (f.power() != 1 ? "^" + f.power() : "")
                        + ": an amputated term ties two different external points x1..x" + points + ", once");
            }
            int a = find(parent, i);
            int b = find(parent, j);
            if (a == b) {
                throw new TermReader.ReadException(written + " ties points that other Delta factors of the term"
                        + " already tie (a Delta twice, or a cycle of them)");
            }
            parent[Math.max(a, b)] = Math.min(a, b);
        }
        int[] classOf = new int[points];
        for (int x = 0; x < points; x++) {
            classOf[x] = find(parent, x);
        }
        return classOf;
    }

    /** Where a propagator end at point i sits: an external name stands for its class's vertex. */
    private static int at(int i, int points, int[] classOf, int[] vertexOf) {
        return i < points ? vertexOf[classOf[i]] : i;
    }

    /** "x1 (= x3)": the external names of the class whose vertex is p. */
    private static String classNames(int p, int points, int[] classOf, int[] vertexOf) {
        List<String> names = new ArrayList<>();
        for (int x = 0; x < points; x++) {
            if (vertexOf[classOf[x]] == p) {
                names.add("x" + (x + 1));
            }
        }
        return String.join(" = ", names);
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
