package org.feynet.graph;

import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;

/**
 * The topological filters physicists use, on a diagram's multiplicity matrix (points
 * {@code 0 … points-1} external). Definitions (DESIGN.md; QGRAF's {@code onepi}, {@code nosnail},
 * {@code notadpole}, {@code nosigma}):
 * <ul>
 *   <li>1PI: at least one internal vertex and no propagator between internal vertices is a bridge
 *       (external legs are amputated).</li>
 *   <li>tadpole: a self-loop (snail), or a bridge whose removal leaves a piece without external
 *       points.</li>
 *   <li>self-energy insertion: two propagators, at least one between internal vertices, whose
 *       removal cuts off a piece without external points. A two-point diagram is not an insertion
 *       into itself (its cut through the two external legs does not count).</li>
 * </ul>
 * Bridges come from JGraphT's {@link BiconnectivityInspector} (Tarjan's linear-time algorithm);
 * the two-edge cuts are tried pair by pair, O(E² (V+E)), which is cheap at these sizes.
 */
final class TopologyFilter {

    private TopologyFilter() {
    }

    static boolean accepts(Filters filters, int[][] adj, int points, int size) {
        if (!filters.needsTopologyFilter()) {
            return true;
        }
        Set<DefaultEdge> bridges = null;
        Graph<Integer, DefaultEdge> graph = null;
        if (filters.onePI() || filters.noTadpoles()) {
            graph = toGraph(adj, size);
            bridges = new BiconnectivityInspector<>(graph).getBridges();
        }
        if (filters.onePI() && !isOnePI(graph, bridges, points, size)) {
            return false;
        }
        if (filters.noTadpoles() && hasTadpole(adj, graph, bridges, points, size)) {
            return false;
        }
        return !filters.noSelfEnergy() || !hasSelfEnergyInsertion(adj, points, size);
    }

    private static Graph<Integer, DefaultEdge> toGraph(int[][] adj, int size) {
        Graph<Integer, DefaultEdge> g = new Pseudograph<>(DefaultEdge.class);
        for (int i = 0; i < size; i++) {
            g.addVertex(i);
        }
        for (int i = 0; i < size; i++) {
            for (int j = i; j < size; j++) {
                for (int k = 0; k < adj[i][j]; k++) {
                    g.addEdge(i, j);
                }
            }
        }
        return g;
    }

    private static boolean isOnePI(Graph<Integer, DefaultEdge> g, Set<DefaultEdge> bridges, int points, int size) {
        if (size == points) {
            return false; // a bare propagator has nothing to be irreducible
        }
        for (DefaultEdge e : bridges) {
            if (g.getEdgeSource(e) >= points && g.getEdgeTarget(e) >= points) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasTadpole(int[][] adj, Graph<Integer, DefaultEdge> g, Set<DefaultEdge> bridges,
                                      int points, int size) {
        for (int i = points; i < size; i++) {
            if (adj[i][i] > 0) {
                return true;
            }
        }
        for (DefaultEdge e : bridges) {
            int u = g.getEdgeSource(e);
            int v = g.getEdgeTarget(e);
            // An external leg counts too: in a one-point function the body behind it is a tadpole.
            adj[u][v]--;
            adj[v][u]--;
            int[] label = new int[size];
            int components = Components.label(adj, size, label, new int[size]);
            boolean[] external = Components.holdsExternal(label, components, points);
            boolean isolated = !external[label[u]] || !external[label[v]];
            adj[u][v]++;
            adj[v][u]++;
            if (isolated) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSelfEnergyInsertion(int[][] adj, int points, int size) {
        for (int u1 = 0; u1 < size; u1++) {
            for (int v1 = u1 + 1; v1 < size; v1++) {
                if (adj[u1][v1] == 0) {
                    continue;
                }
                adj[u1][v1]--;
                adj[v1][u1]--;
                boolean found = false;
                // second edge: not before the first in (u, v) order; the same pair again if parallel
                for (int u2 = u1; u2 < size && !found; u2++) {
                    for (int v2 = (u2 == u1 ? v1 : u2 + 1); v2 < size && !found; v2++) {
                        if (adj[u2][v2] == 0) {
                            continue;
                        }
                        boolean internalCut = u1 >= points || u2 >= points; // one edge between internal vertices
                        if (!internalCut) {
                            continue;
                        }
                        adj[u2][v2]--;
                        adj[v2][u2]--;
                        found = cutsOffPieceAttachedByBoth(adj, points, size, u1, v1, u2, v2);
                        adj[u2][v2]++;
                        adj[v2][u2]++;
                    }
                }
                adj[u1][v1]++;
                adj[v1][u1]++;
                if (found) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * After removing edges (u1,v1) and (u2,v2): true when some connected piece without external
     * points has exactly one end of each removed edge in it — the piece hangs on exactly these two
     * propagators. (A piece hanging on one of them alone is a tadpole, not a self-energy; for vacuum
     * diagrams either side of the cut can be the piece.)
     */
    private static boolean cutsOffPieceAttachedByBoth(int[][] adj, int points, int size, int u1, int v1, int u2, int v2) {
        int[] label = new int[size];
        int components = Components.label(adj, size, label, new int[size]);
        boolean[] external = Components.holdsExternal(label, components, points);
        for (int c = 0; c < components; c++) {
            boolean crosses1 = (label[u1] == c) != (label[v1] == c);
            boolean crosses2 = (label[u2] == c) != (label[v2] == c);
            if (!external[c] && crosses1 && crosses2) {
                return true;
            }
        }
        return false;
    }
}
