package org.feynet.graph;

import java.util.ArrayList;
import java.util.List;
import org.feynet.rules.Field;
import org.feynet.rules.PropagatorRule;
import org.feynet.rules.Theory;
import org.feynet.rules.VertexRule;

/**
 * The diagrams of a theory with several fields that share one topology: every way of making each
 * line a propagator of the theory — ⟨φ φ⟩, ⟨ψ ψ⟩, or a mixed one such as the response function
 * ⟨h z̃⟩ with its two ends told apart — so that each vertex gets exactly the fields of its
 * interaction and each external point its own field; one colouring per orbit of the topology's
 * automorphism group.
 *
 * <p>Algorithm: the topology's multiplicity matrix A is split into one matrix per propagator rule,
 * pair of points by pair of points; a rule ⟨a b⟩ with a ≠ b is an oriented matrix (entry [i][j]
 * counts the lines with a at i and b at j), a symmetric rule a symmetric one. The search prunes as
 * soon as a point would take more legs of a field than it has. Of the splits related by an
 * automorphism of the topology only the lexicographically smallest is kept (a canonical
 * representative, as in orderly generation); the automorphisms that fix it give |Aut| of the
 * coloured diagram. Its symmetry factor is |Aut| times, per symmetric rule, Π (A[i][j])! · Π 2^l l!
 * (DESIGN.md's formula) and, per oriented rule, Π (A[i][j])! over ordered pairs and Π l! over
 * self-loops (an oriented self-loop cannot be flipped).
 *
 * <p>A colouring with a closed loop of retarded lines (a self-loop included) is dropped: its
 * integrand holds θ(t1 − t2) θ(t2 − t3) … θ(tk − t1) = 0 (causality; Itô, θ(0) = 0). The loop is
 * sought among the diagram's times ({@link TimeClasses}), since a multi-local vertex has two.
 *
 * <p>Cost: at most Π over pairs of (number of ways to split A[i][j] lines) leaves, each compared
 * with its images under the |Aut_V| automorphisms in O(|Aut_V| · rules · size²).
 */
final class FieldColouring {

    /**
     * One coloured diagram.
     *
     * @param perKind the multiplicity matrix of each propagator rule (oriented for a ≠ b)
     * @param symmetryFactor S of the coloured diagram
     */
    record Colouring(int[][][] perKind, long symmetryFactor) {
    }

    private final Theory theory;
    private final PointLayout layout;
    private final boolean anyRetarded;
    private final int kinds;
    private final int size;
    private final int[][] adj;
    private final int[] endA;
    private final int[] endB;
    private final boolean[] symmetric;
    private final int[][] demand; // point -> field -> legs still to receive
    private final int[][][] colour;
    private final List<int[]> pairs = new ArrayList<>();
    /** Pair number → the slots its lines may take ({@link #usableSlots}). */
    private final List<int[]> slots = new ArrayList<>();
    /** Point → the last pair (in {@link #pairs} order) that holds it. */
    private final int[] lastPair;
    private final List<int[]> automorphisms;
    private final List<Colouring> out = new ArrayList<>();

    private FieldColouring(Theory theory, PointLayout layout, int[][] adj, List<Integer> externalFields,
                           List<int[]> automorphisms) {
        List<PropagatorRule> rules = theory.propagators();
        this.theory = theory;
        this.layout = layout;
        this.anyRetarded = rules.stream().anyMatch(PropagatorRule::retarded);
        this.kinds = rules.size();
        this.size = layout.size;
        this.adj = adj;
        this.automorphisms = automorphisms;
        this.endA = new int[kinds];
        this.endB = new int[kinds];
        this.symmetric = new boolean[kinds];
        for (int k = 0; k < kinds; k++) {
            PropagatorRule r = rules.get(k);
            endA[k] = theory.fieldIndex(r.a());
            endB[k] = theory.fieldIndex(r.b());
            symmetric[k] = r.isSymmetric();
        }
        this.demand = new int[size][theory.fields().size()];
        for (int x = 0; x < layout.externals; x++) {
            demand[x][externalFields.get(x)] = 1;
        }
        for (int p = layout.externals; p < size; p++) {
            VertexRule v = theory.vertices().get(layout.type[p]);
            for (Field f : v.legs()) {
                demand[p][theory.fieldIndex(f)]++;
            }
        }
        this.colour = new int[kinds][size][size];
        for (int i = 0; i < size; i++) {
            for (int j = i; j < size; j++) {
                if (adj[i][j] > 0) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        this.lastPair = new int[size];
        java.util.Arrays.fill(lastPair, -1);
        for (int k = 0; k < pairs.size(); k++) {
            lastPair[pairs.get(k)[0]] = k;
            lastPair[pairs.get(k)[1]] = k;
        }
    }

    /**
     * Whether the points whose lines are all drawn once pair {@code k} is done got exactly their
     * legs: without this the search would only notice at the very end.
     */
    private boolean pointsCompleteAfter(int k) {
        for (int p : pairs.get(k)) {
            if (lastPair[p] == k) {
                for (int left : demand[p]) {
                    if (left != 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * @param automorphisms the vertex automorphisms of the topology (from {@link CanonicityTest})
     */
    static List<Colouring> of(Theory theory, PointLayout layout, int[][] adj, List<Integer> externalFields,
                              List<int[]> automorphisms) {
        FieldColouring c = new FieldColouring(theory, layout, adj, externalFields, automorphisms);
        c.usableSlots();
        if (c.pairs.isEmpty()) {
            c.accept();
        } else {
            c.split(0, 0, c.linesOfPair(0));
        }
        return c.out;
    }

    private int linesOfPair(int k) {
        return k < pairs.size() ? adj[pairs.get(k)[0]][pairs.get(k)[1]] : 0;
    }

    /**
     * The ways a line between i and j can be drawn: slot 2k is rule k with its a end at i, slot
     * 2k+1 rule k turned around (only for an oriented rule between two different points). Of these,
     * each pair keeps the slots whose fields both its points have legs of: with fields at two times
     * a theory has a dozen rules, of which a pair of points can use one or two (measured: the
     * recurrent network's ⟨h h⟩ at order 6, 11,180 diagrams, 62 s before and 14 s after, same machine).
     */
    private void usableSlots() {
        for (int[] pq : pairs) {
            int i = pq[0];
            int j = pq[1];
            List<Integer> usable = new ArrayList<>();
            for (int slot = 0; slot < 2 * kinds; slot++) {
                int k = slot / 2;
                boolean forward = slot % 2 == 0;
                if (!forward && (symmetric[k] || i == j)) {
                    continue;
                }
                int fi = forward ? endA[k] : endB[k];
                int fj = forward ? endB[k] : endA[k];
                boolean fits = i == j && fi == fj ? demand[i][fi] >= 2 : demand[i][fi] > 0 && demand[j][fj] > 0;
                if (fits) {
                    usable.add(slot);
                }
            }
            slots.add(usable.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** Distributes the {@code left} lines of pair number {@code k} over its usable slots from number {@code s} on. */
    private void split(int k, int s, int left) {
        if (k == pairs.size()) {
            accept();
            return;
        }
        int i = pairs.get(k)[0];
        int j = pairs.get(k)[1];
        int[] usable = slots.get(k);
        if (usable.length == 0) {
            return;
        }
        int slot = usable[s];
        if (s == usable.length - 1) {
            if (take(i, j, slot, left)) {
                if (pointsCompleteAfter(k)) {
                    split(k + 1, 0, linesOfPair(k + 1));
                }
                take(i, j, slot, -left);
            }
            return;
        }
        for (int c = left; c >= 0; c--) {
            if (take(i, j, slot, c)) {
                split(k, s + 1, left - c);
                take(i, j, slot, -c);
            }
        }
    }

    /** Draws {@code c} lines of a slot between i and j (or takes them back for c < 0). */
    private boolean take(int i, int j, int slot, int c) {
        int k = slot / 2;
        boolean forward = slot % 2 == 0;
        int fi = forward ? endA[k] : endB[k];
        int fj = forward ? endB[k] : endA[k];
        demand[i][fi] -= c;
        demand[j][fj] -= c;
        if (c > 0 && (demand[i][fi] < 0 || demand[j][fj] < 0)) {
            demand[i][fi] += c;
            demand[j][fj] += c;
            return false;
        }
        if (symmetric[k]) {
            colour[k][i][j] += c;
            if (i != j) {
                colour[k][j][i] += c;
            }
        } else if (forward) {
            colour[k][i][j] += c;
        } else {
            colour[k][j][i] += c;
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
        if (anyRetarded && TimeClasses.of(theory, layout.externals, layout.type, colour).hasRetardedLoop()) {
            return;
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
        int[][][] copy = new int[kinds][][];
        long s = fixing;
        for (int k = 0; k < kinds; k++) {
            copy[k] = new int[size][];
            for (int i = 0; i < size; i++) {
                copy[k][i] = colour[k][i].clone();
            }
            if (symmetric[k]) {
                s = Math.multiplyExact(s, SymmetryFactor.of(copy[k], size, 1));
            } else {
                for (int[] row : copy[k]) {
                    for (int m : row) {
                        s = Math.multiplyExact(s, SymmetryFactor.factorial(m));
                    }
                }
            }
        }
        out.add(new Colouring(copy, s));
    }

    /** The image of the current colouring under σ against the colouring itself, entry by entry. */
    private int compareImage(int[] sigma) {
        for (int k = 0; k < kinds; k++) {
            int[][] m = colour[k];
            for (int i = 0; i < size; i++) {
                for (int j = symmetric[k] ? i : 0; j < size; j++) {
                    int image = m[sigma[i]][sigma[j]];
                    int own = m[i][j];
                    if (image != own) {
                        return image < own ? -1 : 1;
                    }
                }
            }
        }
        return 0;
    }
}
