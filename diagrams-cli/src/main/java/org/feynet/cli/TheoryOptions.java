package org.feynet.cli;

import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.Filters;
import org.feynet.rules.ActionParser;
import org.feynet.rules.BuiltinTheories;
import org.feynet.rules.Theory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The options that say which diagrams: theory, points, order or loops, filters (expand and check). */
final class TheoryOptions {

    static final class TheoryChoice {
        @Option(names = "--theory", paramLabel = "NAME",
                description = "built-in theory: phi3 (g/3! phi^3), phi4 (lambda/4! phi^4), phi6 (kappa/6! phi^6),"
                        + " phi4+phi6, nnqft (lambda phi^4 + kappa phi^6)")
        String theory;

        @Option(names = "--action", paramLabel = "EXPR",
                description = "interaction part of a single-scalar action in Symja syntax, e.g. 'lambda*phi^4 + kappa*phi^6'")
        String action;
    }

    static final class Size {
        @Option(names = "--order", paramLabel = "K|K1..K2", description = "number of vertices, or a range")
        String order;

        @Option(names = "--loops", paramLabel = "L", description = "number of loops instead of --order")
        Integer loops;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    TheoryChoice theoryChoice;

    @Option(names = "--points", required = true, paramLabel = "n",
            description = "number of labelled external points x1..xn (0: connected vacuum diagrams of log Z)")
    int points;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Size size;

    @Option(names = "--full", description = "all diagrams without vacuum bubbles, disconnected pieces allowed")
    boolean full;

    @Option(names = "--1pi", description = "one-particle-irreducible (amputated) diagrams")
    boolean onePI;

    @Option(names = "--no-tadpoles", description = "no snails (self-loops) and no tadpoles")
    boolean noTadpoles;

    @Option(names = "--no-self-energy", description = "no self-energy insertions (skeleton diagrams)")
    boolean noSelfEnergy;

    @Option(names = "--dressed", description = "propagators stand for the full two-point function (with --no-self-energy)")
    boolean dressed;

    Theory theory() {
        return theoryChoice.theory != null
                ? BuiltinTheories.byName(theoryChoice.theory)
                : ActionParser.parse("action", theoryChoice.action);
    }

    ExpansionRequest request() {
        Theory theory = theory();
        Filters filters = new Filters(full, onePI, noTadpoles, noSelfEnergy, dressed);
        if (size.loops != null) {
            return ExpansionRequest.loops(theory, points, size.loops, filters);
        }
        OrderRange range = OrderRange.parse(size.order);
        return ExpansionRequest.orders(theory, points, range.min(), range.max(), filters);
    }
}
