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
                        + " phi4+phi6, nnqft (lambda phi^4 + kappa phi^6), on4 (lambda/4! (phi.phi)^2), on6 (u/6! (phi.phi)^3)")
        String theory;

        @Option(names = "--action", paramLabel = "EXPR",
                description = "interaction part of an action in Symja syntax, e.g. 'lambda*phi^4 + kappa*phi^6',"
                        + " 'lambda/4!*(phi.phi)^2', 'g/2*phi^2*psi' (with --fields phi,psi)")
        String action;

        @Option(names = "--action-file", paramLabel = "FILE",
                description = "an action in JSON: {\"fields\": [{\"name\": \"phi\"}, …], \"couplings\": […], \"action\": \"…\"}")
        String actionFile;
    }

    static final class Size {
        @Option(names = "--order", paramLabel = "K|K1..K2", description = "number of vertices, or a range")
        String order;

        @Option(names = "--loops", paramLabel = "L", description = "number of loops instead of --order")
        Integer loops;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    TheoryChoice theoryChoice;

    @Option(names = "--points", paramLabel = "n",
            description = "number of labelled external points x1..xn (0: connected vacuum diagrams of log Z)")
    Integer points;

    @Option(names = "--fields", paramLabel = "FIELD", split = ",",
            description = "the fields of an --action with several scalar fields, e.g. phi,psi (default phi)")
    java.util.List<String> fields;

    @Option(names = "--legs", paramLabel = "FIELD", split = ",",
            description = "the field of each external point x1, x2, … (several fields); implies --points")
    java.util.List<String> legs;

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

    Theory theory() throws java.io.IOException {
        if (fields != null && theoryChoice.action == null) {
            throw new IllegalArgumentException("--fields goes with --action; built-in theories and action files name their fields");
        }
        if (theoryChoice.actionFile != null) {
            return ActionFile.read(theoryChoice.actionFile);
        }
        if (theoryChoice.theory != null) {
            return BuiltinTheories.byName(theoryChoice.theory);
        }
        try {
            return ActionParser.parse("action", theoryChoice.action, fields == null ? java.util.List.of(ActionParser.FIELD) : fields);
        } catch (org.feynet.rules.ActionException e) {
            if (fields == null && e.getMessage().contains("part of the free action")) {
                // 'g/2*phi^2*psi' without --fields reads psi as a coupling: say how to make it a field
                throw new org.feynet.rules.ActionException(e.getMessage() + " (without --fields the only field is "
                        + ActionParser.FIELD + " and other names are couplings; several fields: --fields phi,psi)");
            }
            throw e;
        }
    }

    ExpansionRequest request() throws java.io.IOException {
        Theory theory = theory();
        if (points != null && points < 0) {
            throw new IllegalArgumentException("number of points must be >= 0, got " + points);
        }
        int n = points == null ? -1 : points;
        java.util.List<Integer> external = new java.util.ArrayList<>();
        if (legs != null) {
            if (points != null && points != legs.size()) {
                throw new IllegalArgumentException("--points " + points + " disagrees with the " + legs.size() + " --legs " + legs);
            }
            n = legs.size();
            java.util.List<String> names = theory.fields().stream().map(org.feynet.rules.Field::name).toList();
            java.util.List<String> local = theory.fields().stream()
                    .filter(f -> f.time() == org.feynet.rules.Field.Time.LOCAL).map(org.feynet.rules.Field::name).toList();
            for (String leg : legs) {
                int f = names.indexOf(leg);
                if (f < 0 || !local.contains(leg)) {
                    throw new IllegalArgumentException("leg field '" + leg + "' is not a field of the theory that can sit"
                            + " at an external point " + local);
                }
                external.add(f);
            }
        } else if (theory.fields().size() > 1) {
            throw new IllegalArgumentException("the theory has fields " + theory.fields().stream()
                    .map(org.feynet.rules.Field::name).toList() + ": give the field of each external point with --legs");
        }
        if (n < 0) {
            throw new IllegalArgumentException("give --points n (or --legs)");
        }
        Filters filters = new Filters(full, onePI, noTadpoles, noSelfEnergy, dressed);
        if (size.loops != null) {
            if (size.loops < 0) {
                throw new IllegalArgumentException("number of loops must be >= 0, got " + size.loops);
            }
            return new ExpansionRequest(theory, n, 0, 0, size.loops, filters, external);
        }
        OrderRange range = OrderRange.parse(size.order);
        return new ExpansionRequest(theory, n, range.min(), range.max(), -1, filters, external);
    }
}
