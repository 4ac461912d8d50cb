package org.feynet.rules;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A product of coupling symbols with integer powers, such as {@code lambda^2*kappa}.
 * Results with several couplings are split by this monomial (DESIGN.md: "results are split by
 * monomial"). Powers may be negative when an action divides by a symbol ({@code lambda/g*phi^4}).
 *
 * @param powers symbol to non-zero power, sorted by symbol name
 */
public record CouplingMonomial(SortedMap<String, Integer> powers) implements Comparable<CouplingMonomial> {

    /** The empty product, 1. */
    public static final CouplingMonomial ONE = new CouplingMonomial(new TreeMap<>());

    public CouplingMonomial {
        TreeMap<String, Integer> copy = new TreeMap<>();
        powers.forEach((symbol, power) -> {
            if (power != 0) {
                copy.put(symbol, power);
            }
        });
        powers = Collections.unmodifiableSortedMap(copy);
    }

    /** The monomial {@code symbol^1}. */
    public static CouplingMonomial of(String symbol) {
        TreeMap<String, Integer> m = new TreeMap<>();
        m.put(symbol, 1);
        return new CouplingMonomial(m);
    }

    public CouplingMonomial times(CouplingMonomial other) {
        TreeMap<String, Integer> m = new TreeMap<>(powers);
        other.powers.forEach((s, p) -> m.merge(s, p, Integer::sum));
        return new CouplingMonomial(m);
    }

    public CouplingMonomial pow(int k) {
        TreeMap<String, Integer> m = new TreeMap<>();
        powers.forEach((s, p) -> m.put(s, p * k));
        return new CouplingMonomial(m);
    }

    public boolean isOne() {
        return powers.isEmpty();
    }

    /** Symja/Mathematica input form: {@code lambda^2*kappa}, {@code 1} for the empty product. */
    @Override
    public String toString() {
        if (powers.isEmpty()) {
            return "1";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : powers.entrySet()) {
            if (sb.length() > 0) {
                sb.append('*');
            }
            sb.append(e.getKey());
            if (e.getValue() != 1) {
                sb.append('^');
                sb.append(e.getValue() < 0 ? "(" + e.getValue() + ")" : e.getValue());
            }
        }
        return sb.toString();
    }

    @Override
    public int compareTo(CouplingMonomial o) {
        return toString().compareTo(o.toString());
    }
}
