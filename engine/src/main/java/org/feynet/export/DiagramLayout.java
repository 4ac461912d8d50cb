package org.feynet.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.feynet.graph.Diagram;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Coordinates for drawing a diagram: external points fixed on a circle (x1 on the left, the others
 * following clockwise; with two points, x1 left and x2 right), internal vertices placed by
 * JGraphT's Fruchterman–Reingold force-directed layout (T. Fruchterman, E. Reingold, Softw. Pract.
 * Exp. 21 (1991) 1129) on the simple graph underneath (multi-edges merged, self-loops dropped),
 * with a fixed seed so that the same diagram is always drawn the same way.
 *
 * @param x x coordinate of each point, in centimetres, centred on 0
 * @param y y coordinate of each point
 */
public record DiagramLayout(double[] x, double[] y) {

    /** Radius of the circle of external points, in centimetres. */
    static final double RADIUS = 2.0;

    public static DiagramLayout of(Diagram d) {
        int n = d.points();
        int size = d.size();
        int[][] a = d.adjacency();
        double[] px = new double[size];
        double[] py = new double[size];
        for (int i = 0; i < n; i++) {
            double angle = Math.PI - 2 * Math.PI * i / n; // x1 at the left, then clockwise
            px[i] = RADIUS * Math.cos(angle);
            py[i] = RADIUS * Math.sin(angle);
        }
        int internal = size - n;
        for (int k = 0; k < internal; k++) {
            // Start on a small circle, pulled towards the external points the vertex holds, so that
            // a vertex with legs x1, x2 starts on their side.
            double angle = Math.PI - 2 * Math.PI * k / Math.max(internal, 1);
            double sx = internal == 1 ? 0 : 0.8 * Math.cos(angle);
            double sy = internal == 1 ? 0 : 0.8 * Math.sin(angle);
            int legs = 0;
            double lx = 0;
            double ly = 0;
            for (int x = 0; x < n; x++) {
                if (a[x][n + k] > 0) {
                    legs++;
                    lx += px[x];
                    ly += py[x];
                }
            }
            px[n + k] = legs == 0 ? sx : 0.5 * lx / legs + 0.3 * sx;
            py[n + k] = legs == 0 ? sy : 0.5 * ly / legs + 0.3 * sy;
        }
        if (internal > 1) {
            relax(a, n, size, px, py);
        }
        return new DiagramLayout(px, py);
    }

    private static void relax(int[][] a, int n, int size, double[] px, double[] py) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < size; i++) {
            g.addVertex(i);
        }
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                if (a[i][j] > 0) {
                    g.addEdge(i, j);
                }
            }
        }
        LayoutModel2D<Integer> model = new MapLayoutModel2D<>(Box2D.of(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS));
        for (int i = 0; i < size; i++) {
            model.put(i, Point2D.of(px[i], py[i]));
            model.setFixed(i, i < n);
        }
        FRLayoutAlgorithm2D<Integer, DefaultEdge> fr = new FRLayoutAlgorithm2D<>(200, 0.5, new Random(1));
        fr.setInitializer(v -> Point2D.of(px[v], py[v]));
        fr.layout(g, model);
        for (int i = n; i < size; i++) {
            Point2D p = model.get(i);
            px[i] = 0.75 * p.getX(); // keep internal vertices inside the ring of external points
            py[i] = 0.75 * p.getY();
        }
    }

    /** The direction, in degrees, pointing away from the neighbours of a point (for self-loops). */
    private double awayFromNeighbours(int[][] a, int point) {
        double sx = 0;
        double sy = 0;
        for (int q = 0; q < a.length; q++) {
            if (q != point && a[point][q] > 0) {
                double len = Math.max(Math.hypot(x[q] - x[point], y[q] - y[point]), 1e-9);
                sx += (x[q] - x[point]) / len; // unit vectors: a near neighbour counts as much as a far one
                sy += (y[q] - y[point]) / len;
            }
        }
        if (Math.abs(sx) < 1e-9 && Math.abs(sy) < 1e-9) {
            return 90;
        }
        return Math.toDegrees(Math.atan2(-sy, -sx));
    }

    /**
     * How to draw one propagator: between {@code from} and {@code to}, bent by {@code bend} degrees
     * (0 straight, positive to the left), or, for a self-loop ({@code from == to}), as a loop whose
     * middle points in the direction {@code loopDirection} (degrees).
     */
    record Stroke(int from, int to, int bend, double loopDirection) {
        boolean isLoop() {
            return from == to;
        }
    }

    /**
     * Every propagator of the diagram as a {@link Stroke}: parallel propagators fanned out by
     * {@link #bends}, self-loops pointing away from the vertex's other lines, 70° apart.
     */
    List<Stroke> strokes(int[][] a) {
        List<Stroke> out = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            for (int j = i; j < a.length; j++) {
                if (a[i][j] == 0) {
                    continue;
                }
                if (i == j) {
                    double away = awayFromNeighbours(a, i);
                    for (int k = 0; k < a[i][i]; k++) {
                        out.add(new Stroke(i, i, 0, away + (k - (a[i][i] - 1) / 2.0) * 70));
                    }
                } else {
                    for (int bend : bends(a[i][j])) {
                        out.add(new Stroke(i, j, bend, 0));
                    }
                }
            }
        }
        return out;
    }

    /** The bend angles, in degrees, of k parallel propagators: 0 for one, ±30 for two, 0 and ±35 for three… */
    private static List<Integer> bends(int k) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add((int) Math.round((i - (k - 1) / 2.0) * (k == 2 ? 60 : 35)));
        }
        return out;
    }
}
