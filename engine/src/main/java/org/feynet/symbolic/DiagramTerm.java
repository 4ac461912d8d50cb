package org.feynet.symbolic;

import java.util.ArrayList;
import java.util.List;
import org.feynet.graph.Diagram;
import org.feynet.rules.Coefficient;

/**
 * The position-space term of a diagram: weight × Π propagators × ∫ over internal points.
 *
 * <p>Internal points are named y1, y2, … in the diagram's canonical numbering (the generator emits
 * every diagram in it, see {@link org.feynet.graph.CanonicalLabelling}), so the same diagram always
 * gives the same text and two terms are equal exactly when their diagrams are. Propagators are
 * written with their points in the order x1…xn, y1…, sorted, a multiple propagator as a power:
 * {@code lambda^2/6*Int[Int[G[x1,y1]*G[x2,y2]*G[y1,y2]^3, y2], y1]} is the sunset.
 *
 * @param coefficient the diagram's weight
 * @param factors the propagators (and Delta factors of amputated legs), each {@code head}, its two
 *                point names, and its power
 * @param integrated the integration points, outermost first
 */
public record DiagramTerm(Coefficient coefficient, List<Factor> factors, List<String> integrated) implements Term {

    /**
     * One factor {@code head[a,b]^power}; a bilocal propagator joins two pairs of points,
     * {@code head[a,b,more0,more1]} (the pair (a, b) at one end, {@code more} at the other).
     */
    public record Factor(String head, String a, String b, int power, List<String> more) {

        public Factor {
            more = List.copyOf(more);
        }

        /** A factor between two points. */
        public Factor(String head, String a, String b, int power) {
            this(head, a, b, power, List.of());
        }

        /** All its points in order: a, b and the further ones. */
        public List<String> points() {
            List<String> all = new ArrayList<>(List.of(a, b));
            all.addAll(more);
            return all;
        }
    }

    public DiagramTerm {
        factors = List.copyOf(factors);
        integrated = List.copyOf(integrated);
    }

    /** The term of {@code d} in the given notation. */
    public static DiagramTerm of(Diagram d, Notation notation) {
        return of(d.points(), d.adjacency(), d.weight(), notation);
    }

    /**
     * The term of a diagram given by its multiplicity matrix in canonical numbering (external points
     * first) and its coefficient.
     */
    public static DiagramTerm of(int n, int[][] a, Coefficient coefficient, Notation notation) {
        int size = a.length;
        String[] name = new String[size];
        List<Factor> factors = new ArrayList<>();
        for (int x = 0; x < n; x++) {
            name[x] = "x" + (x + 1);
        }
        boolean[] external = new boolean[size];
        if (notation.amputate()) {
            // The point a leg was attached to takes the leg's name; later legs at the same point
            // become Delta factors; two legs joined directly are a Delta themselves.
            for (int x = 0; x < n; x++) {
                int attached = -1;
                for (int p = 0; p < size; p++) {
                    if (p != x && a[x][p] > 0) {
                        attached = p;
                    }
                }
                if (attached < n) {
                    if (x < attached) {
                        factors.add(new Factor("Delta", name[x], name[attached], 1));
                    }
                } else if (name[attached] == null) {
                    name[attached] = name[x];
                    external[attached] = true;
                } else {
                    factors.add(new Factor("Delta", name[attached], name[x], 1));
                }
            }
        }
        List<String> integrated = new ArrayList<>();
        int y = 0;
        for (int p = n; p < size; p++) {
            if (name[p] == null) {
                name[p] = "y" + (++y);
                integrated.add(name[p]);
            }
        }
        List<Factor> propagators = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            for (int j = i; j < size; j++) {
                if (a[i][j] == 0 || (notation.amputate() && (i < n || j < n))) {
                    continue;
                }
                propagators.add(new Factor(notation.propagator(), name[i], name[j], a[i][j]));
            }
        }
        propagators.sort(DiagramTerm::byPoints);
        factors.sort(DiagramTerm::byPoints);
        factors.addAll(0, propagators);
        return new DiagramTerm(coefficient, factors, integrated);
    }

    /** Orders factors by their points, x before y, numerically: G[x1,y1] before G[x2,y1] before G[y1,y2]. */
    private static int byPoints(Factor f, Factor g) {
        int c = comparePoints(f.a(), g.a());
        return c != 0 ? c : comparePoints(f.b(), g.b());
    }

    static int comparePoints(String p, String q) {
        if (p.charAt(0) != q.charAt(0)) {
            return Character.compare(p.charAt(0), q.charAt(0));
        }
        return Integer.compare(Integer.parseInt(p.substring(1)), Integer.parseInt(q.substring(1)));
    }

    /** Symja input form, e.g. {@code -lambda/2*Int[G[x1,y1]*G[x2,y1]*G[y1,y1], y1]}. */
    @Override
    public String symja() {
        List<String> heads = new ArrayList<>();
        List<Integer> powers = new ArrayList<>();
        for (Factor f : factors) {
            heads.add(f.head() + "[" + f.a() + "," + f.b() + "]");
            powers.add(f.power());
        }
        return Term.symja(coefficient, heads, powers, integrated);
    }

    /** LaTeX, e.g. {@code -\frac{\lambda}{2}\int d^dy_{1}\,G(x_{1},y_{1})\,G(x_{2},y_{1})\,G(y_{1},y_{1})}. */
    @Override
    public String latex(String cutoff) {
        StringBuilder sb = new StringBuilder(LatexText.coefficient(coefficient));
        for (String p : integrated) {
            sb.append("\\int").append(LatexText.cutoff(p, cutoff)).append(" d^dy_{").append(p.substring(1)).append("}\\,");
        }
        boolean first = true;
        for (Factor f : factors) {
            if (!first) {
                sb.append("\\,");
            }
            first = false;
            String head = f.head().equals("Delta") ? "\\delta" : f.head();
            sb.append(head).append('(').append(LatexText.point(f.a())).append(',').append(LatexText.point(f.b())).append(')');
            if (f.power() > 1) {
                sb.append("^{").append(f.power()).append('}');
            }
        }
        return sb.toString();
    }

    /** The collected sum of terms in Symja input form: {@code t1 + t2 - t3}. */
    public static String sum(List<DiagramTerm> terms) {
        if (terms.isEmpty()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (DiagramTerm t : terms) {
            String s = t.symja();
            if (sb.length() == 0) {
                sb.append(s);
            } else if (s.startsWith("-")) {
                sb.append(" - ").append(s.substring(1));
            } else {
                sb.append(" + ").append(s);
            }
        }
        return sb.toString();
    }
}
