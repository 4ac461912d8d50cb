package org.feynet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Bad input that once slipped through (found by writing these tests): each must now exit 2 with one
 * line naming the bad value.
 */
class ExpandMisreadInputTest {

    @Test
    void negativeOneLoopsIsBadInput() {
        ExpandErrorsTest.assertBadInput(Cli.expand("--theory", "phi4", "--points", "2", "--loops", "-1"), "-1");
    }

    @Test
    void divisionByZeroInTheActionIsBadInput() {
        ExpandErrorsTest.assertBadInput(Cli.expand("--action", "lambda/0*phi^4", "--points", "2", "--order", "1"), "0");
    }

    @Test
    void functionCallWithParenthesesIsNonPolynomial() {
        Cli.Result r = Cli.expand("--action", "exp(phi)*phi^3", "--points", "2", "--order", "1");
        assertEquals(2, r.exitCode(), r::toString);
        assertFalse(r.stdout().contains("exp"), r::toString);
    }

    @Test
    void logOfPhiIsNonPolynomial() {
        assertEquals(2, Cli.expand("--action", "lambda*log(phi)*phi^4", "--points", "2", "--order", "1").exitCode());
    }

    @Test
    void scientificNotationIsNamedAsAFloat() {
        ExpandErrorsTest.assertBadInput(Cli.expand("--action", "1e-3*phi^4", "--points", "2", "--order", "1"), "1e-3");
    }
}
