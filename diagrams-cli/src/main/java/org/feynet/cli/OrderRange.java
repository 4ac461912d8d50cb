package org.feynet.cli;

/**
 * The value of {@code --order}: {@code K} or {@code K1..K2}.
 *
 * @param min smallest order
 * @param max largest order
 */
record OrderRange(int min, int max) {

    static OrderRange parse(String text) {
        String t = text.trim();
        try {
            int dots = t.indexOf("..");
            if (dots < 0) {
                int k = Integer.parseInt(t);
                return checked(k, k, text);
            }
            return checked(Integer.parseInt(t.substring(0, dots).trim()), Integer.parseInt(t.substring(dots + 2).trim()), text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid order '" + text + "': give K or K1..K2 with integers K >= 0");
        }
    }

    private static OrderRange checked(int min, int max, String text) {
        if (min < 0 || max < 0) {
            throw new IllegalArgumentException("invalid order '" + text + "': orders are numbers of vertices, >= 0");
        }
        if (max < min) {
            throw new IllegalArgumentException("invalid order '" + text + "': the range is empty");
        }
        return new OrderRange(min, max);
    }
}
