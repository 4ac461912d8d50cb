package org.feynet.graph;

import java.util.ArrayList;
import java.util.List;
import org.feynet.rules.Field;
import org.feynet.rules.Theory;
import org.feynet.rules.VertexRule;

/**
 * The diagrams of a theory with several fields that share one topology: every way of giving each
 * propagator a field so that each vertex gets exactly the fields of its interaction and each
 * external point its own field, one per orbit of the topology's automorphism group.
 *
 * <p>Algorithm: the topology's multiplicity matrix A is split into one matrix per field, A = Σ_f A_f,
 * pair of points by pair of points, pruning as soon as a point would take more lines of a field than
 * it has legs of it. Of the splits related by an automorphism of the topology only the
 * lexicographically smallest is kept (a canonical representative, as in orderly generation); the
 * automorphisms that fix it give |Aut| of the coloured diagram, whose symmetry factor is then
 * |Aut| · Π_f Π (A_f[i][j])! · Π_f Π 2^{l} l! (DESIGN.md's formula, field by field).
 */
final class FieldColouring {

    /** One coloured diagram: the per-field matrices and the order of its automorphism group. */
    record Colouring(int[][][] perField, long automorphisms) {
    }

    private final int fields;
    private final int size;
    private final int[][] adj;
    private final int[][] demand; // point -> field -> legs still to receive
    private final int[][][] colour;
    private final List<int[]> pairs = new ArrayList<>();
    private final List<int[]> automorphisms;
    private final List<Colouring> out = new ArrayList<>();

    private FieldColouring(Theory theory, PointLayout layout, int[][] adj, List<Integer> externalFields,
                           List<int[]> automorphisms) {
        this.fields = theory.fields().size();
        this.size = layout.size;
        this.adj = adj;
        this.automorphisms = automorphisms;
        this.demand = new int[size][fields];
        for (int x = 0; x < layout.externals; x++) {
            demand[x][externalFields.get(x)] = 1;
        }
        for (int p = layout.externals; p < size; p++) {
            VertexRule v = theory.vertices().get(layout.type[p]);
            for (Field f : v.legs()) {
                demand[p][theory.fields().indexOf(f)]++;
            }
        }
        this.colour = new int[fields][size][size];
        for (int i = 0; i < size; i++) {
            for (int j = i; j < size; j++) {
                if (adj[i][j] > 0) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
    }

    /**
     * @param automorphisms the vertex automorphisms of the topology (from {@link CanonicityTest})
     */
    static List<Colouring> of(Theory theory, PointLayout layout, int[][] adj, List<Integer> externalFields,
                              List<int[]> automorphisms) {
        FieldColouring c = new FieldColouring(theory, layout, adj, externalFields, automorphisms);
        c.split(0, 0, adj.length > 0 && !c.pairs.isEmpty() ? adj[c.pairs.get(0)[0]][c.pairs.get(0)[1]] : 0);
        return c.out;
    }

    /** Distributes the {@code left} lines of pair number {@code k} over the fields from {@code field} on. */
    private void split(int k, int field, int left) {
        if (k == pairs.size()) {
            accept();
            return;
        }
        int[] pq = pairs.get(k);
        int i = pq[0];
        int j = pq[1];
        if (field == fields - 1) {
            if (take(i, j, field, left)) {
                int next = k + 1;
                split(next, 0, next < pairs.size() ? adj[pairs.get(next)[0]][pairs.get(next)[1]] : 0);
                take(i, j, field, -left);
            }
            return;
        }
        for (int c = left; c >= 0; c--) {
            if (take(i, j, field, c)) {
                split(k, field + 1, left - c);
                take(i, j, field, -c);
            }
        }
    }

    /** Gives {@code c} lines of a field to the pair (i, j) (or takes them back for c < 0). */
    private boolean take(int i, int j, int field, int c) {
        int ends = i == j ? 2 * c : c; // a self-loop takes two legs of its point
        if (c > 0 && (demand[i][field] < ends || (i != j && demand[j][field] < c))) {
            return false;
        }
        demand[i][field] -= ends;
        if (i != j) {
            demand[j][field] -= c;
        }
        colour[field][i][j] += c;
        if (i != j) {
            colour[field][j][i] += c;
        }
        return true;
    }

    private void accept() {
        for (int[] d : demand) {
            for (int left : d) {
                if (left != 0) {
                    return;
                }
            }
        }
        long fixing = 0;
        for (int[] sigma : automorphisms) {
            int cmp = compareImage(sigma);
            if (cmp < 0) {
                return; // an image is smaller: not the representative of its orbit
            }
            if (cmp == 0) {
                fixing++;
            }
        }
        int[][][] copy = new int[fields][][];
        for (int f = 0; f < fields; f++) {
            copy[f] = new int[size][];
            for (int i = 0; i < size; i++) {
                copy[f][i] = colour[f][i].clone();
            }
        }
        out.add(new Colouring(copy, fixing));
    }

    /** The image of the current colouring under σ against the colouring itself, entry by entry. */
    private int compareImage(int[] sigma) {
        for (int f = 0; f < fields; f++) {
            for (int i = 0; i < size; i++) {
                for (int j = i; j < size; j++) {
                    int image = colour[f][sigma[i]][sigma[j]];
                    int own = colour[f][i][j];
                    if (image != own) {
                        return image < own ? -1 : 1;
                    }
                }
            }
        }
        return 0;
    }
}
