package org.feynet.rules;

import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * An exact coefficient: a rational number times a coupling monomial, e.g. {@code -1/2*lambda}.
 * Weights of diagrams, vertex factors and action coefficients are all of this form.
 *
 * @param rational the exact rational factor
 * @param couplings the symbolic factor
 */
public record Coefficient(BigFraction rational, CouplingMonomial couplings) {

    public static final Coefficient ONE = new Coefficient(BigFraction.ONE, CouplingMonomial.ONE);

    public Coefficient {
        Objects.requireNonNull(rational, "rational");
        Objects.requireNonNull(couplings, "couplings");
    }

    public Coefficient times(Coefficient other) {
        return new Coefficient(rational.multiply(other.rational), couplings.times(other.couplings));
    }

    public Coefficient times(BigFraction factor) {
        return new Coefficient(rational.multiply(factor), couplings);
    }

    public Coefficient pow(int k) {
        return new Coefficient(rational.pow(k), couplings.pow(k));
    }

    /** Symja input form, e.g. {@code -1/2*lambda}, {@code lambda^2/6}, {@code 3}. */
    @Override
    public String toString() {
        return format(rational, couplings);
    }

    /** Writes {@code r * m} the way a physicist would type it: {@code -lambda/2}, {@code 1/6*g^2}. */
    public static String format(BigFraction r, CouplingMonomial m) {
        if (m.isOne() || r.signum() == 0) {
            return rationalString(r);
        }
        String sign = r.signum() < 0 ? "-" : "";
        BigFraction a = r.abs();
        String num = a.getNumerator().equals(java.math.BigInteger.ONE) ? "" : a.getNumerator() + "*";
        String den = a.getDenominator().equals(java.math.BigInteger.ONE) ? "" : "/" + a.getDenominator();
        return sign + num + m + den;
    }

    /** {@code 3}, {@code -1/2}: the integer form when the denominator is 1. */
    public static String rationalString(BigFraction r) {
        if (r.getDenominator().equals(java.math.BigInteger.ONE)) {
            return r.getNumerator().toString();
        }
        return r.getNumerator() + "/" + r.getDenominator();
    }
}
