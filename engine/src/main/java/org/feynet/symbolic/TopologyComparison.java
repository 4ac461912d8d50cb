package org.feynet.symbolic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.feynet.graph.ColouredNickel;
import org.feynet.graph.Diagram;
import org.feynet.graph.NickelReader;
import org.feynet.rules.Coefficient;

/**
 * {@code check} at the level of topologies: a list of Nickel indices with weights (the format of
 * {@code expand --format nickel}) against the engine's diagrams grouped by topology, each topology's
 * weight being the sum over its labelled diagrams. Indices are re-canonicalised
 * ({@link NickelReader}, or {@link ColouredNickel} for indices with fields), so any numbering of the
 * vertices is accepted.
 */
public final class TopologyComparison {

    /** One line of the person's list. */
    public record Entry(String nickel, Coefficient weight) {
    }

    /**
     * One difference; {@code engine} or {@code yours} is null for a missing or an extra topology.
     */
    public record Difference(ExpansionComparison.Kind kind, String nickel, Coefficient engine, Coefficient yours,
                             int labelled) {
    }

    public record Result(int matched, int topologies, List<Difference> differences) {
        public boolean matches() {
            return differences.isEmpty();
        }
    }

    private TopologyComparison() {
    }

    /** True when the text looks like a Nickel list: its first line that is not a comment starts with an index. */
    public static boolean looksLikeNickelList(String text) {
        for (String line : text.lines().toList()) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("(*")) {
                continue;
            }
            String first = t.split("\\s+")[0];
            return first.endsWith("|") || first.equals("e-e") || first.startsWith("e-e:");
        }
        return false;
    }

    /** Reads lines {@code index weight [anything]}; blank, comment ({@code #}) and indented lines are skipped. */
    public static List<Entry> read(String text) {
        List<Entry> entries = new ArrayList<>();
        int number = 0;
        for (String line : text.lines().toList()) {
            number++;
            if (line.isBlank() || line.startsWith("#") || Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            String[] parts = line.trim().split("\\s+");
            // a disconnected index contains " x ": glue its pieces back together
            int k = 0;
            StringBuilder index = new StringBuilder(parts[k++]);
            while (k + 1 < parts.length && parts[k].equals("x")) {
                index.append(" x ").append(parts[k + 1]);
                k += 2;
            }
            if (k >= parts.length) {
                throw new TermReader.ReadException("line " + number + ": '" + line.trim() + "' has no weight after the index");
            }
            String canonical;
            try {
                canonical = index.indexOf(":") >= 0 ? ColouredNickel.canonical(index.toString())
                        : NickelReader.canonical(index.toString());
            } catch (IllegalArgumentException e) {
                throw new TermReader.ReadException("line " + number + ": " + e.getMessage());
            }
            List<TermReader.RawTerm> w = TermReader.read(parts[k], "G");
            if (w.size() != 1 || !w.get(0).factors().isEmpty() || !w.get(0).integrated().isEmpty()) {
                throw new TermReader.ReadException("line " + number + ": weight '" + parts[k]
                        + "' must be a number times couplings, e.g. lambda^2/6");
            }
            entries.add(new Entry(canonical, w.get(0).coefficient()));
        }
        return entries;
    }

    public static Result compare(List<Diagram> engine, List<Entry> yours) {
        return compare(engine, yours, Diagram::nickel);
    }

    /**
     * As {@link #compare(List, List)}, each engine diagram's topology given by {@code index} (for
     * several fields, the coloured index of {@link ColouredNickel}).
     */
    public static Result compare(List<Diagram> engine, List<Entry> yours,
                                 java.util.function.Function<Diagram, String> index) {
        // keyed by topology and coupling monomial: with several couplings one topology has several weights
        Map<String, Coefficient> expected = new LinkedHashMap<>();
        Map<String, Integer> labelled = new LinkedHashMap<>();
        for (Diagram d : engine) {
            String key = index.apply(d) + "@" + d.couplings();
            expected.merge(key, d.weight(), TopologyComparison::add);
            labelled.merge(key, 1, Integer::sum);
        }
        Map<String, Coefficient> written = new LinkedHashMap<>();
        for (Entry e : yours) {
            written.merge(e.nickel() + "@" + e.weight().couplings(), e.weight(), TopologyComparison::add);
        }
        List<Difference> differences = new ArrayList<>();
        int matched = 0;
        for (Map.Entry<String, Coefficient> e : expected.entrySet()) {
            String nickel = e.getKey().substring(0, e.getKey().lastIndexOf('@'));
            Coefficient mine = written.remove(e.getKey());
            if (mine == null) {
                // the same topology with other couplings is a wrong coefficient, not a missing diagram
                String other = written.keySet().stream().filter(k -> k.startsWith(nickel + "@")).findFirst().orElse(null);
                mine = other == null ? null : written.remove(other);
            }
            if (mine == null || mine.rational().signum() == 0) {
                differences.add(new Difference(ExpansionComparison.Kind.MISSING, nickel, e.getValue(), null,
                        labelled.get(e.getKey())));
            } else if (!mine.equals(e.getValue())) {
                differences.add(new Difference(ExpansionComparison.Kind.WRONG_COEFFICIENT, nickel, e.getValue(), mine,
                        labelled.get(e.getKey())));
            } else {
                matched++;
            }
        }
        written.forEach((key, w) -> {
            if (w.rational().signum() != 0) {
                differences.add(new Difference(ExpansionComparison.Kind.EXTRA, key.substring(0, key.lastIndexOf('@')), null,
                        w, 0));
            }
        });
        return new Result(matched, expected.size(), differences);
    }

    private static Coefficient add(Coefficient a, Coefficient b) {
        return new Coefficient(a.rational().add(b.rational()), a.couplings());
    }
}
