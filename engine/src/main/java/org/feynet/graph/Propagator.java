package org.feynet.graph;

/**
 * A propagator (an edge) of a diagram between two points. Points {@code 0 … n-1} are the external
 * points x1 … xn, points {@code n …} the internal vertices. {@code from <= to}; {@code from == to}
 * is a self-loop.
 */
public record Propagator(int from, int to) implements Comparable<Propagator> {
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
        return from != o.from ? Integer.compare(from, o.from) : Integer.compare(to, o.to);
    }
}
