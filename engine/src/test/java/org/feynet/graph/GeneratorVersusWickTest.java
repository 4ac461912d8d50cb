package org.feynet.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.fixtures.BruteForceTopology;
import org.feynet.fixtures.BruteForceWick;
import org.feynet.fixtures.LabelledGraph;
import org.feynet.fixtures.WickClass;
import org.feynet.rules.BuiltinTheories;
import org.feynet.rules.Theory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Per-diagram agreement with the brute-force Wick enumeration of src-test-fixtures: the engine
 * must produce the same set of diagrams (compared by a brute-force canonical key), each exactly
 * once, each with the weight (matchings × Π(−r)^k/k!) the Wick count gives — at every
 * (theory, points, order) where brute force runs in a few seconds (at most 16 half-edges).
 */
class GeneratorVersusWickTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("phi3", 0, 2), Arguments.of("phi3", 0, 4),
                Arguments.of("phi3", 1, 1), Arguments.of("phi3", 1, 3), Arguments.of("phi3", 1, 5),
                Arguments.of("phi3", 2, 0), Arguments.of("phi3", 2, 2), Arguments.of("phi3", 2, 4),
                Arguments.of("phi3", 3, 1), Arguments.of("phi3", 3, 3),
                Arguments.of("phi3", 4, 2), Arguments.of("phi3", 4, 4),
                Arguments.of("phi3", 5, 3), Arguments.of("phi3", 6, 2),
                Arguments.of("phi4", 0, 1), Arguments.of("phi4", 0, 2), Arguments.of("phi4", 0, 3),
                Arguments.of("phi4", 2, 0), Arguments.of("phi4", 2, 1), Arguments.of("phi4", 2, 2), Arguments.of("phi4", 2, 3),
                Arguments.of("phi4", 4, 0), Arguments.of("phi4", 4, 1), Arguments.of("phi4", 4, 2), Arguments.of("phi4", 4, 3),
                Arguments.of("phi4", 6, 1), Arguments.of("phi4", 6, 2),
                Arguments.of("phi4", 3, 2),
                Arguments.of("phi6", 0, 1), Arguments.of("phi6", 0, 2),
                Arguments.of("phi6", 2, 1), Arguments.of("phi6", 2, 2),
                Arguments.of("phi6", 4, 1), Arguments.of("phi6", 4, 2),
                Arguments.of("phi6", 6, 1),
                Arguments.of("phi4+phi6", 0, 2), Arguments.of("phi4+phi6", 2, 1), Arguments.of("phi4+phi6", 2, 2),
                Arguments.of("phi4+phi6", 4, 1), Arguments.of("phi4+phi6", 4, 2), Arguments.of("phi4+phi6", 6, 1),
                // larger cases, affordable with the fixtures' grouped matching enumeration
                Arguments.of("phi3", 0, 6), Arguments.of("phi3", 2, 6), Arguments.of("phi3", 4, 4), Arguments.of("phi3", 3, 5),
                Arguments.of("phi4", 2, 4), Arguments.of("phi4", 2, 5), Arguments.of("phi4", 4, 4), Arguments.of("phi4", 4, 5),
                Arguments.of("phi4", 0, 4), Arguments.of("phi4", 0, 5), Arguments.of("phi4", 6, 3),
                Arguments.of("phi6", 0, 3), Arguments.of("phi6", 2, 3), Arguments.of("phi6", 4, 3), Arguments.of("phi6", 6, 2),
                Arguments.of("phi4+phi6", 0, 3), Arguments.of("phi4+phi6", 2, 3), Arguments.of("phi4+phi6", 4, 3));
    }

    @ParameterizedTest(name = "{0} {1}-point order {2}")
    @MethodSource("cases")
    void sameDiagramsAndWeightsAsWick(String name, int points, int order) {
        Theory theory = BuiltinTheories.byName(name);
        for (boolean full : points == 0 ? new boolean[] {false} : new boolean[] {false, true}) {
            BruteForceWick.Mode mode = full ? BruteForceWick.Mode.FULL : BruteForceWick.Mode.CONNECTED;
            Map<String, WickClass> wick = BruteForceWick.enumerateOrder(theory, points, order, mode);
            List<Diagram> engine = DiagramExpansion.expand(ExpansionRequest.orders(theory, points, order, order,
                    new Filters(full, false, false, false)), ProgressListener.NONE).diagrams();
            assertSame(wick, c -> true, engine, name + " " + points + "pt order " + order + " " + mode);
            if (full) {
                continue;
            }
            // The filters, against the fixtures' own brute-force predicates.
            assertSame(wick, c -> BruteForceTopology.isOnePI(c.graph()),
                    generate(theory, points, order, new Filters(false, true, false, false)), "1PI");
            assertSame(wick, c -> !BruteForceTopology.hasTadpole(c.graph()),
                    generate(theory, points, order, new Filters(false, false, true, false)), "no tadpoles");
            assertSame(wick, c -> !BruteForceTopology.hasSelfEnergyInsertion(c.graph()),
                    generate(theory, points, order, new Filters(false, false, false, true)), "no self-energy");
            assertSame(wick, c -> BruteForceTopology.isOnePI(c.graph()) && !BruteForceTopology.hasTadpole(c.graph()),
                    generate(theory, points, order, new Filters(false, true, true, false)), "1PI, no tadpoles");
        }
    }

    private static List<Diagram> generate(Theory theory, int points, int order, Filters filters) {
        return DiagramExpansion.expand(ExpansionRequest.orders(theory, points, order, order, filters),
                ProgressListener.NONE).diagrams();
    }

    private static void assertSame(Map<String, WickClass> wick, Predicate<WickClass> keep, List<Diagram> engine,
                                   String what) {
        Map<String, BigFraction> expected = new TreeMap<>(wick.values().stream().filter(keep)
                .collect(Collectors.toMap(WickClass::key, WickClass::weight)));
        Map<String, BigFraction> actual = new TreeMap<>(EngineFixtures.weightsByKey(engine));
        assertEquals(expected.keySet(), actual.keySet(), what + ": diagram sets differ");
        expected.forEach((k, w) -> assertEquals(w, actual.get(k), what + ": weight of " + k));
        // The loop number of every diagram agrees too.
        Map<String, Integer> loops = engine.stream().collect(Collectors.toMap(EngineFixtures::key, Diagram::loops));
        wick.values().stream().filter(keep).forEach(c -> assertEquals(c.loops(), loops.get(c.key()), what + " loops"));
        // And S is what the weight says: weight = Π(vertex factor) / S.
        for (Diagram d : engine) {
            LabelledGraph g = EngineFixtures.toLabelled(d);
            assertTrue(d.symmetryFactor() >= 1, "S >= 1 for " + g);
        }
    }
}
