package org.feynet.rules;

import java.util.Objects;

/**
 * A field of the action: a real scalar (one component) or an O(N) vector field with N components,
 * N kept symbolic, which enters the action only through the invariant φ·φ.
 *
 * @param name the name used in actions and output, e.g. {@code phi}
 * @param components number of components: 1 for a scalar, {@link #SYMBOLIC_N} for an O(N) vector
 */
public record Field(String name, int components) {

    /** The component count of an O(N) vector field whose N stays a symbol. */
    public static final int SYMBOLIC_N = 0;

    public Field {
        Objects.requireNonNull(name, "name");
        if (components < 0) {
            throw new IllegalArgumentException("a field needs at least one component, got " + components);
        }
    }

    /** An O(N) vector field with N symbolic components. */
    public static Field vector(String name) {
        return new Field(name, SYMBOLIC_N);
    }

    /** True for an O(N) vector field: its vertices carry δ tensors and closed index loops give N. */
    public boolean isVector() {
        return components == SYMBOLIC_N;
    }

    /** A real scalar field with one component. */
    public static Field scalar(String name) {
        return new Field(name, 1);
    }
}
