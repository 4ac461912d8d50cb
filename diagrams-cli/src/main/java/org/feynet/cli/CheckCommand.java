package org.feynet.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.feynet.graph.ColouredNickel;
import org.feynet.graph.DiagramExpansion;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.SizeGuard;
import org.feynet.rules.Theory;
import org.feynet.symbolic.ExpansionComparison;
import org.feynet.symbolic.FieldExpansionComparison;
import org.feynet.symbolic.ExpansionComparison.Difference;
import org.feynet.symbolic.Notation;
import org.feynet.symbolic.TensorExpansionComparison;
import org.feynet.symbolic.TermReader;
import org.feynet.symbolic.TopologyComparison;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code diagrams check}: a hand calculation against the engine's expansion. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compares a hand calculation with the engine's diagrams and says exactly what differs.",
                "Input: a sum of terms such as lambda^2/6*Int[Int[G[x1,y1]*G[y1,y2]^3*G[y2,x2], y2], y1] with any",
                "dummy names, any order of G's arguments, integrals nested or as lists; or lines 'NICKEL WEIGHT'",
                "(as written by expand --format nickel), compared topology by topology.",
                "Prints 'match', or each missing diagram, extra term and wrong coefficient.",
                "Exit 0 on match, 1 on mismatch, 2 on unreadable input."},
        footer = {"", "Examples:",
                "  diagrams check --theory phi4 --points 2 --order 1 --expr '-lambda/2*Int[G[x1,z]*G[z,z]*G[z,x2], z]'",
                "  diagrams expand --theory phi4 --points 4 --order 2 --format symja -o mine.m   # then edit it",
                "  diagrams check --theory phi4 --points 4 --order 2 --file mine.m"})
public final class CheckCommand implements Callable<Integer> {

    static final class Input {
        @Option(names = "--expr", paramLabel = "EXPR", description = "the hand calculation")
        String expr;

        @Option(names = "--file", paramLabel = "FILE", description = "a file holding it (e.g. written by expand --format symja)")
        String file;
    }

    @Mixin
    TheoryOptions which;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--propagator-symbol", paramLabel = "SYM", defaultValue = "G",
            description = "head of propagators in the input: G (default) or K")
    String propagatorSymbol;

    @Option(names = "--amputate", description = "the input is amputated, as expand --amputate writes it: no external"
            + " propagators, x_i at the point its leg ended on, Delta[xi,xj] for a second leg there")
    boolean amputate;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        Notation notation = new Notation(propagatorSymbol, amputate);
        ExpansionRequest request = which.request();
        Theory theory = request.theory();
        boolean vector = theory.vertices().stream().anyMatch(v -> v.isVector());
        boolean severalFields = theory.hasSeveralFields();
        SizeGuard.check(request, false);
        String text = input.expr != null ? input.expr : readFile(input.file);
        if (TopologyComparison.looksLikeNickelList(text)) {
            List<TopologyComparison.Entry> entries = TopologyComparison.read(text);
            for (TopologyComparison.Entry e : entries) {
                if (e.nickel().contains(":") != severalFields) {
                    throw new IllegalArgumentException(severalFields
                            ? "'" + e.nickel() + "' has no fields: with several fields write NICKEL:FIELDS, as expand"
                                    + " --format nickel does"
                            : "'" + e.nickel() + "' has fields after ':', but " + theory.name() + " has one field");
                }
            }
            var engine = DiagramExpansion.expand(request, ProgressBar.forTerminal(System.err)).diagrams();
            TopologyComparison.Result result = severalFields
                    ? TopologyComparison.compare(engine, entries, d -> ColouredNickel.of(d, theory))
                    : TopologyComparison.compare(engine, entries);
            try (AtomicOutput out = AtomicOutput.open(output.file, System.out)) {
                reportTopologies(out.writer(), describe(request), result);
                out.commit();
            }
            return result.matches() ? 0 : 1;
        }
        List<TermReader.RawTerm> terms = severalFields
                ? FieldExpansionComparison.read(text, theory, notation)
                : vector ? TermReader.read(text, notation.propagator(), amputate
                        ? java.util.Set.of(notation.propagator(), "delta", "Delta")
                        : java.util.Set.of(notation.propagator(), "delta"))
                : TermReader.read(text, notation.propagator());
        var engine = DiagramExpansion.expand(request, ProgressBar.forTerminal(System.err)).diagrams();
        ExpansionComparison.Result result = severalFields
                ? FieldExpansionComparison.compare(theory, request.points(), request.externalFields(), engine, terms, notation)
                : vector ? TensorExpansionComparison.compare(theory, request.points(), engine, terms, notation)
                : ExpansionComparison.compare(theory, request.points(), engine, terms, notation);
        try (AtomicOutput out = AtomicOutput.open(output.file, System.out)) {
            report(out.writer(), request, engine.size(), result);
            out.commit();
        }
        return result.matches() ? 0 : 1;
    }

    private static String describe(ExpansionRequest request) {
        return request.theory().name() + ", " + request.points() + " points, "
                + (request.byLoops() ? request.loops() + " loops" : "order " + (request.minOrder() == request.maxOrder()
                ? request.minOrder() : request.minOrder() + ".." + request.maxOrder()))
                + " (" + String.join(", ", request.filters().names()) + ")";
    }

    private static void reportTopologies(Writer w, String what, TopologyComparison.Result result) throws IOException {
        if (result.matches()) {
            w.write("match: all " + result.topologies() + " topologies of " + what + " with the right weights\n");
            return;
        }
        w.write("mismatch: " + result.matched() + " of " + result.topologies() + " topologies of " + what + " match; "
                + result.differences().size() + " difference" + (result.differences().size() == 1 ? "" : "s") + "\n");
        for (TopologyComparison.Difference d : result.differences()) {
            switch (d.kind()) {
                case MISSING -> w.write("missing topology " + d.nickel() + "  engine: " + d.engine() + " (" + d.labelled()
                        + " labelled diagram" + (d.labelled() == 1 ? "" : "s") + ")\n");
                case WRONG_COEFFICIENT -> w.write("wrong weight " + d.nickel() + "  yours: " + d.yours() + "  engine: "
                        + d.engine() + " (" + d.labelled() + " labelled diagram" + (d.labelled() == 1 ? "" : "s") + ")\n");
                case EXTRA -> w.write("extra topology " + d.nickel() + "  yours: " + d.yours()
                        + " (not a topology of this expansion)\n");
                default -> throw new IllegalStateException();
            }
        }
    }

    private static String readFile(String file) throws IOException {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException("cannot read '" + file + "': no such file");
        } catch (IOException e) {
            throw new IOException("cannot read '" + file + "': " + e.getMessage());
        }
    }

    private static void report(Writer w, ExpansionRequest request, int expected, ExpansionComparison.Result result)
            throws IOException {
        String what = describe(request);
        // multi-local vertices: diagrams that pair the times differently are one integral, compared once
        String integrals = result.integrals() > 0 ? " (" + result.integrals() + " distinct integrals)" : "";
        if (result.matches()) {
            w.write("match: all " + expected + " diagrams" + integrals + " of " + what + " with the right coefficients\n");
            return;
        }
        w.write("mismatch: " + result.matched() + " of " + (result.integrals() > 0 ? result.integrals() + " integrals"
                : expected + " diagrams") + " of " + what + " match; "
                + result.differences().size() + " difference" + (result.differences().size() == 1 ? "" : "s") + "\n");
        for (Difference d : result.differences()) {
            w.write('\n');
            switch (d.kind()) {
                case MISSING -> {
                    w.write("missing diagram (S=" + d.engine().symmetryFactor() + "): " + d.picture() + "\n");
                    w.write("  engine: " + d.engineTerm().symja() + "\n");
                }
                case WRONG_COEFFICIENT -> {
                    w.write("wrong coefficient (S=" + d.engine().symmetryFactor() + "): " + d.picture() + "\n");
                    w.write("  yours:  " + d.yourTerm().symja() + "\n");
                    w.write("  engine: " + d.engineTerm().symja() + "\n");
                }
                case EXTRA -> {
                    w.write("extra term, not a diagram of this expansion: " + d.picture() + "\n");
                    w.write("  yours:  " + d.yourTerm().symja() + "\n");
                }
                default -> throw new IllegalStateException();
            }
        }
    }
}
