package org.feynet.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.graph.ColouredNickel;
import org.feynet.graph.Diagram;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.OrderSummary;
import org.feynet.rules.Coefficient;

/**
 * The expansion by topology: per order, each Nickel index (external legs unlabelled) with the sum of
 * the weights of the labelled diagrams that share it, and those diagrams listed under it. This is the
 * notation of GraphState and of multi-loop tables; {@code diagrams check --file} reads it back
 * (lines that start with an index and a weight; indented lines and comments are skipped). With
 * several fields the index is coloured ({@link ColouredNickel}): one line per coloured topology.
 */
public final class NickelExporter implements Exporter {

    private final Writer out;
    private final Map<String, List<Diagram>> group = new LinkedHashMap<>();
    private final OrderGroup current = new OrderGroup();
    private org.feynet.rules.Theory theory;

    public NickelExporter(Writer out) {
        this.out = out;
    }

    @Override
    public void begin(ExpansionRequest request) throws IOException {
        theory = request.theory().hasSeveralFields() ? request.theory() : null;
        out.write("# feynet: Nickel indices of " + request.theory().name() + " (" + request.theory().action() + "), "
                + request.points() + " points, " + String.join(", ", request.filters().names()) + "\n");
        out.write("# external legs unlabelled (e); weight = sum over the labelled diagrams listed below each index\n");
        if (theory != null) {
            out.write("# after ':' the fields at both ends of every line, in the index's order (a/b: a at this vertex)\n");
        }
        out.write("# nickel  weight  labelled-diagrams\n");
    }

    @Override
    public void diagram(Diagram d) throws IOException {
        if (current.startsNew(d)) {
            flush();
        }
        String index = theory == null ? d.nickel() : ColouredNickel.of(d, theory);
        group.computeIfAbsent(index, k -> new ArrayList<>()).add(d);
    }

    private void flush() throws IOException {
        if (group.isEmpty()) {
            return;
        }
        Diagram first = group.values().iterator().next().get(0);
        out.write("\n# order " + first.order() + (first.couplings().isOne() ? "" : ", " + first.couplings()) + "\n");
        for (Map.Entry<String, List<Diagram>> e : group.entrySet()) {
            out.write(e.getKey() + "  " + weightSum(e.getValue(), first) + "  " + e.getValue().size() + "\n");
            for (Diagram d : e.getValue()) {
                out.write("    " + (theory == null ? d.picture() : d.picture(theory)) + "  S=" + d.symmetryFactor() + "  " + SvgExporter.weightText(d) + "\n");
            }
        }
        group.clear();
    }

    /**
     * Σ weights of a topology's labelled diagrams; for O(N), the coefficient of δ(a1,a2)δ(a3,a4)…
     * as a polynomial in N (as the JSON weightSum).
     */
    private static String weightSum(List<Diagram> diagrams, Diagram first) {
        if (first.tensor().isEmpty()) {
            BigFraction sum = BigFraction.ZERO;
            for (Diagram d : diagrams) {
                sum = sum.add(d.weight().rational());
            }
            return new Coefficient(sum, first.couplings()).toString();
        }
        String standard = org.feynet.graph.IndexContraction.standardPairing(first.points());
        org.feynet.rules.PolynomialInN sum = org.feynet.rules.PolynomialInN.ZERO;
        for (Diagram d : diagrams) {
            sum = sum.plus(d.tensor().getOrDefault(standard, org.feynet.rules.PolynomialInN.ZERO).times(d.weight().rational()));
        }
        return new OrderSummary(first.order(), first.couplings(), diagrams.size(), BigFraction.ZERO, sum).weightSumText();
    }

    @Override
    public void end(List<OrderSummary> orders) throws IOException {
        flush();
        out.flush();
    }
}
