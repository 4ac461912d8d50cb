package org.feynet.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.fixtures.BruteForceCanonicalKey;
import org.feynet.fixtures.LabelledGraph;
import org.feynet.rules.Theory;

/** Translations between the engine's diagrams and the independent fixtures' graphs. */
final class EngineFixtures {
    private EngineFixtures() {
    }

    static LabelledGraph toLabelled(Diagram d) {
        int[] types = d.vertexTypes().stream().mapToInt(Integer::intValue).toArray();
        return new LabelledGraph(d.points(), types, d.adjacency());
    }

    static String key(Diagram d) {
        return BruteForceCanonicalKey.of(toLabelled(d));
    }

    /** The engine's diagrams as brute-force key → rational weight; fails on a key generated twice. */
    static Map<String, BigFraction> weightsByKey(List<Diagram> diagrams) {
        Map<String, BigFraction> m = new HashMap<>();
        for (Diagram d : diagrams) {
            BigFraction previous = m.put(key(d), d.weight().rational());
            if (previous != null) {
                throw new AssertionError("diagram generated twice: " + d.picture());
            }
        }
        return m;
    }

    /** The exponents of the built-in theories' couplings, in vertex-type order, as a composition. */
    static List<Integer> composition(Theory theory, OrderSummary s) {
        return theory.vertices().stream()
                .map(v -> v.actionCoefficient().couplings().powers().keySet().iterator().next())
                .map(symbol -> s.couplings().powers().getOrDefault(symbol, 0))
                .toList();
    }
}
