package org.feynet.symbolic;

import java.math.BigInteger;
import java.util.Map;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.rules.Coefficient;

/**
 * LaTeX for coefficients and point names. Written here because Symja's TeXForm writes
 * {@code \cdot} and {@code G(x1,y1)} without subscripts (DESIGN.md).
 */
public final class LatexText {
    private static final Set<String> GREEK = Set.of("Lambda", "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
            "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "phi", "chi", "psi",
            "omega");

    private LatexText() {
    }

    /** The lower limit of an integral over {@code variable} with a cutoff: {@code _{|y_{1}|\le\Lambda}}. */
    static String cutoff(String variable, String cutoff) {
        if (cutoff == null) {
            return "";
        }
        return "_{|" + point(variable) + "|\\le " + symbol(cutoff) + "}";
    }

    /** A polynomial in N with its rational content: {@code -\frac{N+2}{6}}, {@code \frac{1}{3}}. */
    static String polynomial(org.feynet.rules.PolynomialInN p) {
        String text = p.toString(); // e.g. -(N + 2)/6, 1/3, (5*N + 16)/18, -N/2
        String sign = text.startsWith("-") ? "-" : "";
        String body = sign.isEmpty() ? text : text.substring(1);
        String numerator = body;
        String denominator = null;
        int slash = body.lastIndexOf('/');
        if (slash > 0 && body.indexOf(')') < slash) {
            numerator = body.substring(0, slash);
            denominator = body.substring(slash + 1);
        }
        if (numerator.startsWith("(") && numerator.endsWith(")")) {
            numerator = numerator.substring(1, numerator.length() - 1);
        }
        numerator = numerator.replace("*", "").replace(" ", "").replaceAll("\\^([0-9]+)", "^{$1}");
        return denominator == null ? sign + (numerator.contains("+") || numerator.contains("-") ? "(" + numerator + ")" : numerator)
                : sign + "\\frac{" + numerator + "}{" + denominator + "}";
    }

    /** {@code x1} → {@code x_{1}}. */
    static String point(String name) {
        return name.charAt(0) + "_{" + name.substring(1) + "}";
    }

    static String symbol(String s) {
        return GREEK.contains(s) ? "\\" + s : s;
    }

    /** {@code lambda^2*kappa} → {@code \kappa\,\lambda^{2}}. */
    public static String monomial(org.feynet.rules.CouplingMonomial m) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : m.powers().entrySet()) {
            if (sb.length() > 0) {
                sb.append("\\,");
            }
            sb.append(symbol(e.getKey()));
            if (e.getValue() != 1) {
                sb.append("^{").append(e.getValue()).append('}');
            }
        }
        return sb.length() == 0 ? "1" : sb.toString();
    }

    /** {@code -1/2*lambda} → {@code -\frac{\lambda}{2}}; {@code 1} → empty; {@code -1} → {@code -}. */
    static String coefficient(Coefficient c) {
        BigFraction r = c.rational();
        String sign = r.signum() < 0 ? "-" : "";
        BigFraction abs = r.abs();
        StringBuilder num = new StringBuilder();
        if (!abs.getNumerator().equals(BigInteger.ONE) || c.couplings().isOne()) {
            num.append(abs.getNumerator());
        }
        for (Map.Entry<String, Integer> e : c.couplings().powers().entrySet()) {
            if (num.length() > 0 && Character.isDigit(num.charAt(num.length() - 1))) {
                num.append(' ');
            }
            num.append(symbol(e.getKey()));
            if (e.getValue() != 1) {
                num.append("^{").append(e.getValue()).append('}');
            }
        }
        String n = num.toString();
        if (abs.getDenominator().equals(BigInteger.ONE)) {
            return n.equals("1") ? sign : sign + n;
        }
        return sign + "\\frac{" + n + "}{" + abs.getDenominator() + "}";
    }
}
