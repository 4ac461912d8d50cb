package org.feynet.symbolic;

import org.feynet.graph.Diagram;

/**
 * The formula a diagram stands for, in position space ({@link DiagramTerm}) or momentum space
 * ({@link MomentumTerm}); for O(N) models with its index tensor in front ({@link TensorTerm}).
 */
public interface Term {

    /** Symja input form. */
    String symja();

    /** LaTeX (math mode). */
    default String latex() {
        return latex(null);
    }

    /** LaTeX with the integrals restricted to |point| ≤ {@code cutoff} (null: unrestricted). */
    String latex(String cutoff);

    /**
     * {@code coefficient * Int[…Int[product, vn]…, v1]}: the Symja text both spaces share. Factors are
     * {@code head[args]} with their power; an empty product is 1.
     */
    static String symja(org.feynet.rules.Coefficient coefficient, java.util.List<String> factors,
                        java.util.List<Integer> powers, java.util.List<String> integrated) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < factors.size(); i++) {
            if (body.length() > 0) {
                body.append('*');
            }
            body.append(factors.get(i));
            if (powers.get(i) > 1) {
                body.append('^').append(powers.get(i));
            }
        }
        String product = body.length() == 0 ? "1" : body.toString();
        for (int k = integrated.size() - 1; k >= 0; k--) {
            product = "Int[" + product + ", " + integrated.get(k) + "]";
        }
        String c = coefficient.toString();
        return c.equals("1") ? product : c.equals("-1") ? "-" + product : c + "*" + product;
    }

    /**
     * The term of a diagram of {@code theory}: with several fields or propagator rules a
     * {@link FieldTerm}, otherwise as {@link #of(Diagram, Notation)}.
     */
    static Term of(Diagram d, org.feynet.rules.Theory theory, Notation notation) {
        if (theory.hasSeveralFields()) {
            return notation.momentum() ? FieldMomentumTerm.of(d, theory, notation) : FieldTerm.of(d, theory, notation);
        }
        return of(d, notation);
    }

    /** The term of {@code d} (one field) in the notation's space. */
    static Term of(Diagram d, Notation notation) {
        if (!d.tensor().isEmpty()) {
            return TensorTerm.of(d, notation);
        }
        return notation.momentum() ? MomentumTerm.of(d, notation) : DiagramTerm.of(d, notation);
    }
}
