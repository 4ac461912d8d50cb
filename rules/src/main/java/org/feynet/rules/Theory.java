package org.feynet.rules;

import java.util.List;
import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A field theory as the generator sees it: its fields, the free two-point functions that do not
 * vanish, and its interaction vertices, each with its Feynman rule. Propagators are normalised to
 * the free two-point functions.
 *
 * @param name a short name ({@code phi4}, or {@code action} for a user's action)
 * @param action the action's interaction part in Symja syntax, as shown in headers
 * @param fields the fields
 * @param vertices the interaction vertices, in the order they are numbered in diagrams
 * @param propagators the non-vanishing free two-point functions; by default the diagonal ones,
 *                    one per field (independent fields), in the order of the fields
 * @param nPowers the power of N each coupling carries (e.g. −1/2 for σ_w/√N), for the 1/N counting
 *                of diagrams; empty when nothing is counted
 */
public record Theory(String name, String action, List<Field> fields, List<VertexRule> vertices,
                     List<PropagatorRule> propagators, java.util.Map<String, BigFraction> nPowers) {

    /** A theory of independent fields: the propagators are ⟨f f⟩, one per field. */
    public Theory(String name, String action, List<Field> fields, List<VertexRule> vertices) {
        this(name, action, fields, vertices, fields.stream().map(PropagatorRule::diagonal).toList());
    }

    /** A theory without 1/N counting. */
    public Theory(String name, String action, List<Field> fields, List<VertexRule> vertices,
                  List<PropagatorRule> propagators) {
        this(name, action, fields, vertices, propagators, java.util.Map.of());
    }

    public Theory {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(action, "action");
        fields = List.copyOf(fields);
        vertices = List.copyOf(vertices);
        propagators = List.copyOf(propagators);
        nPowers = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(nPowers));
        if (vertices.isEmpty()) {
            throw new IllegalArgumentException("a theory needs at least one interaction vertex");
        }
        for (int i = 0; i < propagators.size(); i++) {
            PropagatorRule r = propagators.get(i);
            if (!fields.contains(r.a()) || !fields.contains(r.b())) {
                throw new IllegalArgumentException("propagator " + r.label() + " joins a field that is not declared");
            }
            for (int j = 0; j < i; j++) {
                if (propagators.get(j).joins(r.a(), r.b())) {
                    throw new IllegalArgumentException("propagator " + r.label() + " is declared twice");
                }
            }
        }
    }

    /**
     * Whether diagrams must say which propagator each line is: several fields, or mixed propagators
     * such as ⟨h z̃⟩ (the generator then colours lines, the exporters name or draw each rule).
     */
    public boolean hasSeveralFields() {
        return fields.size() > 1 || !hasDiagonalPropagators();
    }

    /** Whether the fields are independent: every propagator joins a field to itself, one per field. */
    public boolean hasDiagonalPropagators() {
        if (propagators.size() != fields.size()) {
            return false;
        }
        for (int i = 0; i < fields.size(); i++) {
            if (!propagators.get(i).equals(PropagatorRule.diagonal(fields.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** The number of components of the O(N) field when the action file gives it, else 0 (N symbolic). */
    public int numericN() {
        return fields.stream().mapToInt(Field::numericN).max().orElse(0);
    }

    /** Whether any field carries a neuron index (diagrams then report their power of 1/N). */
    public boolean hasNeuronIndex() {
        return fields.stream().anyMatch(Field::hasNeuronIndex);
    }

    /**
     * Whether the theory has a time structure to count: multi-local vertices or equal-time
     * propagators (diagrams then report their power of the depth T).
     */
    public boolean hasTimes() {
        return hasMultiLocalVertices() || propagators.stream().anyMatch(PropagatorRule::equalTime);
    }

    /** Whether some vertex sits at two times (fields written [t1], [t2], [t1,t2]). */
    public boolean hasMultiLocalVertices() {
        return vertices.stream().anyMatch(VertexRule::isMultiLocal);
    }

    /** The field's position in {@link #fields()}. */
    public int fieldIndex(Field f) {
        return fields.indexOf(f);
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
