package org.feynet.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import static org.feynet.fixtures.SeriesLists.*;
import org.feynet.fixtures.Oracles;
import org.feynet.rules.BuiltinTheories;
import org.feynet.rules.Theory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The public reference values of oracles.json (a copy lives in src-test-fixtures). */
class OracleTest {

    private static final Oracles ORACLES = Oracles.load();

    /** Σ weights by total order, couplings set to 1. */
    private static List<BigFraction> weightSums(String theoryName, int points, int maxOrder, Filters filters) {
        Theory theory = BuiltinTheories.byName(theoryName);
        List<BigFraction> sums = new ArrayList<>();
        for (int k = 0; k <= maxOrder; k++) {
            sums.add(BigFraction.ZERO);
        }
        for (OrderSummary s : DiagramExpansion.count(ExpansionRequest.orders(theory, points, 0, maxOrder, filters),
                ProgressListener.NONE).orders()) {
            sums.set(s.order(), sums.get(s.order()).add(s.weightSumRational()));
        }
        return sums;
    }

    private static List<Long> counts(String theoryName, int points, int maxOrder, Filters filters) {
        Theory theory = BuiltinTheories.byName(theoryName);
        List<Long> counts = new ArrayList<>();
        for (int k = 0; k <= maxOrder; k++) {
            counts.add(0L);
        }
        for (OrderSummary s : DiagramExpansion.count(ExpansionRequest.orders(theory, points, 0, maxOrder, filters),
                ProgressListener.NONE).orders()) {
            counts.set(s.order(), counts.get(s.order()) + s.count());
        }
        return counts;
    }

    @ParameterizedTest(name = "{0} {1} {2}-point")
    @CsvSource({"phi3,full,2", "phi3,full,4", "phi3,full,6",
            "phi4,full,2", "phi4,full,4", "phi4,full,6", "phi4,connected,2", "phi4,connected,4", "phi4,connected,6",
            "phi6,full,2", "phi6,full,4", "phi6,full,6", "phi6,connected,2", "phi6,connected,4", "phi6,connected,6",
            "phi4+phi6,full,2", "phi4+phi6,full,4", "phi4+phi6,full,6",
            "phi4+phi6,connected,2", "phi4+phi6,connected,4", "phi4+phi6,connected,6"})
    void zeroDimensionalWeightSums(String theory, String kind, int points) {
        List<BigFraction> expected = ORACLES.zeroDimensional(theory, kind, points);
        Filters filters = new Filters(kind.equals("full"), false, false, false);
        assertEquals(expected, weightSums(theory, points, expected.size() - 1, filters));
    }

    /**
     * oracles.json's φ³ "connected" lists are not the connected correlators: they are the cumulant
     * formulas with the odd moments dropped (κ2 = m2, κ4 = m4 − 3m2², κ6 = m6 − 15m4m2 + 30m2³),
     * which is right for even theories only — for φ³, ⟨x⟩ ≠ 0. This test pins that reading down
     * against the engine's full sums (which match the oracle's "full" lists); the engine's connected
     * diagrams match the true cumulants instead (ZeroDimensionalIdentityTest, GeneratorVersusWickTest).
     */
    @ParameterizedTest(name = "phi3 oracle 'connected' {0}-point is the even-moment cumulant formula")
    @CsvSource({"2", "4", "6"})
    void phi3OracleConnectedListsDropOddMoments(int points) {
        List<BigFraction> expected = ORACLES.zeroDimensional("phi3", "connected", points);
        int max = expected.size() - 1;
        Filters full = new Filters(true, false, false, false);
        List<BigFraction> m2 = weightSums("phi3", 2, max, full);
        List<BigFraction> m4 = weightSums("phi3", 4, max, full);
        List<BigFraction> m6 = weightSums("phi3", 6, max, full);
        List<BigFraction> formula = switch (points) {
            case 2 -> m2;
            case 4 -> minus(m4, scale(3, times(m2, m2)));
            default -> plus(minus(m6, scale(15, times(m4, m2))), scale(30, times(m2, times(m2, m2))));
        };
        assertEquals(expected, formula);
        // ... and they differ from the connected diagrams, whose sums are the true cumulants.
        List<BigFraction> connected = weightSums("phi3", points, max, Filters.CONNECTED);
        assertEquals(false, expected.equals(connected), "phi3 connected differs from the oracle list");
    }

    @ParameterizedTest(name = "{0} log Z")
    @CsvSource({"phi3", "phi4", "phi6", "phi4+phi6"})
    void vacuumWeightSumsAreLogZ(String theory) {
        List<BigFraction> expected = ORACLES.logZ(theory);
        assertEquals(expected, weightSums(theory, 0, expected.size() - 1, Filters.CONNECTED));
    }

    @Test
    void phi4Counts() {
        Map<String, Filters> sets = Map.of(
                "2pt-connected", Filters.CONNECTED, "4pt-connected", Filters.CONNECTED,
                "2pt-1pi", new Filters(false, true, false, false), "4pt-1pi", new Filters(false, true, false, false),
                "vacuum-connected", Filters.CONNECTED);
        sets.forEach((set, filters) -> {
            List<Long> expected = ORACLES.counts("phi4", set);
            int points = set.startsWith("2pt") ? 2 : set.startsWith("4pt") ? 4 : 0;
            assertEquals(expected, counts("phi4", points, expected.size() - 1, filters), set);
        });
    }

    @Test
    void phi4PerDiagramValues() {
        Theory phi4 = BuiltinTheories.byName("phi4");
        List<Diagram> first = DiagramExpansion.expand(ExpansionRequest.orders(phi4, 2, 1, 1, Filters.CONNECTED),
                ProgressListener.NONE).diagrams();
        Oracles.PerDiagram tadpole = ORACLES.perDiagram("phi4 2pt order 1").get("tadpole");
        assertEquals(1, first.size());
        assertEquals(tadpole.symmetryFactor().longValue(), first.get(0).symmetryFactor());
        assertEquals(tadpole.weightRational(), first.get(0).weight().rational());

        List<Diagram> second = DiagramExpansion.expand(ExpansionRequest.orders(phi4, 2, 2, 2, Filters.CONNECTED),
                ProgressListener.NONE).diagrams();
        Map<String, Oracles.PerDiagram> expected = ORACLES.perDiagram("phi4 2pt order 2");
        // sunset: the only diagram with a triple propagator
        Diagram sunset = second.stream().filter(d -> d.nickel().equals("e111|e|")).findFirst().orElseThrow();
        assertEquals(expected.get("sunset").symmetryFactor().longValue(), sunset.symmetryFactor());
        assertEquals(expected.get("sunset").weightRational(), sunset.weight().rational());
        Diagram cactus = second.stream().filter(d -> d.nickel().equals("e01|e1|")).findFirst().orElseThrow();
        assertEquals(expected.get("double tadpole (cactus)").symmetryFactor().longValue(), cactus.symmetryFactor());
        assertEquals(expected.get("double tadpole (cactus)").weightRational(), cactus.weight().rational());
        Diagram onTadpole = second.stream().filter(d -> d.nickel().equals("ee11|1|")).findFirst().orElseThrow();
        assertEquals(expected.get("tadpole on tadpole").symmetryFactor().longValue(), onTadpole.symmetryFactor());
        assertEquals(expected.get("tadpole on tadpole").weightRational(), onTadpole.weight().rational());

        List<Diagram> bubbles = DiagramExpansion.expand(ExpansionRequest.loops(phi4, 4, 1, new Filters(false, true, false, false)),
                ProgressListener.NONE).diagrams();
        Oracles.PerDiagram bubble = ORACLES.perDiagram("phi4 4pt order 2 one-loop").get("each of the s,t,u bubbles");
        assertEquals(3, bubbles.size());
        for (Diagram d : bubbles) {
            assertEquals(bubble.symmetryFactor().longValue(), d.symmetryFactor());
            assertEquals(bubble.weightRational(), d.weight().rational());
        }
    }
}
