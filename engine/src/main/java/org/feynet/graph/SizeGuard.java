package org.feynet.graph;

import java.util.List;
import org.feynet.rules.Theory;
import org.feynet.rules.VertexRule;

/**
 * Refuses requests whose size would run for hours or fill memory, before any work starts.
 *
 * <p>Estimate: for each vertex composition, W = (H−1)!! / Π_t k_t! (n_t!)^{k_t} with H the number of
 * half-edges, which is Σ 1/S over all graphs (0-dimensional Wick counting); the number of distinct
 * connected diagrams grows faster than W by a factor close to 2·order (φ⁴ two-point, orders 1–10:
 * the ratio goes 1.6, 3.7, 6.1, … 21, 22), so the estimate is W · max(1, 2·order). It is an
 * order-of-magnitude figure, shown to the user with the refusal. For O(N) theories it is multiplied by
 * the number of index pairings summed per diagram, Π (2k−1)!! over the vertices, which is the work.
 */
public final class SizeGuard {

    /** Largest estimated number of diagrams generated without {@code --force} when only counting. */
    public static final double COUNT_LIMIT = 5e7;
    /** Largest estimated number of diagrams listed one by one without {@code --force}. */
    public static final double LIST_LIMIT = 2e6;
    /** Orders or loop counts beyond this are refused outright without {@code --force}. */
    public static final int ORDER_LIMIT = 40;

    private SizeGuard() {
    }

    /**
     * @throws InvalidRequestException when the request is too large, naming the estimate
     */
    public static void check(ExpansionRequest request, boolean countOnly) {
        int top = request.byLoops() ? request.loops() : request.maxOrder();
        String what = request.byLoops() ? "loop count " + top : "order " + top;
        if (top > ORDER_LIMIT) {
            throw new InvalidRequestException(what + " is absurdly large (limit " + ORDER_LIMIT
                    + " without --force)");
        }
        double estimate = estimate(request);
        double limit = countOnly ? COUNT_LIMIT : LIST_LIMIT;
        if (estimate > limit) {
            String size = Double.isInfinite(estimate) ? "more than 1e308" : String.format("about %.1e", estimate);
            throw new InvalidRequestException(String.format(
                    "%s with %d points would give %s diagrams (estimated%s); refusing above %.0e%s — pass --force to run anyway",
                    what, request.points(), size,
                    request.theory().vertices().stream().anyMatch(VertexRule::isVector) ? ", times the O(N) index pairings" : "",
                    limit, countOnly ? "" : " when listing them (try --count-only)"));
        }
    }

    /** The estimated number of diagrams of the request. */
    public static double estimate(ExpansionRequest request) {
        Theory theory = request.theory();
        List<VertexRule> vertices = theory.vertices();
        double total = 0;
        for (VertexComposition c : DiagramExpansion.plan(request)) {
            int h = c.halfEdges(theory, request.points());
            if (h % 2 != 0) {
                continue;
            }
            double logW = logDoubleFactorial(h - 1);
            for (int t = 0; t < vertices.size(); t++) {
                int k = c.counts()[t];
                logW -= logFactorial(k) + k * logFactorial(vertices.get(t).valence());
            }
            // O(N) vertices: each diagram's index tensor sums over the (2k-1)!! pairings at every vertex
            // (IndexContraction), so the work grows by that product too
            double pairings = 1;
            for (int t = 0; t < vertices.size(); t++) {
                if (vertices.get(t).isVector()) {
                    pairings *= Math.pow(doubleFactorial(vertices.get(t).valence() - 1), c.counts()[t]);
                }
            }
            total += Math.exp(logW) * Math.max(1, 2 * c.order()) * pairings;
        }
        return total;
    }

    private static double doubleFactorial(int n) {
        double p = 1;
        for (int i = n; i > 1; i -= 2) {
            p *= i;
        }
        return p;
    }

    private static double logFactorial(int n) {
        double s = 0;
        for (int i = 2; i <= n; i++) {
            s += Math.log(i);
        }
        return s;
    }

    private static double logDoubleFactorial(int n) {
        double s = 0;
        for (int i = n; i > 1; i -= 2) {
            s += Math.log(i);
        }
        return s;
    }
}
