package org.feynet.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A polynomial in the component count N of an O(N) vector field, with exact rational coefficients:
 * the weight of an O(N) diagram for one pairing of its external indices (closed index loops give N).
 *
 * @param coefficients c0, c1, … of c0 + c1 N + c2 N² + …, without trailing zeros
 */
public record PolynomialInN(List<BigFraction> coefficients) {

    public static final PolynomialInN ZERO = new PolynomialInN(List.of());

    public PolynomialInN {
        List<BigFraction> c = new ArrayList<>(coefficients);
        while (!c.isEmpty() && c.get(c.size() - 1).signum() == 0) {
            c.remove(c.size() - 1);
        }
        coefficients = List.copyOf(c);
    }

    /** {@code count[k]} N^k with integer counts. */
    public static PolynomialInN ofCounts(long[] count) {
        List<BigFraction> c = new ArrayList<>();
        for (long k : count) {
            c.add(BigFraction.of(k));
        }
        return new PolynomialInN(c);
    }

    public boolean isZero() {
        return coefficients.isEmpty();
    }

    public PolynomialInN plus(PolynomialInN o) {
        List<BigFraction> c = new ArrayList<>();
        for (int i = 0; i < Math.max(coefficients.size(), o.coefficients.size()); i++) {
            c.add(coefficient(i).add(o.coefficient(i)));
        }
        return new PolynomialInN(c);
    }

    public PolynomialInN times(BigFraction f) {
        return new PolynomialInN(coefficients.stream().map(x -> x.multiply(f)).toList());
    }

    public BigFraction coefficient(int k) {
        return k < coefficients.size() ? coefficients.get(k) : BigFraction.ZERO;
    }

    /** The value at a given N. */
    public BigFraction at(BigFraction n) {
        BigFraction v = BigFraction.ZERO;
        for (int k = coefficients.size() - 1; k >= 0; k--) {
            v = v.multiply(n).add(coefficients.get(k));
        }
        return v;
    }

    /**
     * Symja input form with the rational content taken out, as physicists write it:
     * {@code -(N + 2)/6}, {@code (5*N + 22)/9}, {@code 1/3}.
     */
    @Override
    public String toString() {
        if (isZero()) {
            return "0";
        }
        BigInteger lcm = BigInteger.ONE;
        for (BigFraction c : coefficients) {
            lcm = lcm.divide(lcm.gcd(c.getDenominator())).multiply(c.getDenominator());
        }
        List<BigInteger> ints = new ArrayList<>();
        BigInteger gcd = BigInteger.ZERO;
        for (BigFraction c : coefficients) {
            BigInteger v = c.getNumerator().multiply(lcm.divide(c.getDenominator()));
            ints.add(v);
            gcd = gcd.gcd(v);
        }
        BigInteger lead = ints.get(ints.size() - 1);
        if (lead.signum() < 0) {
            gcd = gcd.negate();
        }
        BigFraction content = BigFraction.of(gcd, lcm);
        StringBuilder poly = new StringBuilder();
        int terms = 0;
        for (int k = ints.size() - 1; k >= 0; k--) {
            BigInteger v = ints.get(k).divide(gcd);
            if (v.signum() == 0) {
                continue;
            }
            terms++;
            boolean first = poly.length() == 0;
            if (!first) {
                poly.append(v.signum() < 0 ? " - " : " + ");
            } else if (v.signum() < 0) {
                poly.append('-');
            }
            BigInteger a = v.abs();
            if (k == 0) {
                poly.append(a);
            } else {
                if (!a.equals(BigInteger.ONE)) {
                    poly.append(a).append('*');
                }
                poly.append('N');
                if (k > 1) {
                    poly.append('^').append(k);
                }
            }
        }
        String p = terms > 1 ? "(" + poly + ")" : poly.toString();
        String sign = content.signum() < 0 ? "-" : "";
        BigFraction a = content.abs();
        String num = a.getNumerator().equals(BigInteger.ONE) ? "" : a.getNumerator() + "*";
        String den = a.getDenominator().equals(BigInteger.ONE) ? "" : "/" + a.getDenominator();
        if (p.equals("1")) {
            return sign + Coefficient.rationalString(a);
        }
        return sign + num + p + den;
    }
}
