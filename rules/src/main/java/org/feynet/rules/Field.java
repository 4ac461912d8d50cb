package org.feynet.rules;

import java.util.Objects;

/**
 * A field of the action. Today every field is a real scalar with one component; the component
 * count is here so that O(N) vector fields extend the model instead of replacing it.
 *
 * @param name the name used in actions and output, e.g. {@code phi}
 * @param components number of components (1 for a scalar)
 */
public record Field(String name, int components) {
    public Field {
        Objects.requireNonNull(name, "name");
        if (components < 1) {
            throw new IllegalArgumentException("a field needs at least one component, got " + components);
        }
    }

    /** A real scalar field with one component. */
    public static Field scalar(String name) {
        return new Field(name, 1);
    }
}
