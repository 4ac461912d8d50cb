package org.feynet.symbolic;

import java.util.List;
import org.feynet.graph.Diagram;
import org.feynet.graph.DiagramExpansion;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.Filters;
import org.feynet.graph.ProgressListener;
import org.feynet.rules.BuiltinTheories;
import org.feynet.rules.Theory;

/** Small helpers shared by the symbolic tests: the engine's diagrams of a built-in theory. */
final class Expansions {

    static final Filters CONNECTED = Filters.CONNECTED;
    static final Filters FULL = new Filters(true, false, false, false);
    static final Filters ONE_PI = new Filters(false, true, false, false);

    private Expansions() {
    }

    static Theory theory(String name) {
        return BuiltinTheories.byName(name);
    }

    static List<Diagram> diagrams(String theory, int points, int minOrder, int maxOrder, Filters filters) {
        return DiagramExpansion.expand(ExpansionRequest.orders(theory(theory), points, minOrder, maxOrder, filters),
                ProgressListener.NONE).diagrams();
    }

    static Filters filters(String name) {
        return switch (name) {
            case "connected" -> CONNECTED;
            case "full" -> FULL;
            case "1pi" -> ONE_PI;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Reads {@code text} (head G) and compares it with {@code engine}. */
    static ExpansionComparison.Result compare(String theory, int points, List<Diagram> engine, String text) {
        return ExpansionComparison.compare(theory(theory), points, engine, TermReader.read(text, "G"), Notation.DEFAULT);
    }
}
