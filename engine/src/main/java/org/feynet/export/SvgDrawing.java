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
        return of(d, null);
    }

    /**
     * The picture with a line style per propagator rule when the theory has several fields (as
     * {@link TikzDrawing}: the second field dashed, the third dotted…, a response function with an
     * arrowhead pointing to its h end, a bilocal propagator as a double line).
     */
    public static String of(Diagram d, org.feynet.rules.Theory theory) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + SIZE + "\" height=\"" + SIZE + "\" viewBox=\"0 0 "
                + SIZE + " " + SIZE + "\">\n" + body(d, theory) + "</svg>\n";
    }

    /** The drawing's elements, for embedding in a larger picture. */
    static String body(Diagram d) {
        return body(d, null);
    }

    private static String attributes(String edge) {
        return switch (edge) {
            case "scalar", "charged scalar" -> " stroke-dasharray=\"6 4\"";
            case "photon" -> " stroke-dasharray=\"2 3\"";
            case "gluon" -> " stroke-dasharray=\"8 3 2 3\"";
            case "ghost" -> " stroke-dasharray=\"1 4\"";
            case "double" -> " stroke-width=\"4.5\"";
            default -> "";
        };
    }

    /** A bilocal line: the thick stroke again in white, thinner, leaves two parallel lines. */
    private static String doubled(String element, String edge) {
        if (!edge.equals("double")) {
            return element;
        }
        return element + element.replace(" stroke-width=\"4.5\"", " stroke=\"white\" stroke-width=\"1.6\"");
    }

    /** A filled arrowhead at (x, y) pointing along (dx, dy). */
    private static String arrowhead(double x, double y, double dx, double dy) {
        double len = Math.max(Math.hypot(dx, dy), 1e-9);
        double ux = dx / len;
        double uy = dy / len;
        double bx = x - 8 * ux;
        double by = y - 8 * uy;
        return String.format(Locale.ROOT, "  <path d=\"M %.1f %.1f L %.1f %.1f L %.1f %.1f Z\" fill=\"black\"/>%n",
                x + 4 * ux, y + 4 * uy, bx - 4 * uy, by + 4 * ux, bx + 4 * uy, by - 4 * ux);
    }

    static String body(Diagram d, org.feynet.rules.Theory theory) {
        boolean styled = theory != null && theory.hasSeveralFields();
        java.util.Iterator<org.feynet.graph.Propagator> lines = d.propagators().iterator();
        DiagramLayout layout = DiagramLayout.of(d);
        int[][] a = d.adjacency();
        int n = d.points();
        StringBuilder sb = new StringBuilder();
        sb.append("<g fill=\"none\" stroke=\"black\" stroke-width=\"1.5\">\n");
        for (DiagramLayout.Stroke st : layout.strokes(a)) {
            // strokes and propagators both run pair by pair (low, high point), so they pair up in order
            org.feynet.graph.Propagator line = lines.next();
            String edge = styled ? TikzDrawing.edgeStyle(theory, line) : "";
            String style = attributes(edge);
            double[] p = px(layout, st.from());
            if (st.isLoop()) {
                double dir = Math.toRadians(st.loopDirection());
                double r = 1.1 * SCALE;
                // y grows downwards in SVG, upwards in the layout; control points 35° either side
                double c1x = p[0] + r * Math.cos(dir - 0.6);
                double c1y = p[1] - r * Math.sin(dir - 0.6);
                double c2x = p[0] + r * Math.cos(dir + 0.6);
                double c2y = p[1] - r * Math.sin(dir + 0.6);
                sb.append(doubled(String.format(Locale.ROOT, "  <path d=\"M %.1f %.1f C %.1f %.1f %.1f %.1f %.1f %.1f\"%s/>%n",
                        p[0], p[1], c1x, c1y, c2x, c2y, p[0], p[1], style), edge));
                continue;
            }
            double[] q = px(layout, st.to());
            // an arrow on a response line points from its response end to its field end
            double sign = edge.equals("fermion") && TikzDrawing.responseEnd(theory, line) != st.from() ? -1 : 1;
            if (st.bend() == 0) {
                sb.append(doubled(String.format(Locale.ROOT, "  <line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"%s/>%n",
                        p[0], p[1], q[0], q[1], style), edge));
                if (edge.equals("fermion")) {
                    sb.append(arrowhead((p[0] + q[0]) / 2, (p[1] + q[1]) / 2, sign * (q[0] - p[0]), sign * (q[1] - p[1])));
                }
                continue;
            }
            double mx = (p[0] + q[0]) / 2;
            double my = (p[1] + q[1]) / 2;
            double len = Math.hypot(q[0] - p[0], q[1] - p[1]);
            double off = Math.tan(Math.toRadians(st.bend())) * len / 2;
            double nx = -(q[1] - p[1]) / Math.max(len, 1e-9);
            double ny = (q[0] - p[0]) / Math.max(len, 1e-9);
            double cx = mx - off * nx;
            double cy = my - off * ny;
            sb.append(doubled(String.format(Locale.ROOT, "  <path d=\"M %.1f %.1f Q %.1f %.1f %.1f %.1f\"%s/>%n",
                    p[0], p[1], cx, cy, q[0], q[1], style), edge));
            if (edge.equals("fermion")) {
                // the curve's midpoint (p + 2c + q)/4, its tangent there q − p
                sb.append(arrowhead((p[0] + 2 * cx + q[0]) / 4, (p[1] + 2 * cy + q[1]) / 4, sign * (q[0] - p[0]),
                        sign * (q[1] - p[1])));
            }
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
