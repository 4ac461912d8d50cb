package org.feynet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class ActionParserTest {

    private static VertexRule only(Theory t) {
        assertEquals(1, t.vertices().size(), () -> "vertices " + t.vertices());
        return t.vertices().get(0);
    }

    @Test
    void phi4WithFactorialHasVertexFactorMinusLambda() {
        VertexRule v = only(ActionParser.parse("t", "lambda/4!*phi^4"));
        assertEquals(4, v.valence());
        assertEquals(BigFraction.of(1, 24), v.actionCoefficient().rational());
        assertEquals("lambda", v.actionCoefficient().couplings().toString());
        // -c * n! = -(lambda/24) * 24
        assertEquals(BigFraction.of(-1), v.vertexFactor().rational());
        assertEquals("-lambda", v.vertexFactor().toString());
    }

    @Test
    void nnqftNormalisationGivesMinus24LambdaAndMinus720Kappa() {
        Theory t = ActionParser.parse("t", "lambda*phi^4 + kappa*phi^6");
        assertEquals(2, t.vertices().size());
        VertexRule four = t.vertices().stream().filter(v -> v.valence() == 4).findFirst().orElseThrow();
        VertexRule six = t.vertices().stream().filter(v -> v.valence() == 6).findFirst().orElseThrow();
        assertEquals("-24*lambda", four.vertexFactor().toString());
        assertEquals("-720*kappa", six.vertexFactor().toString());
    }

    @Test
    void mixedCubicQuarticAction() {
        Theory t = ActionParser.parse("t", "g/3!*phi^3 + lambda/4!*phi^4");
        assertEquals(List.of(3, 4), t.vertices().stream().map(VertexRule::valence).toList());
        assertEquals("-g", t.vertices().get(0).vertexFactor().toString());
        assertEquals("-lambda", t.vertices().get(1).vertexFactor().toString());
    }

    @Test
    void productsAndPowersAreExpandedExactly() {
        // (a + 2 b)/2 * phi^4 -> two vertices a/2 and b; phi^2*phi^2 is phi^4
        Theory t = ActionParser.parse("t", "(a + 2*b)/2*phi^2*phi^2");
        assertEquals(2, t.vertices().size());
        assertEquals("a/2", coefficientOf(t, "a"));
        assertEquals("b", coefficientOf(t, "b"));
    }

    @Test
    void likeTermsCombineAndCancellingTermsVanish() {
        VertexRule v = only(ActionParser.parse("t", "lambda*phi^4 + lambda/2*phi^4 + kappa*phi^6 - kappa*phi^6"));
        assertEquals("3*lambda/2", v.actionCoefficient().toString());
        assertThrows(ActionException.class, () -> ActionParser.parse("t", "lambda*phi^4 - lambda*phi^4"));
    }

    @Test
    void divisionBySymbolGivesNegativePower() {
        VertexRule v = only(ActionParser.parse("t", "lambda^2/g*phi^3"));
        assertEquals(-1, v.actionCoefficient().couplings().powers().get("g"));
        assertEquals(2, v.actionCoefficient().couplings().powers().get("lambda"));
    }

    @Test
    void purelyNumericCoefficient() {
        VertexRule v = only(ActionParser.parse("t", "1/8*phi^8"));
        assertEquals(8, v.valence());
        assertTrue(v.actionCoefficient().couplings().isOne());
        assertEquals(BigFraction.of(-40320, 8), v.vertexFactor().rational());
    }

    @Test
    void onVertexFactorIsOnePairingOfTheSymmetrisedDeltas() {
        // (lambda/4!) d^4 (phi.phi)^2 / dphi_a dphi_b dphi_c dphi_d = (lambda/4!) 8 (dab dcd + dac dbd + dad dbc):
        // -lambda/3 per pairing, three pairings giving -lambda for N = 1
        VertexRule v = only(ActionParser.parse("t", "lambda/4!*(phi.phi)^2"));
        assertTrue(v.isVector());
        assertEquals(4, v.valence());
        assertEquals("-lambda/3", v.vertexFactor().toString());
        // (u/6!) (phi.phi)^3: 2^3 3! = 48 per pairing, 15 pairings give 720 = 6!
        VertexRule six = only(BuiltinTheories.byName("on6"));
        assertEquals(6, six.valence());
        assertEquals("-u/15", six.vertexFactor().toString());
        assertEquals("lambda/24*(phi.phi)^2", only(BuiltinTheories.byName("on4")).term());
    }

    @Test
    void builtinsAreTheirActions() {
        assertEquals("-lambda", only(BuiltinTheories.byName("phi4")).vertexFactor().toString());
        assertEquals("-g", only(BuiltinTheories.byName("phi3")).vertexFactor().toString());
        assertEquals("-kappa", only(BuiltinTheories.byName("phi6")).vertexFactor().toString());
        assertEquals(2, BuiltinTheories.byName("phi4+phi6").vertices().size());
        assertEquals(2, BuiltinTheories.byName("nnqft").vertices().size());
        ActionException e = assertThrows(ActionException.class, () -> BuiltinTheories.byName("phi5"));
        assertTrue(e.getMessage().contains("'phi5'"), e.getMessage());
    }

    @Test
    void errorsNameTheOffendingPart() {
        assertMessage("lambda*phi^", "lambda*phi^");
        assertMessage("Sin[phi]*lambda", "Sin");
        assertMessage("2.5*phi^4", "2.5");
        assertMessage("m^2*phi^2", "valence 2");
        assertMessage("lambda*phi^9", "valence 9");
        assertMessage("lambda", "valence 0");
        assertMessage("lambda/(1+phi)*phi^4", "non-polynomial");
        assertMessage("lambda*phi^x", "exponent");
        assertMessage("lambda*(phi.phi)^2 + g*phi^3", "mixes");
        assertMessage("lambda*(phi.psi)^2", "invariant");
        assertMessage("I*phi^4", "'I'");
        assertMessage("", "empty");
        assertMessage("lambda/0*phi^4", "division by zero");
        assertMessage("exp(phi)*phi^3", "'exp('");
        assertMessage("lambda*log (phi)*phi^4", "'log('");
        assertMessage("1e-3*phi^4", "'1e-3'");
        assertMessage("2.5E2*phi^4", "'2.5E2'");
    }

    private static void assertMessage(String action, String fragment) {
        ActionException e = assertThrows(ActionException.class, () -> ActionParser.parse("t", action));
        assertTrue(e.getMessage().contains(fragment), () -> "'" + e.getMessage() + "' should contain '" + fragment + "'");
        assertEquals(1, e.getMessage().lines().count(), "one-line message");
    }

    private static String coefficientOf(Theory t, String symbol) {
        return t.vertices().stream()
                .filter(v -> v.actionCoefficient().couplings().powers().containsKey(symbol))
                .findFirst().orElseThrow().actionCoefficient().toString();
    }
}
