package org.feynet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.feynet.export.Exporter;
import org.feynet.export.JsonExporter;
import org.feynet.export.LatexExporter;
import org.feynet.export.NickelExporter;
import org.feynet.export.SvgExporter;
import org.feynet.export.SvgFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.feynet.export.SymjaExporter;
import org.feynet.export.TextExporter;
import org.feynet.graph.DiagramExpansion;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.OrderSummary;
import org.feynet.graph.SizeGuard;
import org.feynet.symbolic.Notation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code diagrams expand}: the diagrams of an n-point function, order by order. */
@Command(name = "expand", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generates the Feynman diagrams of an n-point function, with exact symmetry factors and weights.",
                "Weight = (product of vertex factors)/S. Vacuum bubbles are never produced."},
        footer = {"", "Examples:",
                "  diagrams expand --theory phi4 --points 2 --order 2",
                "  diagrams expand --action 'g/3!*phi^3 + lambda/4!*phi^4' --points 2 --order 0..3",
                "  diagrams expand --theory phi4 --points 4 --loops 1 --1pi --format json",
                "  diagrams expand --theory phi4 --points 2 --order 10 --count-only"})
public final class ExpandCommand implements Callable<Integer> {

    @Mixin
    TheoryOptions which;

    @Option(names = "--count-only", description = "print only the per-order table (count, weightSum); constant memory")
    boolean countOnly;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "text",
            description = "text (default), json, symja (one Symja sum, readable by 'check'), latex (a document"
                    + " with TikZ-Feynman drawings, pdflatex), tikz (the drawings alone), nickel (by topology),"
                    + " svg (one page; with -o DIR/ a file per diagram and index.html)")
    String format;

    @Option(names = "--propagator-symbol", paramLabel = "SYM", defaultValue = "G",
            description = "head of propagators in terms: G (default) or K (the NN-QFT kernel)")
    String propagatorSymbol;

    @Option(names = "--amputate", description = "write terms without external propagators")
    boolean amputate;

    @Option(names = "--cutoff", paramLabel = "L",
            description = "write the integrals of the LaTeX with the cutoff |y| <= L (a number or a symbol such as Lambda)")
    String cutoff;

    @Option(names = "--space", paramLabel = "SPACE", defaultValue = "position",
            description = "position (default: points x, integrals over y) or momentum (p, loop momenta k, P[k,m] = 1/(k^2+m^2))")
    String space;

    @Option(names = "--force", description = "run even when the estimated number of diagrams is very large")
    boolean force;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        if (!List.of("text", "json", "symja", "latex", "tikz", "nickel", "svg").contains(format)) {
            throw new IllegalArgumentException("unknown format '" + format
                    + "'; use text, json, symja, latex, tikz, nickel or svg");
        }
        if (countOnly && !List.of("text", "json").contains(format)) {
            throw new IllegalArgumentException("--count-only has no diagrams to write in format " + format + "; use text or json");
        }
        if (!List.of("position", "momentum").contains(space)) {
            throw new IllegalArgumentException("unknown space '" + space + "'; use position or momentum");
        }
        Notation notation = new Notation(propagatorSymbol, amputate, space.equals("momentum"), cutoff);
        ExpansionRequest request = which.request();
        if (request.theory().hasMultiLocalVertices() && notation.momentum()) {
            throw new IllegalArgumentException("multi-local vertices are written in position space only (each of"
                    + " their times conserves momentum on its own): drop --space momentum");
        }
        if (notation.momentum() && request.filters().full()) {
            throw new IllegalArgumentException("--space momentum writes connected diagrams; it does not combine with --full");
        }
        if (!force) {
            SizeGuard.check(request, countOnly);
        }
        ProgressBar progress = ProgressBar.forTerminal(System.err);
        String file = output.file;
        if (format.equals("svg") && file != null && (file.endsWith("/") || Files.isDirectory(Path.of(file)))) {
            Path dir = Path.of(output.file);
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new IOException("cannot create output folder '" + output.file + "': " + e.getClass().getSimpleName());
            }
            run(request, new SvgExporter(new SvgFolder((name, content) -> AtomicOutput.writeFile(dir, name, content))),
                    progress);
            return 0;
        }
        try (AtomicOutput out = AtomicOutput.open(output.file, System.out)) {
            Exporter exporter = switch (format) {
                case "json" -> new JsonExporter(out.writer(), countOnly, notation);
                case "symja" -> new SymjaExporter(out.writer(), notation);
                case "latex" -> new LatexExporter(out.writer(), notation, false);
                case "tikz" -> new LatexExporter(out.writer(), notation, true);
                case "nickel" -> new NickelExporter(out.writer());
                case "svg" -> new SvgExporter(out.writer());
                default -> new TextExporter(out.writer());
            };
            run(request, exporter, progress);
            out.commit();
        }
        return 0;
    }

    private void run(ExpansionRequest request, Exporter exporter, ProgressBar progress) throws IOException {
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
    }
}
