package org.feynet.export;

import java.util.Locale;
import org.feynet.graph.Diagram;

/**
 * A diagram as a TikZ-Feynman picture with explicit coordinates from {@link DiagramLayout}, so it
 * compiles with plain pdflatex (TikZ-Feynman's automatic layouts need LuaLaTeX). External points are
 * labelled x_i, vertices are dots, parallel propagators bend apart, self-loops (drawn as Bézier
 * curves) point away from the vertex's other lines.
 */
public final class TikzDrawing {

    private TikzDrawing() {
    }

    public static String of(Diagram d) {
        return of(d, null);
    }

    /**
     * The drawing with a line style per propagator rule when the theory has several fields: the
     * first field plain, the next dashed (scalar), wavy (photon), curly (gluon); a response function
     * ⟨h z̃⟩ as an arrow from its z̃ end to its h end (the direction of time); a bilocal ⟨w w̃⟩ as a
     * double line.
     */
    public static String of(Diagram d, org.feynet.rules.Theory theory) {
        boolean styled = theory != null && theory.hasSeveralFields();
        DiagramLayout layout = DiagramLayout.of(d);
        int[][] a = d.adjacency();
        int n = d.points();
        StringBuilder sb = new StringBuilder();
        sb.append("\\begin{tikzpicture}[baseline=(current bounding box.center)]\n\\begin{feynman}\n");
        for (int p = 0; p < d.size(); p++) {
            String at = String.format(Locale.ROOT, "(%.2f, %.2f)", layout.x()[p], layout.y()[p]);
            if (p < n) {
                sb.append("  \\vertex (").append(name(d, p)).append(") at ").append(at).append(" {\\(x_{").append(p + 1)
                        .append("}\\)};\n");
            } else {
                sb.append("  \\vertex[dot] (").append(name(d, p)).append(") at ").append(at).append(" {};\n");
            }
        }
        // Self-loops are plain TikZ Bezier curves: TikZ-Feynman's loop edges need its automatic layout.
        StringBuilder loops = new StringBuilder();
        sb.append("  \\diagram* {\n");
        java.util.Iterator<org.feynet.graph.Propagator> lines = d.propagators().iterator();
        for (DiagramLayout.Stroke st : layout.strokes(a)) {
            // strokes and propagators both run pair by pair (low, high point), so they pair up in order
            org.feynet.graph.Propagator line = lines.next();
            String edge = styled ? edgeStyle(theory, line) : "";
            String from = name(d, st.from());
            if (st.isLoop()) {
                String loopStyle = styled ? loopStyle(edge) : "";
                loops.append(String.format(Locale.ROOT,
                        "  \\draw%s (%s.center) .. controls +(%.0f:1.1cm) and +(%.0f:1.1cm) .. (%s.center);%n",
                        loopStyle, from, st.loopDirection() - 35, st.loopDirection() + 35, from));
                continue;
            }
            int bend = st.bend();
            String to = name(d, st.to());
            if (edge.equals("fermion") && responseEnd(theory, line) != st.from()) {
                // draw from the response (earlier) end: swap the ends, and the bend's side with them
                String t = from;
                from = to;
                to = t;
                bend = -bend;
            }
            java.util.List<String> options = new java.util.ArrayList<>();
            if (!edge.isEmpty()) {
                options.add(edge);
            }
            if (bend != 0) {
                options.add(bend > 0 ? "bend left=" + bend : "bend right=" + (-bend));
            }
            String style = options.isEmpty() ? "" : "[" + String.join(", ", options) + "] ";
            sb.append("    (").append(from).append(") -- ").append(style).append('(').append(to).append("),\n");
        }
        sb.append("  };\n").append(loops).append("\\end{feynman}\n\\end{tikzpicture}");
        return sb.toString();
    }

    private static final String[] FIELD_STYLES = {"", "scalar", "photon", "gluon", "ghost", "charged scalar"};

    /** The TikZ-Feynman edge style of a propagator's rule. */
    static String edgeStyle(org.feynet.rules.Theory theory, org.feynet.graph.Propagator line) {
        org.feynet.rules.PropagatorRule r = theory.propagators().get(line.kind());
        if (r.a().isBilocal()) {
            return "double";
        }
        if (!r.a().base().equals(r.b().base())) {
            return r.retarded() ? "fermion" : "charged scalar";
        }
        java.util.List<String> bases = theory.fields().stream().map(org.feynet.rules.Field::base).distinct().toList();
        return FIELD_STYLES[bases.indexOf(r.a().base()) % FIELD_STYLES.length];
    }

    /** The point at the response (b) end of an oriented line. */
    static int responseEnd(org.feynet.rules.Theory theory, org.feynet.graph.Propagator line) {
        return line.oriented() ? line.to() : line.from();
    }

    /** Plain TikZ options for a self-loop drawn as a Bézier curve. */
    private static String loopStyle(String edge) {
        return switch (edge) {
            case "" -> "";
            case "double" -> "[double]";
            case "fermion", "charged scalar" -> "[dashed, ->]";
            default -> "[dashed]";
        };
    }

    private static String name(Diagram d, int p) {
        return d.pointName(p);
    }
}
