package org.feynet.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which propagator symbols are accepted (DESIGN.md, "Hard-won facts about the stack"). */
class NotationTest {

    @Test
    void defaultIsG() {
        assertEquals("G", Notation.DEFAULT.propagator());
        assertTrue(!Notation.DEFAULT.amputate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"G", "K", "P", "S", "V", "Prop", "G2"})
    void safeHeadsAreAccepted(String head) {
        assertEquals(head, new Notation(head, false).propagator());
    }

    /** Symja built-ins (I imaginary unit, D derivative, E, N numeric, C, O) and names that are no capitalised symbol. */
    @ParameterizedTest
    @ValueSource(strings = {"I", "D", "E", "N", "C", "O", "lower", "g", "", " G", "1G", "G[x]", "G b", "G-K", "_G"})
    void invalidHeadsAreRefused(String head) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Notation(head, false));
        assertTrue(e.getMessage().contains("'" + head + "'"), e.getMessage());
    }

    @Test
    void nullIsRefused() {
        assertThrows(NullPointerException.class, () -> new Notation(null, false));
    }

    /**
     * DESIGN.md lists more built-ins that are unsafe as heads (Pi, Gamma, Beta, Zeta, Re, Im, Sum,
     * Product, Interval, Tr, Det); Int and Delta are the notation's own heads (integral, amputated
     * leg), so a propagator called Int or Delta would be read as an integral or a Delta factor.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Pi", "Gamma", "Beta", "Zeta", "Re", "Im", "Sum", "Product", "Interval", "Tr", "Det",
            "Int", "Delta"})
    void unsafeBuiltinsAndTheNotationsOwnHeadsAreRefused(String head) {
        assertThrows(IllegalArgumentException.class, () -> new Notation(head, false));
    }
}
