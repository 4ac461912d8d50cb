package org.feynet.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link NickelIndex}. Points of a diagram are numbered as in the matrix: externals
 * {@code 0 … points−1} (x1, x2, … in the comments), then internal vertices. Every expected string is
 * worked out by hand in the comment above it.
 */
class NickelIndexTest {

    /** Builds the multiplicity matrix of {@code points} externals and {@code internal} vertices. */
    private static int[][] diagram(int points, int internal, int[]... edges) {
        int size = points + internal;
        int[][] a = new int[size][size];
        for (int[] e : edges) {
            if (e[0] == e[1]) {
                a[e[0]][e[0]]++;
            } else {
                a[e[0]][e[1]]++;
                a[e[1]][e[0]]++;
            }
        }
        return a;
    }

    private static int[] e(int a, int b) {
        return new int[] {a, b};
    }

    // ---- φ⁴ -----------------------------------------------------------------------------------------

    /** Two-loop sunset: x1–v, v≡w (triple edge), w–x2. v=0: e,1,1,1; w=1: e. */
    static int[][] sunset() {
        return diagram(2, 2, e(0, 2), e(2, 3), e(2, 3), e(2, 3), e(3, 1));
    }

    /**
     * Double scoop: x1, x2 at v, v=w double edge, one self-loop at w. v=0: e,e,1,1; w=1: 1 (its loop).
     * Numbering w first gives 0,1,1 for list 0, larger since e &lt; 0.
     */
    static int[][] doubleScoop() {
        return diagram(2, 2, e(0, 2), e(1, 2), e(2, 3), e(2, 3), e(3, 3));
    }

    /**
     * Cactus (two tadpoles in a row): x1–v, loop at v, v–w, loop at w, w–x2. v=0: e,0,1; w=1: e,1.
     * Symmetric, so both numberings give e01|e1|.
     */
    static int[][] cactus() {
        return diagram(2, 2, e(0, 2), e(2, 2), e(2, 3), e(3, 3), e(3, 1));
    }

    @Test
    void sunsetOfThePropagator() {
        assertEquals("e111|e|", NickelIndex.of(2, sunset()));
    }

    @Test
    void doubleScoop2Point() {
        assertEquals("ee11|1|", NickelIndex.of(2, doubleScoop()));
    }

    @Test
    void cactus2Point() {
        assertEquals("e01|e1|", NickelIndex.of(2, cactus()));
    }

    @Test
    void theThreeTwoLoopPropagatorDiagramsOfPhi4AreDistinct() {
        Set<String> indices = Set.of(NickelIndex.of(2, sunset()), NickelIndex.of(2, doubleScoop()),
                NickelIndex.of(2, cactus()));
        assertEquals(3, indices.size());
    }

    /** One-loop 4-point bubble: x1, x2 at v; x3, x4 at w; v=w. v=0: e,e,1,1; w=1: e,e. */
    @Test
    void oneLoopBubble4Point() {
        int[][] a = diagram(4, 2, e(0, 4), e(1, 4), e(2, 5), e(3, 5), e(4, 5), e(4, 5));
        assertEquals("ee11|ee|", NickelIndex.of(4, a));
    }

    /** φ⁴ tadpole: x1, x2 at v, one self-loop. v=0: e,e,0. */
    @Test
    void phi4Tadpole() {
        assertEquals("ee0|", NickelIndex.of(2, diagram(2, 1, e(0, 2), e(1, 2), e(2, 2))));
    }

    /** Tree-level φ⁴ vertex with 4 legs: e,e,e,e. */
    @Test
    void singleVertexFourLegs() {
        assertEquals("eeee|", NickelIndex.of(4, diagram(4, 1, e(0, 4), e(1, 4), e(2, 4), e(3, 4))));
    }

    /** Figure eight: one vertex, two self-loops: 0,0. */
    @Test
    void figureEightVacuum() {
        assertEquals("00|", NickelIndex.of(0, diagram(0, 1, e(0, 0), e(0, 0))));
    }

    /**
     * Two-loop s-channel chain of bubbles: x1, x2 at u; u=v; v=w; x3, x4 at w.
     * u=0: e,e,1,1; v=1: 2,2 (u is below); w=2: e,e.
     */
    @Test
    void chainOfTwoBubbles4Point() {
        int[][] a = diagram(4, 3, e(0, 4), e(1, 4), e(4, 5), e(4, 5), e(5, 6), e(5, 6), e(2, 6), e(3, 6));
        assertEquals("ee11|22|ee|", NickelIndex.of(4, a));
    }

    /**
     * Two-loop 4-point "eye": x1, x2 at u; u–v, u–w; v=w double; x3 at v, x4 at w.
     * u=0: e,e,1,2 (v, w tie); v=1: e,2,2; w=2: e. Starting at v gives e,1,1,2, larger at position 1.
     */
    @Test
    void eye4Point() {
        int[][] a = diagram(4, 3, e(0, 4), e(1, 4), e(4, 5), e(4, 6), e(5, 6), e(5, 6), e(2, 5), e(3, 6));
        assertEquals("ee12|e22|e|", NickelIndex.of(4, a));
    }

    /**
     * Chain of 12 tadpoles, vertex numbers ≥ 10 as letters: x1–v0, v_i–v_{i+1}, a loop at every v_i,
     * v11–x2. From an end: v0: e,0,1; v_i: i, i+1; v11: e, B. A start in the middle writes 0,1,2 first.
     */
    @Test
    void twelveVertexChainUsesLetters() {
        List<int[]> edges = new ArrayList<>();
        edges.add(e(0, 2));
        for (int i = 0; i < 12; i++) {
            edges.add(e(2 + i, 2 + i));
            if (i < 11) {
                edges.add(e(2 + i, 3 + i));
            }
        }
        edges.add(e(13, 1));
        int[][] a = diagram(2, 12, edges.toArray(new int[0][]));
        assertEquals("e01|12|23|34|45|56|67|78|89|9A|AB|eB|", NickelIndex.of(2, a));
    }

    // ---- φ³ and mixed valences -----------------------------------------------------------------------

    /** φ³ one-loop self-energy: x1–v, v=w, w–x2. v=0: e,1,1; w=1: e. */
    @Test
    void phi3SelfEnergy() {
        assertEquals("e11|e|", NickelIndex.of(2, diagram(2, 2, e(0, 2), e(2, 3), e(2, 3), e(3, 1))));
    }

    /** φ³ tadpole: x1–v, loop at v: e,0. */
    @Test
    void phi3Tadpole() {
        assertEquals("e0|", NickelIndex.of(1, diagram(1, 1, e(0, 1), e(1, 1))));
    }

    /** φ³ theta vacuum: v≡w triple edge. v=0: 1,1,1; w=1: empty list. */
    @Test
    void phi3ThetaVacuum() {
        assertEquals("111||", NickelIndex.of(0, diagram(0, 2, e(0, 1), e(0, 1), e(0, 1))));
    }

    /** φ³ dumbbell vacuum: loop at v, v–w, loop at w. v=0: 0,1; w=1: 1. */
    @Test
    void phi3DumbbellVacuum() {
        assertEquals("01|1|", NickelIndex.of(0, diagram(0, 2, e(0, 0), e(0, 1), e(1, 1))));
    }

    /** φ³ tetrahedron (three-loop vacuum, K4): 0: 1,2,3; 1: 2,3; 2: 3; 3: empty. */
    @Test
    void phi3Tetrahedron() {
        int[][] a = diagram(0, 4, e(0, 1), e(0, 2), e(0, 3), e(1, 2), e(1, 3), e(2, 3));
        assertEquals("123|23|3||", NickelIndex.of(0, a));
    }

    /** φ³ one-loop triangle: one leg at each of u, v, w. u=0: e,1,2; v=1: e,2; w=2: e. */
    @Test
    void phi3Triangle() {
        int[][] a = diagram(3, 3, e(0, 3), e(1, 4), e(2, 5), e(3, 4), e(4, 5), e(3, 5));
        assertEquals("e12|e2|e|", NickelIndex.of(3, a));
    }

    /**
     * A shorter list is smaller than a list it is a prefix of: x1–a (2-valent), a–b, b=c double, c–x2.
     * From a: e,1 | b: 2,2 | c: e. From c: e,1,1 | b: 2 | a: e. e1 is a prefix of e11, so e1|22|e| wins.
     */
    @Test
    void properPrefixIsSmaller() {
        int[][] a = diagram(2, 3, e(0, 2), e(2, 3), e(3, 4), e(3, 4), e(4, 1));
        assertEquals("e1|22|e|", NickelIndex.of(2, a));
    }

    // ---- conventions: bare propagators and disconnected diagrams ---------------------------------------

    @Test
    void barePropagator() {
        assertEquals("e-e", NickelIndex.of(2, diagram(2, 0, e(0, 1))));
    }

    @Test
    void twoBarePropagators() {
        assertEquals("e-e x e-e", NickelIndex.of(4, diagram(4, 0, e(0, 2), e(1, 3))));
    }

    /** x1–x4 bare, x2, x3 on a φ⁴ tadpole: components e-e and ee0|; '-' &lt; 'e' in String order. */
    @Test
    void propagatorTimesTadpole() {
        int[][] a = diagram(4, 1, e(0, 3), e(1, 4), e(2, 4), e(4, 4));
        assertEquals("e-e x ee0|", NickelIndex.of(4, a));
    }

    /** Sunset times a figure-eight vacuum bubble: "00|" sorts before "e111|e|" ('0' &lt; 'e'). */
    @Test
    void componentsAreSorted() {
        int[][] a = diagram(2, 3, e(0, 2), e(2, 3), e(2, 3), e(2, 3), e(3, 1), e(4, 4), e(4, 4));
        assertEquals("00| x e111|e|", NickelIndex.of(2, a));
        int[][] b = diagram(2, 3, e(0, 3), e(3, 4), e(3, 4), e(3, 4), e(4, 1), e(2, 2), e(2, 2));
        assertEquals("00| x e111|e|", NickelIndex.of(2, b));
    }

    @Test
    void emptyDiagram() {
        assertEquals("", NickelIndex.of(0, new int[0][0]));
    }

    // ---- invariance and completeness -----------------------------------------------------------------

    /** Relabels: internal vertices by one random permutation, externals by another. */
    private static int[][] relabel(int points, int[][] a, Random rnd, boolean internals, boolean externals) {
        int size = a.length;
        List<Integer> ext = new ArrayList<>();
        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            (i < points ? ext : in).add(i);
        }
        if (externals) {
            Collections.shuffle(ext, rnd);
        }
        if (internals) {
            Collections.shuffle(in, rnd);
        }
        int[] p = new int[size];
        for (int i = 0; i < size; i++) {
            p[i] = i < points ? ext.get(i) : in.get(i - points);
        }
        int[][] b = new int[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                b[p[i]][p[j]] = a[i][j];
            }
        }
        return b;
    }

    /** A random connected diagram: a random spanning tree on the internal vertices plus random edges. */
    private static int[][] randomDiagram(Random rnd, int points, int n, int extraEdges) {
        int size = points + n;
        int[][] a = new int[size][size];
        for (int v = 1; v < n; v++) {
            int u = rnd.nextInt(v);
            a[points + u][points + v]++;
            a[points + v][points + u]++;
        }
        for (int k = 0; k < extraEdges; k++) {
            int u = points + rnd.nextInt(n);
            int w = points + rnd.nextInt(n);
            if (u == w) {
                a[u][u]++;
            } else {
                a[u][w]++;
                a[w][u]++;
            }
        }
        for (int x = 0; x < points; x++) {
            int v = points + rnd.nextInt(n);
            a[x][v] = 1;
            a[v][x] = 1;
        }
        return a;
    }

    @Test
    void invariantUnderRenumberingOfInternalVertices() {
        Random rnd = new Random(12345);
        for (int t = 0; t < 300; t++) {
            int points = rnd.nextInt(5);
            int[][] a = randomDiagram(rnd, points, 1 + rnd.nextInt(9), rnd.nextInt(12));
            String index = NickelIndex.of(points, a);
            for (int s = 0; s < 5; s++) {
                assertEquals(index, NickelIndex.of(points, relabel(points, a, rnd, true, false)));
            }
        }
        String sunset = NickelIndex.of(2, sunset());
        for (int s = 0; s < 5; s++) {
            assertEquals(sunset, NickelIndex.of(2, relabel(2, sunset(), rnd, true, false)));
        }
    }

    @Test
    void invariantUnderPermutationOfExternalLegs() {
        Random rnd = new Random(777);
        for (int t = 0; t < 300; t++) {
            int points = rnd.nextInt(6);
            int[][] a = randomDiagram(rnd, points, 1 + rnd.nextInt(8), rnd.nextInt(10));
            String index = NickelIndex.of(points, a);
            for (int s = 0; s < 5; s++) {
                assertEquals(index, NickelIndex.of(points, relabel(points, a, rnd, false, true)));
                assertEquals(index, NickelIndex.of(points, relabel(points, a, rnd, true, true)));
            }
        }
        int[][] withBare = diagram(4, 1, e(0, 3), e(1, 4), e(2, 4), e(4, 4));
        for (int s = 0; s < 5; s++) {
            assertEquals("e-e x ee0|", NickelIndex.of(4, relabel(4, withBare, rnd, true, true)));
        }
    }

    /** Reference: the smallest string over all n! numberings, by the same order, written independently. */
    private static String bruteForce(int points, int[][] a) {
        int n = a.length - points;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[][] best = null;
        do {
            int[] number = new int[n];
            for (int k = 0; k < n; k++) {
                number[order[k]] = k;
            }
            int[][] lists = new int[n][];
            for (int k = 0; k < n; k++) {
                int[] row = a[points + order[k]];
                List<Integer> list = new ArrayList<>();
                for (int x = 0; x < points; x++) {
                    for (int r = 0; r < row[x]; r++) {
                        list.add(-1);
                    }
                }
                for (int w = 0; w < n; w++) {
                    if (number[w] >= k) {
                        for (int r = 0; r < row[points + w]; r++) {
                            list.add(number[w]);
                        }
                    }
                }
                Collections.sort(list);
                lists[k] = list.stream().mapToInt(Integer::intValue).toArray();
            }
            if (best == null || compareLists(lists, best) < 0) {
                best = lists;
            }
        } while (nextPermutation(order));
        StringBuilder sb = new StringBuilder();
        for (int[] list : best) {
            for (int x : list) {
                sb.append(x < 0 ? 'e' : "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".charAt(x));
            }
            sb.append('|');
        }
        return sb.toString();
    }

    private static int compareLists(int[][] x, int[][] y) {
        for (int k = 0; k < x.length; k++) {
            int c = Arrays.compare(x[k], y[k]); // lexicographic, a proper prefix is smaller
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static boolean nextPermutation(int[] p) {
        int i = p.length - 2;
        while (i >= 0 && p[i] >= p[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = p.length - 1;
        while (p[j] <= p[i]) {
            j--;
        }
        int t = p[i];
        p[i] = p[j];
        p[j] = t;
        for (int l = i + 1, r = p.length - 1; l < r; l++, r--) {
            t = p[l];
            p[l] = p[r];
            p[r] = t;
        }
        return true;
    }

    @Test
    void agreesWithExhaustiveSearchOverAllNumberings() {
        Random rnd = new Random(2024);
        for (int t = 0; t < 2000; t++) {
            int points = rnd.nextInt(5);
            int n = 1 + rnd.nextInt(6);
            int[][] a = randomDiagram(rnd, points, n, rnd.nextInt(2 * n + 2));
            assertEquals(bruteForce(points, a), NickelIndex.of(points, a), () -> Arrays.deepToString(a));
        }
    }

    /** The index is a complete invariant: random diagrams with equal indices are isomorphic, and conversely. */
    @Test
    void differentTopologiesGiveDifferentIndices() {
        List<String> all = List.of(
                NickelIndex.of(2, sunset()), NickelIndex.of(2, doubleScoop()), NickelIndex.of(2, cactus()),
                NickelIndex.of(2, diagram(2, 1, e(0, 2), e(1, 2), e(2, 2))),
                NickelIndex.of(2, diagram(2, 2, e(0, 2), e(2, 3), e(2, 3), e(3, 1))),
                NickelIndex.of(2, diagram(2, 3, e(0, 2), e(2, 3), e(3, 4), e(3, 4), e(4, 1))),
                NickelIndex.of(0, diagram(0, 1, e(0, 0), e(0, 0))),
                NickelIndex.of(0, diagram(0, 2, e(0, 1), e(0, 1), e(0, 1))),
                NickelIndex.of(0, diagram(0, 2, e(0, 0), e(0, 1), e(1, 1))));
        assertEquals(all.size(), new HashSet<>(all).size(), all::toString);
        // Same vertex count, same degrees, not isomorphic: the 4-point chain of bubbles vs. the eye.
        int[][] chain = diagram(4, 3, e(0, 4), e(1, 4), e(4, 5), e(4, 5), e(5, 6), e(5, 6), e(2, 6), e(3, 6));
        int[][] eye = diagram(4, 3, e(0, 4), e(1, 4), e(4, 5), e(4, 6), e(5, 6), e(5, 6), e(2, 5), e(3, 6));
        assertNotEquals(NickelIndex.of(4, chain), NickelIndex.of(4, eye));
    }

    // ---- bad input -------------------------------------------------------------------------------------

    @Test
    void rejectsBadMatrices() {
        assertThrows(IllegalArgumentException.class, () -> NickelIndex.of(0, new int[][] {{0, 1}, {0, 0}}));
        assertThrows(IllegalArgumentException.class, () -> NickelIndex.of(0, new int[][] {{0, -1}, {-1, 0}}));
        assertThrows(IllegalArgumentException.class, () -> NickelIndex.of(3, new int[][] {{0, 1}, {1, 0}}));
        assertThrows(IllegalArgumentException.class, () -> NickelIndex.of(0, new int[][] {{0, 1}, {1}}));
        // external leg joined twice
        assertThrows(IllegalArgumentException.class, () -> NickelIndex.of(1, diagram(1, 1, e(0, 1), e(0, 1))));
        // external leg joined to nothing
        assertThrows(IllegalArgumentException.class, () -> NickelIndex.of(1, diagram(1, 1, e(1, 1))));
        assertThrows(IllegalArgumentException.class, () -> NickelIndex.of(0, null));
    }
}
