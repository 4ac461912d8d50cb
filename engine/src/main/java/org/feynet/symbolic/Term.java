package org.feynet.symbolic;

import org.feynet.graph.Diagram;

/** The formula a diagram stands for, in position space ({@link DiagramTerm}) or momentum space ({@link MomentumTerm}). */
public interface Term {

    /** Symja input form. */
    String symja();

    /** LaTeX (math mode). */
    default String latex() {
        return latex(null);
    }

    /** LaTeX with the integrals restricted to |point| ≤ {@code cutoff} (null: unrestricted). */
    String latex(String cutoff);

    /** The term of {@code d} in the notation's space. */
    static Term of(Diagram d, Notation notation) {
        return notation.momentum() ? MomentumTerm.of(d, notation) : DiagramTerm.of(d, notation);
    }
}
