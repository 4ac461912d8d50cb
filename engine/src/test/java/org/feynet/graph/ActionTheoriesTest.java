package org.feynet.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.fixtures.BruteForceWick;
import org.feynet.fixtures.WickClass;
import org.feynet.rules.ActionParser;
import org.feynet.rules.BuiltinTheories;
import org.feynet.rules.Theory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** User actions: mixed valences, symbolic and numeric coefficients, against brute-force Wick. */
class ActionTheoriesTest {

    @ParameterizedTest(name = "{0}, {1}-point order {2}")
    @CsvSource(delimiter = ';', value = {
            "g/3!*phi^3 + lambda/4!*phi^4; 2; 2",
            "g/3!*phi^3 + lambda/4!*phi^4; 2; 3",
            "g/3!*phi^3 + lambda/4!*phi^4; 3; 2",
            "g/3!*phi^3 + lambda/4!*phi^4; 0; 3",
            "lambda*phi^4 + kappa*phi^6; 4; 2",
            "h/5*phi^5 + g*phi^3; 1; 2",
            "h/5*phi^5 + g*phi^3; 2; 2",
            "u/8!*phi^8; 2; 1",
            "u/8!*phi^8; 0; 2",
            "3/7*phi^7 + a*b^2*phi^3; 2; 2",
            "(a+b)*phi^4; 2; 2"})
    void actionsAgreeWithWick(String action, int points, int order) {
        Theory theory = ActionParser.parse("action", action);
        for (boolean full : points == 0 ? new boolean[] {false} : new boolean[] {false, true}) {
            Map<String, WickClass> wick = BruteForceWick.enumerateOrder(theory, points, order,
                    full ? BruteForceWick.Mode.FULL : BruteForceWick.Mode.CONNECTED);
            List<Diagram> engine = DiagramExpansion.expand(ExpansionRequest.orders(theory, points, order, order,
                    new Filters(full, false, false, false)), ProgressListener.NONE).diagrams();
            Map<String, BigFraction> expected = new TreeMap<>(wick.values().stream()
                    .collect(Collectors.toMap(WickClass::key, WickClass::weight)));
            assertEquals(expected, new TreeMap<>(EngineFixtures.weightsByKey(engine)), action + " full=" + full);
        }
    }

    @Test
    void builtinAndEquivalentActionGiveTheSameTable() {
        ExpansionRequest builtin = ExpansionRequest.orders(BuiltinTheories.byName("phi4+phi6"), 4, 0, 3, Filters.CONNECTED);
        ExpansionRequest action = ExpansionRequest.orders(
                ActionParser.parse("action", "kappa/6!*phi^6 + lambda/4!*phi^4"), 4, 0, 3, Filters.CONNECTED);
        assertEquals(DiagramExpansion.count(builtin, ProgressListener.NONE).orders().stream().map(Object::toString).sorted().toList(),
                DiagramExpansion.count(action, ProgressListener.NONE).orders().stream().map(Object::toString).sorted().toList());
    }

    @Test
    void splitBySymbolicMonomial() {
        // (a+b) phi^4 is two vertex types; order 2 splits into a^2, a*b, b^2 with 3 diagrams each,
        // weights in the ratio 1 : 2 : 1 of the phi4 two-loop sum 2/3 * 24^2/4!^2.
        Theory theory = ActionParser.parse("action", "(a+b)*phi^4");
        List<OrderSummary> rows = DiagramExpansion.count(ExpansionRequest.orders(theory, 2, 2, 2, Filters.CONNECTED),
                ProgressListener.NONE).orders();
        Map<String, OrderSummary> byMonomial = rows.stream().collect(Collectors.toMap(r -> r.couplings().toString(), r -> r));
        assertEquals(3, byMonomial.size());
        BigFraction phi4TwoLoops = BigFraction.of(2, 3).multiply(24 * 24);
        assertEquals(phi4TwoLoops, byMonomial.get("a^2").weightSumRational());
        assertEquals(phi4TwoLoops.multiply(2), byMonomial.get("a*b").weightSumRational());
        assertEquals(phi4TwoLoops, byMonomial.get("b^2").weightSumRational());
        // a*b: the a- and b-vertex are distinguishable, so each of the 3 phi4 topologies comes twice
        // (sunset x1-a..b-x2 and x1-b..a-x2, the two cactus chains, and which vertex holds the legs)
        assertEquals(6, byMonomial.get("a*b").count());
        assertEquals(3, byMonomial.get("a^2").count());
    }
}
