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

    /** Whether the vertex sits at two times, t1 and t2 (some leg is at [t1], [t2] or [t1,t2]). */
    public boolean isMultiLocal() {
        return legs.stream().anyMatch(f -> f.time() != Field.Time.LOCAL);
    }

    public int valence() {
        return legs.size();
    }

    /** True for a vertex {@code (phi.phi)^k} of an O(N) vector field. */
    public boolean isVector() {
        return legs.get(0).isVector();
    }

    /**
     * The Feynman-rule factor. Scalar {@code c φⁿ}: {@code -c * n!}; with several fields,
     * {@code c φ^a ψ^b}: {@code -c * a! * b!} (the legs of one field are interchangeable). O(N) {@code c (φ·φ)^k}: the
     * vertex is −c ∂^{2k}(φ·φ)^k/∂φ_{a1}…∂φ_{a2k} = −c · 2^k k! · Σ over the (2k−1)!! pairings of the
     * legs of Π δ; this returns the factor of one pairing, {@code -c * 2^k * k!}. For N = 1 the
     * pairings add up to the scalar factor, (2k−1)!! · 2^k k! = (2k)!.
     */
    public Coefficient vertexFactor() {
        if (isVector()) {
            int k = valence() / 2;
            return actionCoefficient.times(BigFraction.of(BigInteger.TWO.pow(k).multiply(factorial(k)).negate()));
        }
        // several fields: the legs of each field are interchangeable among themselves only
        java.util.Map<Field, Integer> perField = new java.util.LinkedHashMap<>();
        legs.forEach(f -> perField.merge(f, 1, Integer::sum));
        BigInteger symmetry = BigInteger.ONE;
        for (int n : perField.values()) {
            symmetry = symmetry.multiply(factorial(n));
        }
        return actionCoefficient.times(BigFraction.of(symmetry.negate()));
    }

    static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }
}
