package org.feynet.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.feynet.graph.Diagram;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.OrderSummary;
import org.feynet.rules.Theory;
import org.feynet.rules.VertexRule;

/**
 * The text report, made for people: a header with the theory and the conventions, the diagrams
 * grouped by order, one line each (a picture of its propagators, loops, S, weight, Nickel index),
 * then the per-order table of counts and weight sums.
 */
public final class TextExporter implements Exporter {

    private final Writer out;
    private Theory theory;
    private final OrderGroup group = new OrderGroup();
    private long number;

    public TextExporter(Writer out) {
        this.out = out;
    }

    @Override
    public void begin(ExpansionRequest request) throws IOException {
        theory = request.theory();
        out.write("# feynet diagrams: theory " + theory.name() + ", S_int = " + theory.action() + "\n");
        for (VertexRule v : theory.vertices()) {
            out.write("#   vertex " + v.term() + ": valence " + v.valence() + (v.isVector()
                    ? ", vertex factor -c*2^k*k! = " + v.vertexFactor() + " times each pairing of its legs by deltas"
                    : ", vertex factor -c*(legs of each field)! = " + v.vertexFactor()) + "\n");
        }
        if (!theory.hasDiagonalPropagators()) {
            // the declared propagators, once each (a multi-local theory expands them between its fields at times)
            java.util.Set<String> rules = new java.util.LinkedHashSet<>();
            for (org.feynet.rules.PropagatorRule r : theory.propagators()) {
                String a = r.a().base();
                String b = r.b().base();
                rules.add("<" + a + "," + b + ">" + (r.retarded() ? " retarded" : "") + (r.equalTime() ? " equal-time" : ""));
            }
            out.write("#   propagators: " + String.join(", ", rules) + " (no other pair of fields is joined)\n");
        }
        if (!theory.nPowers().isEmpty()) {
            StringBuilder powers = new StringBuilder();
            theory.nPowers().forEach((c, p) -> powers.append(powers.length() > 0 ? ", " : "").append(c)
                    .append(" ~ N^(").append(org.feynet.graph.Scaling.fraction(p)).append(')'));
            out.write("#   couplings: " + powers + "\n");
        }
        if (!request.externalFields().isEmpty()) {
            out.write("# external fields: " + request.externalFields().stream()
                    .map(f -> theory.fields().get(f).name()).toList() + "\n");
        }
        out.write("# " + request.points() + " external point" + (request.points() == 1 ? " x1" : request.points() > 1 ? "s x1..x" + request.points() : "s")
                + ", " + (request.byLoops() ? request.loops() + (request.loops() == 1 ? " loop" : " loops") : orders(request))
                + ", diagrams: " + String.join(", ", request.filters().names()) + "\n");
        out.write("# order = number of vertices; S = automorphisms fixing x1..xn, edge permutations included;"
                + " weight = product of vertex factors / S\n");
        if (request.filters().dressed()) {
            out.write("# dressed: every propagator is the full two-point function (skeleton expansion)\n");
        }
    }

    private static String orders(ExpansionRequest r) {
        return r.minOrder() == r.maxOrder() ? "order " + r.minOrder() : "orders " + r.minOrder() + ".." + r.maxOrder();
    }

    @Override
    public void diagram(Diagram d) throws IOException {
        if (group.startsNew(d)) {
            out.write("\n" + group.heading() + "\n");
        }
        number++;
        StringBuilder line = new StringBuilder();
        String weight = d.tensor().isEmpty() ? d.weight().toString() : tensorText(d);
        String picture = d.picture(theory);
        line.append(String.format("  #%-5d %-40s L=%d  S=%-4d weight %-16s nickel %s", number, picture, d.loops(),
                d.symmetryFactor(), weight, d.nickel()));
        if (d.scaling() != null) {
            line.append("  O(").append(d.scaling().order()).append(")");
            if (!d.scaling().seedName().isEmpty()) {
                line.append(" ").append(d.scaling().seedName());
            }
            if (!d.scaling().indices().equals("1") || theory.hasNeuronIndex()) {
                line.append(" indices ").append(d.scaling().indices());
            }
        }
        if (theory.vertices().size() > 1) {
            line.append("  vertices");
            for (int i = 0; i < d.vertexTypes().size(); i++) {
                line.append(' ').append(d.pointName(d.points() + i)).append(':')
                        .append(theory.vertices().get(d.vertexTypes().get(i)).term());
            }
        }
        out.write(line.toString().stripTrailing());
        out.write('\n');
    }

    /** {@code (N + 2)/6*(-lambda)} style: each pairing's weight times its δ's, e.g. {@code -(N + 2)/6*lambda delta[a1,a2]}. */
    private static String tensorText(Diagram d) {
        StringBuilder sb = new StringBuilder();
        d.tensorWeights().forEach((pairing, w) -> {
            if (sb.length() > 0) {
                sb.append(" + ");
            }
            sb.append('[').append(w).append(']');
            if (!pairing.equals("1")) {
                sb.append('*').append(pairing);
            }
        });
        return sb.toString();
    }

    @Override
    public void end(List<OrderSummary> orders) throws IOException {
        int width = Math.max(14, orders.stream().mapToInt(s -> s.couplings().toString().length()).max().orElse(0));
        String header = "%-6s %-" + width + "s %10s  %s%n";
        String row = "%-6d %-" + width + "s %10d  %s%n";
        out.write("\n" + String.format(header, "order", "couplings", "count", "weightSum"));
        long total = 0;
        for (OrderSummary s : orders) {
            out.write(String.format(row, s.order(), s.couplings(), s.count(), s.weightSumText()));
            total += s.count();
        }
        out.write("total " + total + " diagram" + (total == 1 ? "" : "s") + "\n");
        if (orders.stream().anyMatch(s -> !s.groups().isEmpty())) {
            writeGroups(orders);
        }
        out.flush();
    }

    /**
     * The table split by order in 1/N and T, by shape (Grosvenor and Jefferson's grouping of the
     * two-point function: cactus and mushroom diagrams, see {@link org.feynet.graph.Scaling}) and by
     * external index structure.
     */
    private void writeGroups(List<OrderSummary> orders) throws IOException {
        out.write("\nby order in 1/N and depth T (power of N: couplings' declared powers + closed neuron-index loops;"
                + " power of T: free time integrals;\n group: a tadpole on the external vertex, cactus at N^0, mushroom at 1/N)\n");
        String row = "%-6s %-12s %-10s %-18s %8s  %s%n";
        out.write(String.format(row, "order", "O(...)", "group", "indices", "count", "weightSum"));
        for (OrderSummary s : orders) {
            for (OrderSummary.Group g : s.groups()) {
                out.write(String.format(row, s.order(), g.scaling().order(), g.scaling().seedName().isEmpty() || s.order() == 0
                        ? "-" : g.scaling().seedName(), g.scaling().indices(), g.count(),
                        new org.feynet.rules.Coefficient(g.weightSumRational(), s.couplings())));
            }
        }
    }
}
