package org.feynet.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The theories known by name (DESIGN.md, conventions). Each is defined by its action string, read
 * by the same {@link ActionParser} a user's action goes through, so a built-in and the equivalent
 * {@code --action} give the same diagrams.
 */
public final class BuiltinTheories {

    private static final Map<String, String> ACTIONS = new LinkedHashMap<>();

    static {
        ACTIONS.put("phi3", "g/3!*phi^3");
        ACTIONS.put("phi4", "lambda/4!*phi^4");
        ACTIONS.put("phi6", "kappa/6!*phi^6");
        ACTIONS.put("phi4+phi6", "lambda/4!*phi^4 + kappa/6!*phi^6");
        ACTIONS.put("nnqft", "lambda*phi^4 + kappa*phi^6");
        ACTIONS.put("on4", "lambda/4!*(phi.phi)^2");
        ACTIONS.put("on6", "u/6!*(phi.phi)^3");
    }

    private BuiltinTheories() {
    }

    /** The names, in the order the help lists them. */
    public static java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(ACTIONS.keySet());
    }

    /**
     * The theory of that name.
     *
     * @throws ActionException naming the unknown theory and the known ones
     */
    public static Theory byName(String name) {
        String action = ACTIONS.get(name);
        if (action == null) {
            throw new ActionException("unknown theory '" + name + "'; known theories: " + String.join(", ", ACTIONS.keySet())
                    + " (or give --action EXPR)");
        }
        return ActionParser.parse(name, action);
    }
}
