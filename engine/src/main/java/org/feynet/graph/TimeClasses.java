package org.feynet.graph;

import java.util.List;
import org.feynet.rules.Field;
import org.feynet.rules.PropagatorRule;
import org.feynet.rules.Theory;

/**
 * The times of a coloured diagram of a response-field theory, and what follows from them: whether
 * causality makes it vanish, and how many time integrals stay free.
 *
 * <p>Every external point and every local vertex sits at one time; a multi-local vertex at two, t1
 * and t2, integrated independently. Equal-time propagators tie the times of their ends: a symmetric
 * one (∝ δ(t − t')) to the same time, a retarded one to one step later (the field h at t answers
 * its response field z̃ at t − 1, as a layer answers the one below it); a bilocal line ties the pair
 * of one vertex to the pair of the other, first to first and second to second. The tied times form
 * classes with known offsets (a weighted union–find); a tie that contradicts the offsets already
 * known makes the diagram vanish. Every other retarded line demands t &gt; t' (θ(t − t'), with
 * θ(0) = 0 in Itô's convention), on integer layers t ≥ t' + 1: a system of difference constraints
 * between classes, infeasible exactly when the constraint graph has a positive cycle (a closed
 * retarded loop, or a strict order squeezed between times one layer apart), found by
 * Floyd–Warshall in O(classes³). Classes that constraints join both ways stay within a few layers
 * of each other; every other group of classes without an external time is one free integral over
 * the depth, a factor T (the propagators of a network at the edge of chaos do not decay with depth:
 * Grosvenor and Jefferson, SciPost Phys. 12 (2022) 081, sec. 5). Both are checked diagram by
 * diagram against a count of integer time assignments (fixtures' {@code TimeAssignments}).
 */
final class TimeClasses {

    private final int[] parent;
    private final int[] offset; // time of the node = time of its root + offset
    private final int externals;
    private final boolean[] used;
    private final int count;
    private boolean vanishes;
    /** Longest path of retarded constraints between class roots (null: no extended retarded line). */
    private long[][] longest;
    private static final long NO_PATH = Long.MIN_VALUE / 4;

    private TimeClasses(Theory theory, int externals, int[] types, int[][][] perKind) {
        int size = types.length;
        this.externals = externals;
        this.count = 2 * size;
        this.parent = new int[count];
        this.offset = new int[count];
        for (int i = 0; i < count; i++) {
            parent[i] = i;
        }
        this.used = new boolean[count];
        for (int p = 0; p < size; p++) {
            used[2 * p] = true;
            used[2 * p + 1] = p >= externals && theory.vertices().get(types[p]).isMultiLocal();
        }
        List<PropagatorRule> rules = theory.propagators();
        for (int k = 0; k < perKind.length; k++) {
            PropagatorRule r = rules.get(k);
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    if (perKind[k][i][j] == 0 || (r.isSymmetric() && j < i)) {
                        continue;
                    }
                    if (r.a().isBilocal()) {
                        tie(2 * i, 2 * j, 0);
                        tie(2 * i + 1, 2 * j + 1, 0);
                    } else if (r.equalTime()) {
                        tie(time(i, r.a()), time(j, r.b()), r.retarded() ? 1 : 0);
                    }
                }
            }
        }
        if (!vanishes) {
            vanishes = strictOrderInfeasible(rules, size, perKind);
        }
    }

    /** The time classes of a diagram given by its per-rule multiplicity matrices. */
    static TimeClasses of(Theory theory, int externals, int[] types, int[][][] perKind) {
        return new TimeClasses(theory, externals, types, perKind);
    }

    /** The time point of a leg of field {@code f} at point {@code p}: slot 0 for t1 or the only time. */
    private static int time(int p, Field f) {
        return 2 * p + (f.time() == Field.Time.T2 ? 1 : 0);
    }

    private int find(int x) {
        if (parent[x] == x) {
            return x;
        }
        int root = find(parent[x]);
        offset[x] += offset[parent[x]];
        parent[x] = root;
        return root;
    }

    /** Ties time(x) = time(y) + d; a contradiction makes the diagram vanish. */
    private void tie(int x, int y, int d) {
        int rx = find(x);
        int ry = find(y);
        if (rx == ry) {
            vanishes |= offset[x] != offset[y] + d;
            return;
        }
        parent[rx] = ry;
        offset[rx] = offset[y] + d - offset[x];
    }

    /**
     * The retarded lines that are not equal-time: θ(t_a − t_b) with θ(0) = 0 on integer layers is
     * t_a ≥ t_b + 1, between class roots T(Ca) − T(Cb) ≥ offset_b − offset_a + 1: a system of
     * difference constraints, infeasible exactly when the constraint graph has a cycle of positive
     * weight (Floyd–Warshall on longest paths, O(classes³)). The same closure says which classes a
     * path of constraints joins both ways: those are pinned to each other within a few layers.
     */
    private boolean strictOrderInfeasible(List<PropagatorRule> rules, int size, int[][][] perKind) {
        for (int k = 0; k < perKind.length; k++) {
            PropagatorRule r = rules.get(k);
            if (!r.retarded() || r.equalTime()) {
                continue;
            }
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    if (perKind[k][i][j] == 0) {
                        continue;
                    }
                    int a = time(i, r.a());
                    int b = time(j, r.b());
                    int ca = find(a);
                    int cb = find(b);
                    long w = offset[b] - offset[a] + 1L;
                    if (longest == null) {
                        longest = new long[count][count];
                        for (long[] row : longest) {
                            java.util.Arrays.fill(row, NO_PATH);
                        }
                    }
                    longest[cb][ca] = Math.max(longest[cb][ca], w);
                }
            }
        }
        if (longest == null) {
            return false;
        }
        for (int m = 0; m < count; m++) {
            for (int i = 0; i < count; i++) {
                if (longest[i][m] == NO_PATH) {
                    continue;
                }
                for (int j = 0; j < count; j++) {
                    if (longest[m][j] != NO_PATH && longest[i][m] + longest[m][j] > longest[i][j]) {
                        longest[i][j] = longest[i][m] + longest[m][j];
                    }
                }
            }
            for (int i = 0; i < count; i++) {
                if (longest[i][i] > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether causality makes the diagram vanish: a closed loop of retarded lines. */
    boolean hasRetardedLoop() {
        return vanishes;
    }

    /**
     * The free integrals over the depth, T each: the dimension of the admissible times minus that of
     * the admissible external times. Times are measured in units of T as T grows: classes that a
     * cycle of retarded constraints joins stay within a few layers of each other (a strongly connected
     * group, a point at that scale), and the groups are otherwise ordered freely. So the power of T is
     * the number of groups with no external time.
     */
    int freeIntegrals() {
        int[] group = new int[count]; // group of each class root: the smallest root it reaches both ways
        for (int c = 0; c < count; c++) {
            group[c] = c;
            if (longest != null) {
                for (int d = 0; d < c; d++) {
                    if (longest[c][d] != NO_PATH && longest[d][c] != NO_PATH) {
                        group[c] = group[d];
                        break;
                    }
                }
            }
        }
        boolean[] anchored = new boolean[count];
        for (int x = 0; x < 2 * externals; x += 2) {
            anchored[group[find(x)]] = true;
        }
        boolean[] seen = new boolean[count];
        int free = 0;
        for (int t = 2 * externals; t < count; t++) {
            if (used[t]) {
                int g = group[find(t)];
                if (!anchored[g] && !seen[g]) {
                    seen[g] = true;
                    free++;
                }
            }
        }
        return free;
    }
}
