package org.feynet.symbolic;

import java.util.Map;
import java.util.TreeMap;
import org.feynet.graph.Diagram;
import org.feynet.rules.Coefficient;
import org.feynet.rules.CouplingMonomial;
import org.feynet.rules.PolynomialInN;

/**
 * The term of an O(N) diagram. Every propagator is δ_ab G, so the index structure factors out of
 * the integrals: the term is (Σ over pairings P of w_P(N) · Π_P δ) × the scalar term with weight 1,
 * e.g. {@code (-(N + 2)/6*lambda*delta[a1,a2])*Int[G[x1,y1]*G[x2,y1]*G[y1,y1], y1]}.
 *
 * @param tensor pairing (e.g. {@code delta[a1,a2]}) → its weight, a polynomial in N times the couplings
 * @param couplings the coupling monomial
 * @param body the diagram's term with coefficient 1, in position or momentum space
 */
public record TensorTerm(Map<String, PolynomialInN> tensor, CouplingMonomial couplings, Term body) implements Term {

    public TensorTerm {
        tensor = new TreeMap<>(tensor);
    }

    static TensorTerm of(Diagram d, Notation notation) {
        Diagram unit = new Diagram(d.order(), d.couplings(), d.points(), d.vertexTypes(), d.propagators(), d.loops(),
                d.symmetryFactor(), Coefficient.ONE);
        Term body = notation.momentum() ? MomentumTerm.of(unit, notation) : DiagramTerm.of(unit, notation);
        Map<String, PolynomialInN> weights = new TreeMap<>();
        d.tensor().forEach((pairing, poly) -> weights.put(pairing, poly.times(d.weight().rational())));
        return new TensorTerm(weights, d.couplings(), body);
    }

    @Override
    public String symja() {
        StringBuilder sb = new StringBuilder("(");
        tensor.forEach((pairing, w) -> {
            String c = w.toString();
            if (sb.length() > 1) {
                // a leading '-' negates the whole coefficient: "a - b", not "a + -b"
                sb.append(c.startsWith("-") ? " - " : " + ");
                c = c.startsWith("-") ? c.substring(1) : c;
            }
            sb.append(c);
            if (!couplings.isOne()) {
                sb.append('*').append(couplings);
            }
            if (!pairing.equals("1")) {
                sb.append('*').append(pairing);
            }
        });
        return sb.append(")*").append(body.symja()).toString();
    }

    @Override
    public String latex(String cutoff) {
        StringBuilder sb = new StringBuilder("\\left(");
        tensor.forEach((pairing, w) -> {
            String c = LatexText.polynomial(w);
            if (sb.length() > "\\left(".length() && !c.startsWith("-")) {
                sb.append('+');
            }
            sb.append(c);
            if (!couplings.isOne()) {
                sb.append(LatexText.monomial(couplings));
            }
            if (!pairing.equals("1")) {
                for (String delta : pairing.split("\\*")) {
                    // delta[a1,a2] -> \delta_{a_1a_2}
                    String[] ab = delta.substring("delta[".length(), delta.length() - 1).split(",");
                    sb.append("\\,\\delta_{").append(LatexText.point(ab[0])).append(LatexText.point(ab[1])).append('}');
                }
            }
        });
        return sb.append("\\right)").append(body.latex(cutoff)).toString();
    }
}
