package org.feynet.rules;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * One interaction term {@code c * phi^n} of the action and the Feynman rule it gives.
 *
 * <p>Convention (DESIGN.md): the action is written with its full coefficient, S = S_free + c ∫ φⁿ,
 * and the vertex factor is {@code -c * n!}: the minus from e^{-S}, the n! from the n ways of
 * attaching n distinguishable lines to n identical fields.
 *
 * @param legs the field on each leg; its size is the valence
 * @param actionCoefficient the coefficient c as written in the action
 * @param term the term as the user wrote it (for messages and headers)
 */
public record VertexRule(List<Field> legs, Coefficient actionCoefficient, String term) {

    public VertexRule {
        legs = List.copyOf(legs);
        Objects.requireNonNull(actionCoefficient, "actionCoefficient");
        Objects.requireNonNull(term, "term");
        if (legs.isEmpty()) {
            throw new IllegalArgumentException("a vertex needs at least one leg");
        }
    }

    /** A single-field vertex {@code c * field^valence}. */
    public static VertexRule monomial(Field field, int valence, Coefficient c, String term) {
        return new VertexRule(java.util.Collections.nCopies(valence, field), c, term);
    }

    public int valence() {
        return legs.size();
    }

    /** The Feynman-rule factor {@code -c * n!}. */
    public Coefficient vertexFactor() {
        return actionCoefficient.times(BigFraction.of(factorial(valence()).negate()));
    }

    static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }
}
