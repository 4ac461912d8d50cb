package org.feynet.graph;

import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.rules.Coefficient;
import org.feynet.rules.CouplingMonomial;

/**
 * One row of the per-order table: how many diagrams carry a coupling monomial at an order, and
 * the exact sum of their weights. In 0 dimensions this sum is the Taylor coefficient of the
 * correlator (DESIGN.md).
 *
 * @param order number of vertices
 * @param couplings the coupling monomial
 * @param count number of diagrams
 * @param weightSumRational Σ weights, the rational factor in front of {@code couplings}
 */
public record OrderSummary(int order, CouplingMonomial couplings, long count, BigFraction weightSumRational) {

    /** Σ weights as a coefficient, e.g. {@code 2/3*lambda^2}. */
    public Coefficient weightSum() {
        return new Coefficient(weightSumRational, couplings);
    }
}
