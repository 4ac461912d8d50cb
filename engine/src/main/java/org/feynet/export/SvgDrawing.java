package org.feynet.export;

import java.util.Locale;
import org.feynet.graph.Diagram;

/**
 * A diagram as an SVG picture, no TeX needed: the coordinates of {@link DiagramLayout}, straight
 * lines for single propagators, quadratic curves bent apart for parallel ones, cubic loops for
 * self-loops, dots for vertices and labels x1 … xn at the external points.
 */
public final class SvgDrawing {

    /** Pixels per centimetre of the layout. */
    static final double SCALE = 40;
    /** Width and height of one picture in pixels. */
    public static final int SIZE = 220;

    private SvgDrawing() {
    }

    /** A complete {@code <svg>} element for one diagram. */
    public static String of(Diagram d) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + SIZE + "\" height=\"" + SIZE + "\" viewBox=\"0 0 "
                + SIZE + " " + SIZE + "\">\n" + body(d) + "</svg>\n";
    }

    /** The drawing's elements, for embedding in a larger picture. */
    static String body(Diagram d) {
        DiagramLayout layout = DiagramLayout.of(d);
        int[][] a = d.adjacency();
        int n = d.points();
        StringBuilder sb = new StringBuilder();
        sb.append("<g fill=\"none\" stroke=\"black\" stroke-width=\"1.5\">\n");
        for (DiagramLayout.Stroke st : layout.strokes(a)) {
            double[] p = px(layout, st.from());
            if (st.isLoop()) {
                double dir = Math.toRadians(st.loopDirection());
                double r = 1.1 * SCALE;
                // y grows downwards in SVG, upwards in the layout; control points 35° either side
                double c1x = p[0] + r * Math.cos(dir - 0.6);
                double c1y = p[1] - r * Math.sin(dir - 0.6);
                double c2x = p[0] + r * Math.cos(dir + 0.6);
                double c2y = p[1] - r * Math.sin(dir + 0.6);
                sb.append(String.format(Locale.ROOT, "  <path d=\"M %.1f %.1f C %.1f %.1f %.1f %.1f %.1f %.1f\"/>%n",
                        p[0], p[1], c1x, c1y, c2x, c2y, p[0], p[1]));
                continue;
            }
            double[] q = px(layout, st.to());
            if (st.bend() == 0) {
                sb.append(String.format(Locale.ROOT, "  <line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>%n",
                        p[0], p[1], q[0], q[1]));
                continue;
            }
            double mx = (p[0] + q[0]) / 2;
            double my = (p[1] + q[1]) / 2;
            double len = Math.hypot(q[0] - p[0], q[1] - p[1]);
            double off = Math.tan(Math.toRadians(st.bend())) * len / 2;
            double nx = -(q[1] - p[1]) / Math.max(len, 1e-9);
            double ny = (q[0] - p[0]) / Math.max(len, 1e-9);
            sb.append(String.format(Locale.ROOT, "  <path d=\"M %.1f %.1f Q %.1f %.1f %.1f %.1f\"/>%n",
                    p[0], p[1], mx - off * nx, my - off * ny, q[0], q[1]));
        }
        sb.append("</g>\n<g fill=\"black\" font-family=\"serif\" font-size=\"14\">\n");
        for (int p = 0; p < d.size(); p++) {
            double[] c = px(layout, p);
            if (p < n) {
                double dx = c[0] < SIZE / 2.0 ? -18 : 6;
                double dy = c[1] < SIZE / 2.0 ? -4 : 14;
                sb.append(String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\" font-style=\"italic\">x<tspan"
                        + " font-size=\"10\" dy=\"3\">%d</tspan></text>%n", c[0] + dx, c[1] + dy, p + 1));
            } else {
                sb.append(String.format(Locale.ROOT, "  <circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"/>%n", c[0], c[1]));
            }
        }
        sb.append("</g>\n");
        return sb.toString();
    }

    private static double[] px(DiagramLayout layout, int p) {
        return new double[] {SIZE / 2.0 + SCALE * layout.x()[p], SIZE / 2.0 - SCALE * layout.y()[p]};
    }
}
