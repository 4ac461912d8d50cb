package org.feynet.graph;

import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.rules.Coefficient;
import org.feynet.rules.CouplingMonomial;
import org.feynet.rules.PolynomialInN;

/**
 * One row of the per-order table: how many diagrams carry a coupling monomial at an order, and
 * the exact sum of their weights. In 0 dimensions this sum is the Taylor coefficient of the
 * correlator (DESIGN.md).
 *
 * @param order number of vertices
 * @param couplings the coupling monomial
 * @param count number of diagrams
 * @param weightSumRational Σ weights, the rational factor in front of {@code couplings}; for an O(N)
 *                          theory, its value at N = 1
 * @param weightSumN for an O(N) theory, Σ weights as the coefficient of δ(a1,a2)δ(a3,a4)… (a
 *                   polynomial in N); null for a scalar theory
 * @param groups for a network's field theory, the row split by order in 1/N and T and by external
 *               index structure ({@link Scaling}); empty otherwise
 */
public record OrderSummary(int order, CouplingMonomial couplings, long count, BigFraction weightSumRational,
                           PolynomialInN weightSumN, java.util.List<Group> groups) {

    /** The diagrams of one row that share a {@link Scaling}: their number and Σ weights. */
    public record Group(Scaling scaling, long count, BigFraction weightSumRational) {
    }

    public OrderSummary {
        groups = groups == null ? java.util.List.of() : java.util.List.copyOf(groups);
    }

    /** A row of a scalar or O(N) theory. */
    public OrderSummary(int order, CouplingMonomial couplings, long count, BigFraction weightSumRational,
                        PolynomialInN weightSumN) {
        this(order, couplings, count, weightSumRational, weightSumN, java.util.List.of());
    }

    /** A row of a scalar theory. */
    public OrderSummary(int order, CouplingMonomial couplings, long count, BigFraction weightSumRational) {
        this(order, couplings, count, weightSumRational, null);
    }

    /** Σ weights as text: {@code 2/3*lambda^2}, or for O(N) {@code -(N + 2)/6*lambda}. */
    public String weightSumText() {
        if (weightSumN == null) {
            return weightSum().toString();
        }
        String p = weightSumN.toString();
        return couplings.isOne() || p.equals("0") ? p : p + "*" + couplings;
    }

    /** Σ weights as a coefficient, e.g. {@code 2/3*lambda^2}. */
    public Coefficient weightSum() {
        return new Coefficient(weightSumRational, couplings);
    }
}
