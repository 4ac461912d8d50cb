package org.feynet.symbolic;

import java.util.Objects;

/**
 * How terms are written. Only the notation changes, never the diagrams or their weights.
 *
 * @param propagator the head of a propagator: {@code G} (default) or {@code K} (the NN-QFT kernel)
 * @param amputate drop the external propagators: the internal point a leg xi was attached to is
 *                 then called xi and not integrated; when several legs meet at one point, it takes
 *                 the smallest name and a factor {@code Delta[xi,xj]} joins the others to it
 * @param momentum write terms in momentum space ({@link MomentumTerm}) instead of position space
 * @param cutoff the cutoff Λ written on the integrals in LaTeX ({@code |y| ≤ Λ}, {@code |k| ≤ Λ}), or
 *               null for none
 */
public record Notation(String propagator, boolean amputate, boolean momentum, String cutoff) {

    /**
     * Symja built-ins (DESIGN.md) and the notation's own heads, unusable as a propagator's head.
     * Declared before DEFAULT, whose construction reads it.
     */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("I", "E", "D", "N", "C", "O", "Pi", "Gamma",
            "Beta", "Zeta", "Re", "Im", "Sum", "Product", "Interval", "Tr", "Det", "Int", "Delta", "List", "Plus",
            "Times", "Power");

    public static final Notation DEFAULT = new Notation("G", false, false, null);

    /** Without a cutoff. */
    public Notation(String propagator, boolean amputate, boolean momentum) {
        this(propagator, amputate, momentum, null);
    }

    /** Position space. */
    public Notation(String propagator, boolean amputate) {
        this(propagator, amputate, false);
    }

    public Notation {
        Objects.requireNonNull(propagator, "propagator");
        if (!propagator.matches("[A-Z][A-Za-z0-9]*") || RESERVED.contains(propagator)) {
            throw new IllegalArgumentException("propagator symbol '" + propagator
                    + "' must be a capitalised name that Symja does not reserve, e.g. G or K");
        }
        if (cutoff != null && !cutoff.matches("[0-9]+(\\.[0-9]+)?|[A-Za-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("cutoff '" + cutoff + "' must be a number or a symbol, e.g. 5 or Lambda");
        }
    }
}
