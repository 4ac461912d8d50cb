package org.feynet.graph;

import java.util.Objects;
import org.feynet.rules.Theory;

/**
 * What to generate: the diagrams of the {@code points}-point function of a theory at orders
 * {@code minOrder … maxOrder} (order = number of interaction vertices), or at a loop count.
 *
 * @param theory the theory
 * @param points number of labelled external points (0 gives the connected vacuum diagrams of log Z)
 * @param minOrder smallest order (ignored when {@code loops >= 0})
 * @param maxOrder largest order (ignored when {@code loops >= 0})
 * @param loops the loop count to select, or -1 to select by order
 * @param filters the diagram set
 * @param externalFields the field (index into {@link Theory#fields()}) of each external point; empty
 *                       for a theory with one field
 */
public record ExpansionRequest(Theory theory, int points, int minOrder, int maxOrder, int loops, Filters filters,
                               java.util.List<Integer> externalFields) {

    /** A request for a theory with one field. */
    public ExpansionRequest(Theory theory, int points, int minOrder, int maxOrder, int loops, Filters filters) {
        this(theory, points, minOrder, maxOrder, loops, filters, java.util.List.of());
    }

    public ExpansionRequest {
        Objects.requireNonNull(theory, "theory");
        Objects.requireNonNull(filters, "filters");
        if (points < 0) {
            throw new InvalidRequestException("number of points must be >= 0, got " + points);
        }
        if (loops < -1) {
            throw new InvalidRequestException("number of loops must be >= 0, got " + loops);
        }
        if (loops < 0) {
            if (minOrder < 0) {
                throw new InvalidRequestException("order must be >= 0, got " + minOrder);
            }
            if (maxOrder < minOrder) {
                throw new InvalidRequestException("order range " + minOrder + ".." + maxOrder + " is empty");
            }
        }
        externalFields = java.util.List.copyOf(externalFields);
        int fields = theory.fields().size();
        if (fields > 1 && externalFields.size() != points) {
            throw new InvalidRequestException("theory " + theory.name() + " has " + fields + " fields: give the field of each of"
                    + " the " + points + " external points (--legs), got " + externalFields.size());
        }
        for (int f : externalFields) {
            if (f < 0 || f >= fields) {
                throw new InvalidRequestException("external field number " + f + " is not a field of " + theory.name());
            }
        }
        if (points == 0 && filters.full()) {
            throw new InvalidRequestException("--full with 0 points would be vacuum bubbles, which are never produced;"
                    + " 0 points gives the connected vacuum diagrams of log Z");
        }
    }

    /** The diagrams at orders {@code minOrder … maxOrder}. */
    public static ExpansionRequest orders(Theory theory, int points, int minOrder, int maxOrder, Filters filters) {
        return new ExpansionRequest(theory, points, minOrder, maxOrder, -1, filters);
    }

    /** The diagrams with exactly {@code loops} loops. */
    public static ExpansionRequest loops(Theory theory, int points, int loops, Filters filters) {
        if (loops < 0) {
            throw new InvalidRequestException("number of loops must be >= 0, got " + loops);
        }
        return new ExpansionRequest(theory, points, 0, 0, loops, filters);
    }

    public boolean byLoops() {
        return loops >= 0;
    }
}
