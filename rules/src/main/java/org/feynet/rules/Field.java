package org.feynet.rules;

import java.util.Objects;

/**
 * A field of the action as it sits on the legs of vertices: a real scalar (one component), an O(N)
 * vector field (N components, N symbolic, entering only through φ·φ), or a field that carries a
 * neuron index i = 1 … N (the preactivation h_i(t) and response field z̃_i(t) of a network).
 *
 * <p>Fields of a response-field action live at times. A multi-local interaction such as
 * {@code W[t1,t2]*zt[t1]*zt[t2]} puts its legs at two times integrated independently; the
 * generator then sees the field at each time as a field of its own ({@code zt[t1]}, {@code zt[t2]}),
 * so that the legs at one time are interchangeable among themselves only. A bilocal field
 * ({@code W[t1,t2]}) lives on a pair of times.
 *
 * @param name the name used in actions and output, e.g. {@code phi}, {@code zt[t1]}
 * @param components {@code 1} for a scalar, {@link #SYMBOLIC_N} for an O(N) vector with N a symbol,
 *                   {@code k ≥ 2} for an O(N) vector with N = k, {@link #NEURON_INDEX} for a field
 *                   with a neuron index
 * @param base the declared field this leg belongs to ({@code zt} for {@code zt[t1]})
 * @param time where the leg sits in time: {@link Time#LOCAL} at the vertex's only time, or at the
 *             first or second time of a multi-local vertex, or on the pair of them (bilocal)
 */
public record Field(String name, int components, String base, Time time) {

    /** The component count of an O(N) vector field whose N stays a symbol. */
    public static final int SYMBOLIC_N = 0;

    /**
     * A field h_i with a neuron index i = 1 … N: every vertex is diagonal (all its indexed legs carry
     * the same i, summed over), every propagator is δ_ij, so a closed index loop gives N.
     */
    public static final int NEURON_INDEX = -1;

    /** Where a leg sits in time. */
    public enum Time {
        /** at the single time (or point) of a local vertex, or at an external point */
        LOCAL,
        /** at the first time t1 of a multi-local vertex */
        T1,
        /** at the second time t2 of a multi-local vertex */
        T2,
        /** on the pair (t1, t2): a bilocal field */
        PAIR;

        /** The suffix written after the base name: {@code [t1]}, {@code [t2]}, {@code [t1,t2]}. */
        public String suffix() {
            return switch (this) {
                case LOCAL -> "";
                case T1 -> "[t1]";
                case T2 -> "[t2]";
                case PAIR -> "[t1,t2]";
            };
        }
    }

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(time, "time");
        if (components < NEURON_INDEX) {
            throw new IllegalArgumentException("a field needs at least one component, got " + components);
        }
    }

    /** A local field of a given kind. */
    public Field(String name, int components) {
        this(name, components, name, Time.LOCAL);
    }

    /** An O(N) vector field with N symbolic components. */
    public static Field vector(String name) {
        return new Field(name, SYMBOLIC_N);
    }

    /** True for an O(N) vector field: its vertices carry δ tensors and closed index loops give N. */
    public boolean isVector() {
        return components == SYMBOLIC_N || components >= 2;
    }

    /** For an O(N) vector with a number of components given, that number; otherwise 0 (N symbolic or no N). */
    public int numericN() {
        return components >= 2 ? components : 0;
    }

    /** True for a field with a neuron index (diagonal vertices, closed index loops give N). */
    public boolean hasNeuronIndex() {
        return components == NEURON_INDEX;
    }

    /** A real scalar field with one component. */
    public static Field scalar(String name) {
        return new Field(name, 1);
    }

    /** The same field at another time of a multi-local vertex: {@code h} at T1 is {@code h[t1]}. */
    public Field at(Time t) {
        return new Field(base + t.suffix(), components, base, t);
    }

    /** Whether this leg is the bilocal field on a pair of times. */
    public boolean isBilocal() {
        return time == Time.PAIR;
    }
}
