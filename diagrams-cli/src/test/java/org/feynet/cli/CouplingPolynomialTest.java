package org.feynet.cli;

import org.apache.commons.numbers.fraction.BigFraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test helper that reads weight expressions must itself be right. */
class CouplingPolynomialTest {

    @Test
    void parsesTheFormsTheCliPrints() {
        assertEquals(Map.of(Map.of(), BigFraction.ONE), CouplingPolynomial.parse("1"));
        assertTrue(CouplingPolynomial.parse("0").isEmpty());
        assertEquals(Map.of(Map.of("lambda", 1), BigFraction.of(-1, 2)), CouplingPolynomial.parse("-lambda/2"));
        assertEquals(Map.of(Map.of("lambda", 2), BigFraction.of(2, 3)), CouplingPolynomial.parse("2*lambda^2/3"));
        assertEquals(Map.of(Map.of("lambda", 3), BigFraction.of(-11, 8)), CouplingPolynomial.parse("-11*lambda^3/8"));
        assertEquals(Map.of(Map.of("kappa", 1, "lambda", 1), BigFraction.of(9000)), CouplingPolynomial.parse("9000*kappa*lambda"));
        assertEquals(Map.of(Map.of("kappa", 2, "lambda", 1), BigFraction.of(-1823, 23040)),
                CouplingPolynomial.parse("-1823*kappa^2*lambda/23040"));
        assertEquals(Map.of(Map.of("lambda", 2), BigFraction.of(1, 6)), CouplingPolynomial.parse("lambda^2/6"));
        assertEquals(Map.of(Map.of("lambda", 2), BigFraction.of(1, 6)), CouplingPolynomial.parse("lambda*lambda/6"));
        assertEquals(Map.of(Map.of("lambda", 1), BigFraction.of(-12), Map.of("kappa", 1), BigFraction.of(-90)),
                CouplingPolynomial.parse("-12*lambda - 90*kappa"));
        assertTrue(CouplingPolynomial.parse("lambda/2 - lambda/2").isEmpty());
    }

    @Test
    void atCouplingsOne() {
        assertEquals(BigFraction.of(-5, 8), CouplingPolynomial.atCouplingsOne("-kappa/8 - lambda/2"));
    }

    @Test
    void refusesWhatItDoesNotUnderstand() {
        assertThrows(IllegalArgumentException.class, () -> CouplingPolynomial.parse("(lambda+1)*2"));
        assertThrows(IllegalArgumentException.class, () -> CouplingPolynomial.parse("0.5*lambda"));
        assertThrows(IllegalArgumentException.class, () -> CouplingPolynomial.parse("2/lambda"));
        assertThrows(IllegalArgumentException.class, () -> CouplingPolynomial.parse(""));
    }

    @Test
    void rationalsAreNormalised() {
        assertEquals(BigFraction.of(1, 2), BigFraction.of(-2, -4));
        assertEquals(BigFraction.of(-1, 2), CouplingPolynomial.rational("3/-6"));
        assertEquals(BigFraction.ZERO, CouplingPolynomial.rational("0/7"));
        assertEquals(BigFraction.of(34, 9), CouplingPolynomial.rational("34/9"));
    }
}
