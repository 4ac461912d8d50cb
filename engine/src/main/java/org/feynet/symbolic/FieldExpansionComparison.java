package org.feynet.symbolic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.graph.Diagram;
import org.feynet.rules.Coefficient;
import org.feynet.rules.Theory;

/**
 * {@link ExpansionComparison} for theories with several fields or propagator rules — local,
 * neuron-indexed and multi-local vertices, bilocal fields: a person's terms in the notation of
 * {@link FieldTerm} ({@code Gphi[a,b]}, {@code GhZt[a,b]} with the h end first,
 * {@code GwWt[a1,a2,b1,b2]}, and in front {@code N^k} for closed neuron-index loops and
 * {@code delta[a1,a2]} for tied external indices) are compared with the engine's, whatever the
 * dummy names and the order of factors.
 *
 * <p>Both sides are read the same way: the engine's diagrams are written as terms, and every term —
 * the engine's and the person's — becomes a {@link PointGraph}, whose canonical form identifies the
 * integral. Terms with the same integral are added (the engine gives one integral several times when
 * diagrams pair the times of multi-local vertices differently); then integral by integral, the
 * coefficients (couplings, powers of N and δ's) must agree. For theories with local vertices only,
 * every diagram is an integral of its own.
 */
public final class FieldExpansionComparison {

    private FieldExpansionComparison() {
    }

    /** The heads of the theory's propagators, as {@link FieldTerm} writes them. */
    public static Set<String> heads(Theory theory, Notation notation) {
        Set<String> heads = new java.util.TreeSet<>();
        theory.propagators().forEach(r -> heads.add(FieldTerm.head(notation.propagator(), r)));
        return heads;
    }

    /** Reads a person's (or the engine's) Symja sum of terms of {@code theory}. */
    public static List<TermReader.RawTerm> read(String text, Theory theory, Notation notation) {
        Set<String> heads = heads(theory, notation);
        String example = heads.iterator().next();
        if (theory.hasNeuronIndex()) {
            heads.add("delta");
        }
        if (notation.amputate()) {
            heads.add("Delta");
        }
        return TermReader.read(text, example, heads, PointGraph.bilocalHeads(theory, notation));
    }

    /** One integral: its terms' coefficients added, and what to show of it. */
    private static final class Integral {
        final Map<PointGraph.Part, BigFraction> value = new TreeMap<>();
        final List<Diagram> diagrams = new ArrayList<>();
        FieldTerm term;
        String body;
        List<String> integrated;

        void add(Map<PointGraph.Part, BigFraction> v) {
            v.forEach((k, r) -> value.merge(k, r, BigFraction::add));
            value.values().removeIf(r -> r.signum() == 0);
        }
    }

    public static ExpansionComparison.Result compare(Theory theory, int points, List<Integer> externalFields,
                                                     List<Diagram> engine, List<TermReader.RawTerm> yours,
                                                     Notation notation) {
        Map<String, Integral> expected = new LinkedHashMap<>();
        for (Diagram d : engine) {
            FieldTerm term = FieldTerm.of(d, theory, notation);
            for (TermReader.RawTerm raw : read(term.symja(), theory, notation)) {
                PointGraph g = PointGraph.of(theory, points, externalFields, raw, notation);
                Integral i = expected.computeIfAbsent(g.key(), k -> new Integral());
                i.add(g.value());
                i.diagrams.add(d);
                i.term = i.term == null ? term : i.term;
            }
        }
        Map<String, Integral> written = new LinkedHashMap<>();
        for (TermReader.RawTerm t : yours) {
            if (t.coefficient().rational().signum() == 0) {
                continue;
            }
            PointGraph g = PointGraph.of(theory, points, externalFields, t, notation);
            Integral i = written.computeIfAbsent(g.key(), k -> new Integral());
            i.add(g.value());
            if (i.body == null) {
                i.body = g.body();
                i.integrated = t.integrated().stream().map(TermReader::displayName).toList();
            }
        }
        List<ExpansionComparison.Difference> differences = new ArrayList<>();
        int matched = 0;
        for (Map.Entry<String, Integral> e : expected.entrySet()) {
            Integral engineSide = e.getValue();
            Integral mine = written.remove(e.getKey());
            Diagram first = engineSide.diagrams.get(0);
            FieldTerm engineTerm = withValue(engineSide.term, engineSide.value);
            if (mine == null || mine.value.isEmpty()) {
                differences.add(new ExpansionComparison.Difference(ExpansionComparison.Kind.MISSING, first, engineTerm,
                        null, first.picture(theory)));
            } else if (!mine.value.equals(engineSide.value)) {
                differences.add(new ExpansionComparison.Difference(ExpansionComparison.Kind.WRONG_COEFFICIENT, first,
                        engineTerm, withValue(engineSide.term, mine.value), first.picture(theory)));
            } else {
                matched++;
            }
        }
        for (Integral mine : written.values()) {
            if (!mine.value.isEmpty()) {
                differences.add(new ExpansionComparison.Difference(ExpansionComparison.Kind.EXTRA, null, null,
                        new FieldTerm(prefactor(mine.value), Coefficient.ONE, List.of(mine.body), List.of(1),
                                List.of(mine.body), mine.integrated), mine.body));
            }
        }
        return new ExpansionComparison.Result(matched, expected.size() == engine.size() ? 0 : expected.size(),
                differences);
    }

    /** The engine's term of an integral with the coefficient {@code value} in front instead. */
    private static FieldTerm withValue(FieldTerm t, Map<PointGraph.Part, BigFraction> value) {
        return new FieldTerm(prefactor(value), Coefficient.ONE, t.factors(), t.powers(), t.latexFactors(),
                t.integrated());
    }

    /** {@code 2*N*sw^2*delta[a1,a2]}, or a bracketed sum when the coefficient has several parts. */
    private static String prefactor(Map<PointGraph.Part, BigFraction> value) {
        List<String> parts = new ArrayList<>();
        value.forEach((part, r) -> parts.add(part.times(r)));
        if (parts.isEmpty()) {
            return "0";
        }
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(" + ", parts) + ")";
    }
}
