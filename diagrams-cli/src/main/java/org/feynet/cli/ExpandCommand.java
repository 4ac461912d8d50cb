package org.feynet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.feynet.export.Exporter;
import org.feynet.export.JsonExporter;
import org.feynet.export.TextExporter;
import org.feynet.graph.DiagramExpansion;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.Filters;
import org.feynet.graph.OrderSummary;
import org.feynet.graph.SizeGuard;
import org.feynet.rules.ActionParser;
import org.feynet.rules.BuiltinTheories;
import org.feynet.rules.Theory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code diagrams expand}: the diagrams of an n-point function, order by order. */
@Command(name = "expand", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generates the Feynman diagrams of the n-point function of a theory, with exact symmetry",
                "factors and weights = (product of vertex factors)/S. Vacuum bubbles are never produced."},
        footer = {"", "Examples:",
                "  diagrams expand --theory phi4 --points 2 --order 2",
                "  diagrams expand --action 'g/3!*phi^3 + lambda/4!*phi^4' --points 2 --order 0..3",
                "  diagrams expand --theory phi4 --points 4 --loops 1 --1pi --format json",
                "  diagrams expand --theory phi4 --points 2 --order 10 --count-only"})
public final class ExpandCommand implements Callable<Integer> {

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

    @Option(names = "--count-only", description = "print only the per-order table (count, weightSum); constant memory")
    boolean countOnly;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "text", description = "text (default) or json")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE (atomically) instead of stdout")
    String output;

    @Option(names = "--force", description = "run even when the estimated number of diagrams is very large")
    boolean force;

    @Option(names = "--debug", description = "show stack traces of errors")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        Theory theory = theoryChoice.theory != null
                ? BuiltinTheories.byName(theoryChoice.theory)
                : ActionParser.parse("action", theoryChoice.action);
        if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalArgumentException("unknown format '" + format + "'; use text or json");
        }
        Filters filters = new Filters(full, onePI, noTadpoles, noSelfEnergy);
        ExpansionRequest request;
        if (size.loops != null) {
            request = ExpansionRequest.loops(theory, points, size.loops, filters);
        } else {
            OrderRange range = OrderRange.parse(size.order);
            request = ExpansionRequest.orders(theory, points, range.min(), range.max(), filters);
        }
        if (!force) {
            SizeGuard.check(request, countOnly);
        }
        ProgressBar progress = ProgressBar.forTerminal(System.err);
        try (AtomicOutput out = AtomicOutput.open(output, System.out)) {
            Exporter exporter = format.equals("json")
                    ? new JsonExporter(out.writer(), countOnly)
                    : new TextExporter(out.writer());
            exporter.begin(request);
            List<OrderSummary> orders;
            if (countOnly) {
                orders = DiagramExpansion.count(request, progress).orders();
            } else {
                orders = DiagramExpansion.stream(request, d -> {
                    try {
                        exporter.diagram(d);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, progress);
            }
            progress.finish();
            exporter.end(orders);
            out.commit();
        }
        return 0;
    }
}
