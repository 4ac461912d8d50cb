package org.feynet.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.feynet.fixtures.BruteForceWick;
import org.feynet.fixtures.WickClass;
import org.feynet.rules.BuiltinTheories;
import org.feynet.rules.Theory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Selection by loop count, and the size guard. */
class LoopsAndGuardTest {

    @ParameterizedTest(name = "{0} {1}-point {2} loops full={3}")
    @CsvSource({"phi3,2,1,false", "phi3,2,2,false", "phi3,2,1,true", "phi3,4,0,false", "phi3,4,1,false",
            "phi4,2,2,false", "phi4,4,1,false", "phi4,4,1,true", "phi4+phi6,2,1,false", "phi4+phi6,4,1,false",
            "phi4+phi6,2,2,true"})
    void loopSelectionEqualsWickDiagramsWithThatLoopNumber(String name, int points, int loops, boolean full) {
        Theory theory = BuiltinTheories.byName(name);
        List<Diagram> engine = DiagramExpansion.expand(
                ExpansionRequest.loops(theory, points, loops, new Filters(full, false, false, false)),
                ProgressListener.NONE).diagrams();
        ExpansionRequest request = ExpansionRequest.loops(theory, points, loops, new Filters(full, false, false, false));
        // The orders that can hold a diagram with this many loops (each vertex adds at least half a loop).
        Set<Integer> orders = DiagramExpansion.plan(request).stream().map(VertexComposition::order)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<String> expected = new java.util.TreeSet<>();
        for (int k : orders) {
            BruteForceWick.enumerateOrder(theory, points, k, full ? BruteForceWick.Mode.FULL : BruteForceWick.Mode.CONNECTED)
                    .values().stream().filter(c -> c.loops() == loops).map(WickClass::key).forEach(expected::add);
        }
        assertEquals(expected, engine.stream().map(EngineFixtures::key).collect(Collectors.toCollection(java.util.TreeSet::new)));
        engine.forEach(d -> assertEquals(loops, d.loops()));
    }

    @Test
    void guardRefusesAbsurdOrdersNamingTheEstimate() {
        Theory phi4 = BuiltinTheories.byName("phi4");
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> SizeGuard.check(ExpansionRequest.orders(phi4, 2, 14, 14, Filters.CONNECTED), true));
        assertTrue(e.getMessage().contains("order 14") && e.getMessage().contains("--force"), e.getMessage());
        assertTrue(e.getMessage().matches(".*about [0-9.]+e\\+[0-9]+ diagrams.*"), e.getMessage());
        assertThrows(InvalidRequestException.class,
                () -> SizeGuard.check(ExpansionRequest.orders(phi4, 2, 0, 500, Filters.CONNECTED), true));
        // 10 loops count-only (1.28 M diagrams) passes; listing them does not.
        SizeGuard.check(ExpansionRequest.orders(phi4, 2, 10, 10, Filters.CONNECTED), true);
        assertThrows(InvalidRequestException.class,
                () -> SizeGuard.check(ExpansionRequest.orders(phi4, 2, 11, 11, Filters.CONNECTED), false));
    }

    @Test
    void estimateIsWithinAnOrderOfMagnitudeOfTheTruth() {
        Theory phi4 = BuiltinTheories.byName("phi4");
        for (int k = 3; k <= 8; k++) {
            ExpansionRequest r = ExpansionRequest.orders(phi4, 2, k, k, Filters.CONNECTED);
            double estimate = SizeGuard.estimate(r);
            long actual = DiagramExpansion.count(r, ProgressListener.NONE).totalCount();
            assertTrue(estimate > actual / 10.0 && estimate < actual * 10.0, k + ": " + estimate + " vs " + actual);
        }
    }

    @Test
    void badRequestsAreRefused() {
        Theory phi4 = BuiltinTheories.byName("phi4");
        assertThrows(InvalidRequestException.class, () -> ExpansionRequest.orders(phi4, -1, 0, 1, Filters.CONNECTED));
        assertThrows(InvalidRequestException.class, () -> ExpansionRequest.orders(phi4, 2, -1, 1, Filters.CONNECTED));
        assertThrows(InvalidRequestException.class, () -> ExpansionRequest.orders(phi4, 2, 3, 1, Filters.CONNECTED));
        assertThrows(InvalidRequestException.class, () -> ExpansionRequest.loops(phi4, 2, -2, Filters.CONNECTED));
        assertThrows(InvalidRequestException.class, () -> new Filters(true, true, false, false));
        assertThrows(InvalidRequestException.class, () -> ExpansionRequest.orders(phi4, 0, 0, 1, new Filters(true, false, false, false)));
    }

    @Test
    void oddPointsGiveAnEmptyResultNotAnError() {
        ExpansionResult r = DiagramExpansion.expand(ExpansionRequest.orders(BuiltinTheories.byName("phi4"), 3, 0, 3,
                Filters.CONNECTED), ProgressListener.NONE);
        assertEquals(0, r.totalCount());
        assertEquals(4, r.orders().size());
    }
}
