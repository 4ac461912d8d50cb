package org.feynet.graph;

/**
 * A propagator (an edge) of a diagram between two points. Points {@code 0 … n-1} are the external
 * points x1 … xn, points {@code n …} the internal vertices. {@code from == to} is a self-loop.
 *
 * <p>{@code kind} is the index of the line's rule in {@link org.feynet.rules.Theory#propagators()}:
 * for a theory of independent fields the index of its field (0 when there is one field). A line of
 * a rule ⟨a b⟩ with a ≠ b (e.g. the response function ⟨h z̃⟩) is {@code oriented}: {@code from}
 * carries a and {@code to} carries b. Other lines are stored with {@code from <= to}.
 */
public record Propagator(int from, int to, int kind, boolean oriented) implements Comparable<Propagator> {

    /** A propagator of the theory's first (or only) field. */
    public Propagator(int from, int to) {
        this(from, to, 0, false);
    }

    /** A line of a symmetric rule ⟨f f⟩. */
    public Propagator(int from, int to, int kind) {
        this(from, to, kind, false);
    }

    public Propagator {
        if (!oriented && from > to) {
            int t = from;
            from = to;
            to = t;
        }
        if (from < 0 || to < 0) {
            throw new IllegalArgumentException("negative point " + Math.min(from, to));
        }
    }

    public boolean isSelfLoop() {
        return from == to;
    }

    /** The smaller end point. */
    public int low() {
        return Math.min(from, to);
    }

    /** The larger end point. */
    public int high() {
        return Math.max(from, to);
    }

    @Override
    public int compareTo(Propagator o) {
        if (low() != o.low()) {
            return Integer.compare(low(), o.low());
        }
        if (high() != o.high()) {
            return Integer.compare(high(), o.high());
        }
        if (kind != o.kind) {
            return Integer.compare(kind, o.kind);
        }
        return Integer.compare(from, o.from);
    }
}
