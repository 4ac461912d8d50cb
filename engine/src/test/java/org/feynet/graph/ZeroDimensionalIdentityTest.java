package org.feynet.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.fixtures.ZeroDimensionalSeries;
import org.feynet.rules.BuiltinTheories;
import org.feynet.rules.Theory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 0-dimensional identity (DESIGN.md): with propagator 1 and no integrals, the sum of the
 * weights of all diagrams with a given vertex composition is the Taylor coefficient of the
 * correlator — the full moment ⟨x^n⟩ for {@code --full}, the cumulant for connected diagrams, log Z
 * for zero points — computed here independently from Gaussian moments by the fixtures.
 */
class ZeroDimensionalIdentityTest {

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (String theory : List.of("phi3", "phi4", "phi6", "phi4+phi6")) {
            for (boolean full : new boolean[] {false, true}) {
                b.add(Arguments.of(theory, 2, 6, full));
                b.add(Arguments.of(theory, 4, 6, full));
                b.add(Arguments.of(theory, 6, 4, full));
            }
            b.add(Arguments.of(theory, 0, 6, false));
            b.add(Arguments.of(theory, 1, 5, false));
            b.add(Arguments.of(theory, 3, 5, true));
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} {1}-point to order {2}, full={3}")
    @MethodSource("cases")
    void weightSumsAreTaylorCoefficients(String name, int points, int maxOrder, boolean full) {
        Theory theory = BuiltinTheories.byName(name);
        Map<List<Integer>, BigFraction> series = points == 0 ? ZeroDimensionalSeries.logZ(theory, maxOrder)
                : full ? ZeroDimensionalSeries.full(theory, points, maxOrder)
                : ZeroDimensionalSeries.connected(theory, points, maxOrder);
        ExpansionRequest request = ExpansionRequest.orders(theory, points, 0, maxOrder, new Filters(full, false, false, false));
        Map<List<Integer>, BigFraction> engine = new HashMap<>();
        for (OrderSummary s : DiagramExpansion.count(request, ProgressListener.NONE).orders()) {
            engine.merge(EngineFixtures.composition(theory, s), s.weightSumRational(), BigFraction::add);
        }
        for (Map.Entry<List<Integer>, BigFraction> e : series.entrySet()) {
            assertEquals(e.getValue(), engine.getOrDefault(e.getKey(), BigFraction.ZERO),
                    name + " " + points + "-point, composition " + e.getKey());
        }
        for (Map.Entry<List<Integer>, BigFraction> e : engine.entrySet()) {
            assertEquals(series.getOrDefault(e.getKey(), BigFraction.ZERO), e.getValue(),
                    name + " " + points + "-point, engine composition " + e.getKey());
        }
    }
}
