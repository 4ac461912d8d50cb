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
        for (DiagramLayout.Stroke st : layout.strokes(a)) {
            String from = name(d, st.from());
            if (st.isLoop()) {
                loops.append(String.format(Locale.ROOT,
                        "  \\draw (%s.center) .. controls +(%.0f:1.1cm) and +(%.0f:1.1cm) .. (%s.center);%n",
                        from, st.loopDirection() - 35, st.loopDirection() + 35, from));
                continue;
            }
            int bend = st.bend();
            String style = bend == 0 ? "" : bend > 0 ? "[bend left=" + bend + "] " : "[bend right=" + (-bend) + "] ";
            sb.append("    (").append(from).append(") -- ").append(style).append('(').append(name(d, st.to())).append("),\n");
        }
        sb.append("  };\n").append(loops).append("\\end{feynman}\n\\end{tikzpicture}");
        return sb.toString();
    }

    private static String name(Diagram d, int p) {
        return d.pointName(p);
    }
}
