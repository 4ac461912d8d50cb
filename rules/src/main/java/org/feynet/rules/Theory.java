package org.feynet.rules;

import java.util.List;
import java.util.Objects;

/**
 * A field theory as the generator sees it: its fields and its interaction vertices, each with
 * its Feynman rule. Propagators are normalised to the free two-point function of each field.
 *
 * @param name a short name ({@code phi4}, or {@code action} for a user's action)
 * @param action the action's interaction part in Symja syntax, as shown in headers
 * @param fields the fields
 * @param vertices the interaction vertices, in the order they are numbered in diagrams
 */
public record Theory(String name, String action, List<Field> fields, List<VertexRule> vertices) {

    public Theory {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(action, "action");
        fields = List.copyOf(fields);
        vertices = List.copyOf(vertices);
        if (vertices.isEmpty()) {
            throw new IllegalArgumentException("a theory needs at least one interaction vertex");
        }
    }

    /** The coupling symbols of the action, sorted. */
    public java.util.SortedSet<String> couplingSymbols() {
        java.util.SortedSet<String> symbols = new java.util.TreeSet<>();
        vertices.forEach(v -> symbols.addAll(v.actionCoefficient().couplings().powers().keySet()));
        return symbols;
    }

    /** The largest valence of any vertex. */
    public int maxValence() {
        return vertices.stream().mapToInt(VertexRule::valence).max().orElse(0);
    }

    /** The smallest valence of any vertex. */
    public int minValence() {
        return vertices.stream().mapToInt(VertexRule::valence).min().orElse(0);
    }
}
