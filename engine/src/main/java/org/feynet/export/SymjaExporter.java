package org.feynet.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.feynet.graph.Diagram;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.OrderSummary;
import org.feynet.symbolic.FieldTerm;
import org.feynet.symbolic.Term;
import org.feynet.symbolic.Notation;

/**
 * The expansion in Symja input form: one sum over every diagram, a term per line, with a comment
 * before each order. {@code diagrams check --file} reads it back, and Symja reads it as it is
 * ({@code Int} being an inert head in strict mode).
 */
public final class SymjaExporter implements Exporter {

    private final Writer out;
    private final Notation notation;
    private final OrderGroup group = new OrderGroup();
    private boolean first = true;

    public SymjaExporter(Writer out, Notation notation) {
        this.out = out;
        this.notation = notation;
    }

    private org.feynet.rules.Theory theory;

    @Override
    public void begin(ExpansionRequest request) throws IOException {
        theory = request.theory();
        out.write("(* feynet: theory " + request.theory().name() + ", S_int = " + request.theory().action() + "; "
                + request.points() + " points; " + String.join(", ", request.filters().names())
                + (notation.amputate() ? "; amputated" : "") + " *)\n");
        if (theory.hasSeveralFields()) {
            String heads = notation.momentum()
                    ? String.join(", ", theory.propagators().stream().map(r -> FieldTerm.head("P", r) + "[q] = <"
                            + r.a().base() + " " + r.b().base() + ">(q)" + (r.isSymmetric() ? "" : ", q from the "
                            + r.b().base() + " end into the " + r.a().base() + " end")).distinct().toList())
                            + "; Int[f, k] = integral of f d^dk/(2 Pi)^d; p1..pn flow in, p1 + ... + pn = 0"
                    : String.join(", ", theory.propagators().stream().map(r -> FieldTerm.head(notation.propagator(), r)
                            + (r.a().isBilocal() ? "[a1,a2,b1,b2]" : "[a,b]") + " = <" + r.a().base() + " " + r.b().base()
                            + ">").distinct().toList()) + "; Int[f, y] = integral of f over y";
            out.write("(* " + heads + (theory.hasNeuronIndex() ? "; N^k: closed neuron-index loops,"
                    + " delta[a1,a2]: tied external indices" : "") + " *)\n");
            return;
        }
        out.write(notation.momentum()
                ? "(* P[q, m] = 1/(q^2 + m^2), Int[f, k] = integral of f d^dk/(2 Pi)^d; p1..pn flow in, p1 + ... + pn = 0 *)\n"
                : "(* " + notation.propagator() + "[a,b] = propagator, Int[f, y] = integral of f over the point y *)\n");
    }

    @Override
    public void diagram(Diagram d) throws IOException {
        if (group.startsNew(d)) {
            out.write("(* " + group.heading() + " *)\n");
        }
        String term = Term.of(d, theory, notation).symja();
        if (first) {
            out.write(term);
            first = false;
        } else if (term.startsWith("-")) {
            out.write(" - " + term.substring(1));
        } else {
            out.write(" + " + term);
        }
        out.write('\n');
    }

    @Override
    public void end(List<OrderSummary> orders) throws IOException {
        if (first) {
            out.write("0\n");
        }
        out.flush();
    }
}
