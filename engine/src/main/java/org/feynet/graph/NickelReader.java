package org.feynet.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Nickel index ({@link NickelIndex}'s notation, e.g. {@code e111|e|}, {@code ee0|},
 * components joined by {@code " x "}, {@code e-e} for a bare propagator) back into a multiplicity
 * matrix, and gives its canonical index — so a person's index written with another numbering of the
 * vertices is recognised.
 */
public final class NickelReader {

    /**
     * A topology read from an index: external legs first, then the vertices.
     *
     * @param points number of external legs
     * @param adjacency the multiplicity matrix
     */
    public record Topology(int points, int[][] adjacency) {
    }

    private NickelReader() {
    }

    /** The canonical index of the topology {@code index} describes. */
    public static String canonical(String index) {
        Topology t = read(index);
        return NickelIndex.of(t.points(), t.adjacency());
    }

    /**
     * @throws IllegalArgumentException naming the offending index or character
     */
    public static Topology read(String index) {
        String text = index.trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty Nickel index");
        }
        List<int[]> edges = new ArrayList<>(); // {a, b} with externals as -1 - leg number, vertices >= 0
        int legs = 0;
        int vertexOffset = 0;
        for (String part : text.split(" x ")) {
            String c = part.trim();
            if (c.equals(NickelIndex.BARE_PROPAGATOR)) {
                edges.add(new int[] {-1 - legs, -2 - legs});
                legs += 2;
                continue;
            }
            if (!c.endsWith("|")) {
                throw new IllegalArgumentException("Nickel index '" + index + "': '" + c + "' must end with '|'");
            }
            String[] lists = c.substring(0, c.length() - 1).split("\\|", -1);
            for (int v = 0; v < lists.length; v++) {
                for (char ch : lists[v].toCharArray()) {
                    if (ch == 'e') {
                        edges.add(new int[] {vertexOffset + v, -1 - legs});
                        legs++;
                        continue;
                    }
                    int w = digit(ch, index);
                    if (w < v || w >= lists.length) {
                        throw new IllegalArgumentException("Nickel index '" + index + "': vertex " + v + " lists '" + ch
                                + "', which is not a vertex numbered " + v + " to " + (lists.length - 1));
                    }
                    edges.add(new int[] {vertexOffset + v, vertexOffset + w});
                }
            }
            vertexOffset += lists.length;
        }
        int size = legs + vertexOffset;
        int[][] a = new int[size][size];
        for (int[] e : edges) {
            int p = e[0] < 0 ? -1 - e[0] : legs + e[0];
            int q = e[1] < 0 ? -1 - e[1] : legs + e[1];
            a[p][q]++;
            if (p != q) {
                a[q][p]++;
            }
        }
        return new Topology(legs, a);
    }

    private static int digit(char ch, String index) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        }
        if (ch >= 'A' && ch <= 'Z') {
            return 10 + ch - 'A';
        }
        throw new IllegalArgumentException("Nickel index '" + index + "': unexpected character '" + ch + "'");
    }
}
