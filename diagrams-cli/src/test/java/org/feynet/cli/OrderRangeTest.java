package org.feynet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderRangeTest {

    @Test
    void singleOrder() {
        assertEquals(new OrderRange(3, 3), OrderRange.parse("3"));
        assertEquals(new OrderRange(0, 0), OrderRange.parse("0"));
    }

    @Test
    void range() {
        OrderRange r = OrderRange.parse("1..4");
        assertEquals(1, r.min());
        assertEquals(4, r.max());
        assertEquals(new OrderRange(2, 2), OrderRange.parse("2..2"));
    }

    @Test
    void spacesAreAllowed() {
        assertEquals(new OrderRange(2, 5), OrderRange.parse(" 2 .. 5 "));
        assertEquals(new OrderRange(7, 7), OrderRange.parse(" 7 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5..2", "-1", "x", "", "2..", "..3", "1..2..3", "1.5", "-2..3", "99999999999", "1-3"})
    void invalidOrdersAreRejectedNamingTheText(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OrderRange.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), "message names '" + text + "': " + e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1, "one line: " + e.getMessage());
    }

    @Test
    void emptyRangeSaysSo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OrderRange.parse("5..2"));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }
}
