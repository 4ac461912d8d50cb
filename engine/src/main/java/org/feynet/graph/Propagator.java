package org.feynet.graph;

/**
 * A propagator (an edge) of a diagram between two points. Points {@code 0 … n-1} are the external
 * points x1 … xn, points {@code n …} the internal vertices. {@code from <= to}; {@code from == to}
 * is a self-loop. {@code field} is the index of its field in the theory (0 when there is one field).
 */
public record Propagator(int from, int to, int field) implements Comparable<Propagator> {

    /** A propagator of the theory's first (or only) field. */
    public Propagator(int from, int to) {
        this(from, to, 0);
    }

    public Propagator {
        if (from > to) {
            int t = from;
            from = to;
            to = t;
        }
        if (from < 0) {
            throw new IllegalArgumentException("negative point " + from);
        }
    }

    public boolean isSelfLoop() {
        return from == to;
    }

    @Override
    public int compareTo(Propagator o) {
        if (from != o.from) {
            return Integer.compare(from, o.from);
        }
        return to != o.to ? Integer.compare(to, o.to) : Integer.compare(field, o.field);
    }
}
