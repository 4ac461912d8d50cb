package org.feynet.rules;

import java.util.Objects;

/**
 * A free two-point function that does not vanish, ⟨a b⟩ ≠ 0: the lines a diagram may draw between
 * a leg of field {@code a} and a leg of field {@code b}.
 *
 * <p>A theory whose fields are independent has the diagonal rules ⟨φ φ⟩, ⟨ψ ψ⟩, … only. A
 * response-field (Martin–Siggia–Rose) action has ⟨h h⟩ (the correlation function) and ⟨h z̃⟩ (the
 * response function) but ⟨z̃ z̃⟩ = 0: its rules are {@code h-h} and {@code h-zt}, and no rule joins
 * two z̃ legs (Hertz, Roudi, Sollich, J. Phys. A 50 (2017) 033001, sec. 3; Helias and Dahmen,
 * <i>Statistical Field Theory for Neural Networks</i>, ch. 7).
 *
 * <p>A line of a rule with {@code a ≠ b} has two different ends: the diagram records which end
 * carries {@code a}. With {@code retarded}, ⟨a(t) b(t')⟩ vanishes unless t &gt; t' (a causal
 * response, a = h, b = z̃), and it vanishes at equal times (Itô convention, θ(0) = 0); a closed loop
 * of retarded lines, each leaving a vertex from its {@code b} end, then integrates a product of θ's
 * that cannot all be 1 and is zero.
 *
 * @param a the field at the first end (for a response function: the field, h)
 * @param b the field at the second end (for a response function: the response field, z̃)
 * @param retarded whether ⟨a(t) b(t')⟩ vanishes for t ≤ t' (needs a ≠ b)
 * @param equalTime whether the free two-point function is local in time, ∝ δ(t − t') (up to a fixed
 *                  shift), as for the layer-to-layer rules of a network unrolled in depth: the line
 *                  then ties the times of its ends, which matters for the power of the depth T
 */
public record PropagatorRule(Field a, Field b, boolean retarded, boolean equalTime) {

    /** A rule whose two-point function extends over time (no δ(t − t')). */
    public PropagatorRule(Field a, Field b, boolean retarded) {
        this(a, b, retarded, false);
    }

    public PropagatorRule {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (retarded && a.equals(b)) {
            throw new IllegalArgumentException("a retarded propagator joins a field to its response field, not "
                    + a.name() + " to itself");
        }
    }

    /** The rule ⟨f f⟩ of a field with itself. */
    public static PropagatorRule diagonal(Field f) {
        return new PropagatorRule(f, f, false);
    }

    /** Whether both ends carry the same field (the line can be turned around). */
    public boolean isSymmetric() {
        return a.equals(b);
    }

    /** Whether this rule joins {@code x} and {@code y}, in either order. */
    public boolean joins(Field x, Field y) {
        return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x);
    }

    /** The rule between two legs of the fields this rule joins, e.g. ⟨h[t1] zt[t2]⟩ from ⟨h zt⟩. */
    public PropagatorRule between(Field x, Field y) {
        return new PropagatorRule(x, y, retarded, equalTime);
    }

    /** {@code <h,zt>} style name, as the diagrams print it. */
    public String label() {
        return isSymmetric() ? a.name() : "<" + a.name() + "," + b.name() + ">";
    }
}
