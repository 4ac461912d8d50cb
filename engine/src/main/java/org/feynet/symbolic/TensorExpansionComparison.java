package org.feynet.symbolic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.graph.Diagram;
import org.feynet.rules.Coefficient;
import org.feynet.rules.CouplingMonomial;
import org.feynet.rules.PolynomialInN;
import org.feynet.rules.Theory;

/**
 * {@link ExpansionComparison} for O(N) models: a person's terms in the notation of
 * {@link TensorTerm}, {@code (-(N + 2)/6*lambda*delta[a1,a2])*Int[G[x1,y1]*G[x2,y1]*G[y1,y1], y1]},
 * with any dummies and any expansion of the brackets. Each expanded term is split into its diagram
 * (the propagators, identified canonically as for one scalar field), its pairing of the external
 * indices (its δ's) and its coefficient, a polynomial in N times the couplings; the terms of one
 * diagram and pairing are added, and every pairing of every diagram is compared with the engine's
 * index tensor times the diagram's weight.
 */
public final class TensorExpansionComparison {

    private TensorExpansionComparison() {
    }

    /** One diagram's pairings (δ key → polynomial in N, rational factor included) and its couplings. */
    private static final class Written {
        final Map<String, PolynomialInN> tensor = new TreeMap<>();
        CouplingMonomial couplings;
        int[][] adjacency;
    }

    public static ExpansionComparison.Result compare(Theory theory, int points, List<Diagram> engine,
                                                     List<TermReader.RawTerm> yours, Notation notation) {
        Map<String, Written> written = new LinkedHashMap<>();
        for (TermReader.RawTerm t : yours) {
            if (t.coefficient().rational().signum() == 0) {
                continue;
            }
            List<DiagramTerm.Factor> propagators = new ArrayList<>();
            List<String> deltas = new ArrayList<>();
            for (DiagramTerm.Factor f : t.factors()) {
                if (f.head().equals("delta")) {
                    for (int k = 0; k < f.power(); k++) {
                        deltas.add(PointGraph.delta(f.a(), f.b(), points));
                    }
                } else {
                    propagators.add(f);
                }
            }
            ExpansionComparison.Canonical c = ExpansionComparison.canonical(theory, points,
                    new TermReader.RawTerm(Coefficient.ONE, propagators, t.integrated()), notation.amputate());
            Written w = written.computeIfAbsent(c.key(), k -> new Written());
            w.adjacency = c.adjacency();
            int n = t.coefficient().couplings().powers().getOrDefault("N", 0);
            TreeMap<String, Integer> rest = new TreeMap<>(t.coefficient().couplings().powers());
            rest.remove("N");
            CouplingMonomial couplings = new CouplingMonomial(rest);
            if (w.couplings != null && !w.couplings.equals(couplings)) {
                throw new TermReader.ReadException("the same diagram is written with couplings " + w.couplings
                        + " and " + couplings);
            }
            w.couplings = couplings;
            deltas.sort(java.util.Comparator.comparingInt(
                    (String x) -> Integer.parseInt(x.substring("delta[a".length(), x.indexOf(',')))));
            String pairing = deltas.isEmpty() ? "1" : String.join("*", deltas);
            w.tensor.merge(pairing, monomial(n, t.coefficient().rational()), PolynomialInN::plus);
        }
        List<ExpansionComparison.Difference> differences = new ArrayList<>();
        int matched = 0;
        for (Diagram d : engine) {
            int[] types = d.vertexTypes().stream().mapToInt(Integer::intValue).toArray();
            Written mine = written.remove(ExpansionComparison.key(points, types, d.adjacency()));
            Map<String, PolynomialInN> expected = new TreeMap<>();
            d.tensor().forEach((pairing, p) -> expected.put(pairing, p.times(d.weight().rational())));
            Term engineTerm = TensorTerm.of(d, notation);
            if (mine == null || mine.tensor.values().stream().allMatch(PolynomialInN::isZero)) {
                differences.add(new ExpansionComparison.Difference(ExpansionComparison.Kind.MISSING, d, engineTerm, null,
                        d.picture()));
            } else if (!sameTensor(expected, mine.tensor) || !d.couplings().equals(mine.couplings)) {
                differences.add(new ExpansionComparison.Difference(ExpansionComparison.Kind.WRONG_COEFFICIENT, d,
                        engineTerm, term(points, d.adjacency(), mine, notation), d.picture()));
            } else {
                matched++;
            }
        }
        for (Written w : written.values()) {
            if (!w.tensor.values().stream().allMatch(PolynomialInN::isZero)) {
                differences.add(new ExpansionComparison.Difference(ExpansionComparison.Kind.EXTRA, null, null,
                        term(points, w.adjacency, w, notation), Diagram.picture(points, w.adjacency)));
            }
        }
        return new ExpansionComparison.Result(matched, differences);
    }

    private static boolean sameTensor(Map<String, PolynomialInN> a, Map<String, PolynomialInN> b) {
        java.util.Set<String> keys = new java.util.TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String k : keys) {
            if (!a.getOrDefault(k, PolynomialInN.ZERO).equals(b.getOrDefault(k, PolynomialInN.ZERO))) {
                return false;
            }
        }
        return true;
    }

    private static TensorTerm term(int points, int[][] adjacency, Written w, Notation notation) {
        Term body = DiagramTerm.of(points, adjacency, Coefficient.ONE, notation);
        return new TensorTerm(w.tensor, w.couplings == null ? CouplingMonomial.ONE : w.couplings, body);
    }

    /** r·N^n as a polynomial. */
    private static PolynomialInN monomial(int n, BigFraction r) {
        if (n < 0) {
            throw new TermReader.ReadException("N appears with a negative power; O(N) weights are polynomials in N");
        }
        List<BigFraction> c = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            c.add(BigFraction.ZERO);
        }
        c.add(r);
        return new PolynomialInN(c);
    }
}
