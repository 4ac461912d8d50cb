package org.feynet.export;

import java.util.List;
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
        for (int i = 0; i < a.length; i++) {
            for (int j = i; j < a.length; j++) {
                if (a[i][j] == 0) {
                    continue;
                }
                if (i == j) {
                    double away = layout.awayFromNeighbours(a, i);
                    for (int k = 0; k < a[i][i]; k++) {
                        double dir = away + (k - (a[i][i] - 1) / 2.0) * 70;
                        loops.append(String.format(Locale.ROOT,
                                "  \\draw (%s.center) .. controls +(%.0f:1.1cm) and +(%.0f:1.1cm) .. (%s.center);%n",
                                name(d, i), dir - 35, dir + 35, name(d, i)));
                    }
                    continue;
                }
                List<Integer> bends = DiagramLayout.bends(a[i][j]);
                for (int bend : bends) {
                    String style = bend == 0 ? "" : bend > 0 ? "[bend left=" + bend + "] " : "[bend right=" + (-bend) + "] ";
                    sb.append("    (").append(name(d, i)).append(") -- ").append(style).append('(').append(name(d, j))
                            .append("),\n");
                }
            }
        }
        sb.append("  };\n").append(loops).append("\\end{feynman}\n\\end{tikzpicture}");
        return sb.toString();
    }

    private static String name(Diagram d, int p) {
        return d.pointName(p);
    }
}
