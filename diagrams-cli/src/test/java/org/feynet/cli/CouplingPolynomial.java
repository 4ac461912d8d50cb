package org.feynet.cli;

import org.apache.commons.numbers.fraction.BigFraction;

import java.math.BigInteger;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tiny parser, written for the tests, of the weight expressions the CLI prints: sums of terms
 * such as {@code 1}, {@code -lambda/2}, {@code 2*lambda^2/3}, {@code 9000*kappa*lambda},
 * {@code 3229117*kappa^4/2764800}. Each term is a product of integers and couplings (with integer
 * powers), divided by integers. The result maps each coupling monomial (coupling → power, empty for
 * the constant term) to its exact coefficient; zero coefficients are dropped. Anything else (parentheses,
 * floats, division by a symbol) is refused, so a format change fails loudly rather than silently.
 */
final class CouplingPolynomial {

    private CouplingPolynomial() {
    }

    static Map<Map<String, Integer>, BigFraction> parse(String expression) {
        String s = expression.replace(" ", "");
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty expression");
        }
        Map<Map<String, Integer>, BigFraction> result = new TreeMap<>(CouplingPolynomial::compareMonomials);
        int i = 0;
        while (i < s.length()) {
            boolean negative = false;
            if (s.charAt(i) == '+' || s.charAt(i) == '-') {
                negative = s.charAt(i) == '-';
                i++;
            } else if (i > 0) {
                throw new IllegalArgumentException("expected + or - at " + i + " in '" + expression + "'");
            }
            BigFraction coefficient = BigFraction.ONE;
            TreeMap<String, Integer> monomial = new TreeMap<>();
            char op = '*';
            while (true) {
                int start = i;
                if (i < s.length() && Character.isDigit(s.charAt(i))) {
                    while (i < s.length() && Character.isDigit(s.charAt(i))) {
                        i++;
                    }
                    BigFraction n = BigFraction.of(new BigInteger(s.substring(start, i)), BigInteger.ONE);
                    coefficient = op == '*' ? coefficient.multiply(n) : coefficient.divide(n);
                } else if (i < s.length() && Character.isLetter(s.charAt(i))) {
                    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                        i++;
                    }
                    String name = s.substring(start, i);
                    int power = 1;
                    if (i < s.length() && s.charAt(i) == '^') {
                        int p0 = ++i;
                        while (i < s.length() && Character.isDigit(s.charAt(i))) {
                            i++;
                        }
                        if (p0 == i) {
                            throw new IllegalArgumentException("bad power in '" + expression + "'");
                        }
                        power = Integer.parseInt(s.substring(p0, i));
                    }
                    if (op == '/') {
                        throw new IllegalArgumentException("division by a coupling in '" + expression + "'");
                    }
                    monomial.merge(name, power, Integer::sum);
                } else {
                    throw new IllegalArgumentException("unexpected character at " + i + " in '" + expression + "'");
                }
                if (i < s.length() && (s.charAt(i) == '*' || s.charAt(i) == '/')) {
                    op = s.charAt(i);
                    i++;
                } else {
                    break;
                }
            }
            if (negative) {
                coefficient = coefficient.negate();
            }
            Map<String, Integer> key = Collections.unmodifiableMap(monomial);
            BigFraction sum = result.getOrDefault(key, BigFraction.ZERO).add(coefficient);
            if (sum.signum() == 0) {
                result.remove(key);
            } else {
                result.put(key, sum);
            }
        }
        return result;
    }

    /** The value with every coupling set to 1 (the 0-dimensional convention of oracles.json). */
    static BigFraction atCouplingsOne(String expression) {
        BigFraction sum = BigFraction.ZERO;
        for (BigFraction r : parse(expression).values()) {
            sum = sum.add(r);
        }
        return sum;
    }

    /** {@code coefficient * coupling^power} as a parsed polynomial (empty when the coefficient is 0). */
    static Map<Map<String, Integer>, BigFraction> monomial(BigFraction coefficient, String coupling, int power) {
        Map<Map<String, Integer>, BigFraction> m = new TreeMap<>(CouplingPolynomial::compareMonomials);
        if (coefficient.signum() != 0) {
            m.put(power == 0 ? Map.of() : Map.of(coupling, power), coefficient);
        }
        return m;
    }

    private static int compareMonomials(Map<String, Integer> a, Map<String, Integer> b) {
        return new TreeMap<>(a).toString().compareTo(new TreeMap<>(b).toString());
    }

    /** Parses "p" or "p/q" (optionally signed), as oracles.json and the CLI write rationals. */
    static BigFraction rational(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        if (slash < 0) {
            return BigFraction.of(new BigInteger(t), BigInteger.ONE);
        }
        return BigFraction.of(new BigInteger(t.substring(0, slash).trim()), new BigInteger(t.substring(slash + 1).trim()));
    }
}
