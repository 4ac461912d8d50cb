package org.feynet.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.feynet.graph.Diagram;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.OrderSummary;
import org.feynet.symbolic.Term;
import org.feynet.symbolic.LatexText;
import org.feynet.symbolic.Notation;

/**
 * A complete LaTeX document (article class, amsmath, TikZ-Feynman; compiles with pdflatex): per
 * order the equation of its terms, then each diagram drawn beside its term, weight and symmetry
 * factor. With {@code drawingsOnly} ({@code --format tikz}) it writes the TikZ pictures alone, one
 * after another, for pasting into a paper.
 */
public final class LatexExporter implements Exporter {

    private final Writer out;
    private final Notation notation;
    private final boolean drawingsOnly;
    private final List<Diagram> group = new ArrayList<>();
    private final OrderGroup current = new OrderGroup();
    private org.feynet.rules.Theory theory;

    public LatexExporter(Writer out, Notation notation, boolean drawingsOnly) {
        this.out = out;
        this.notation = notation;
        this.drawingsOnly = drawingsOnly;
    }

    @Override
    public void begin(ExpansionRequest request) throws IOException {
        theory = request.theory();
        if (drawingsOnly) {
            out.write("% feynet: TikZ-Feynman drawings; needs \\usepackage[compat=1.1.0]{tikz-feynman}\n");
            return;
        }
        out.write("\\documentclass[11pt]{article}\n\\usepackage[margin=2cm]{geometry}\n\\usepackage{amsmath}\n"
                + "\\usepackage[compat=1.1.0]{tikz-feynman}\n\\allowdisplaybreaks\n\\begin{document}\n");
        out.write("\\section*{Feynman diagrams of " + escape(request.theory().name()) + "}\n");
        out.write("Interaction \\(S_{\\text{int}}\\) = \\texttt{" + escape(request.theory().action()) + "}, "
                + request.points() + " external points, " + String.join(", ", request.filters().names())
                + ". Weight = (product of vertex factors)/\\(S\\); "
                + (notation.momentum() ? "momentum space: external momenta \\(p_i\\) flow in, \\(\\sum_i p_i = 0\\)."
                : "\\(" + notation.propagator() + "\\) is the propagator, integrals run over \\(d\\)-dimensional space.")
                + "\n");
    }

    @Override
    public void diagram(Diagram d) throws IOException {
        if (current.startsNew(d)) {
            flush();
        }
        group.add(d);
    }

    private void flush() throws IOException {
        if (group.isEmpty()) {
            return;
        }
        Diagram first = group.get(0);
        if (!drawingsOnly) {
            out.write("\n\\subsection*{Order " + first.order() + (first.couplings().isOne() ? "" : ", \\("
                    + LatexText.monomial(first.couplings()) + "\\)") + "}\n");
            out.write("\\begin{align*}\n");
            for (int i = 0; i < group.size(); i++) {
                String term = Term.of(group.get(i), theory, notation).latex(notation.cutoff());
                out.write((i == 0 ? "&" : "&\\quad") + (i == 0 || term.startsWith("-") ? " " : " + ") + term
                        + (i + 1 < group.size() ? " \\\\\n" : "\n"));
            }
            out.write("\\end{align*}\n");
        }
        for (Diagram d : group) {
            if (drawingsOnly) {
                out.write("% " + d.picture(theory) + ", S=" + d.symmetryFactor() + ", weight "
                        + (d.tensor().isEmpty() ? d.weight() : d.tensorWeights()) + "\n");
                out.write(TikzDrawing.of(d, theory) + "\n\n");
            } else {
                out.write("\\par\\noindent\\begin{minipage}{0.3\\textwidth}\\centering\n" + TikzDrawing.of(d, theory)
                        + "\n\\end{minipage}\\hfill\\begin{minipage}{0.65\\textwidth}\n\\(S = " + d.symmetryFactor()
                        + "\\), Nickel \\texttt{" + escape(d.nickel()) + "}" + scaling(d) + "\n\\["
                        + Term.of(d, theory, notation).latex(notation.cutoff())
                        + "\\]\n\\end{minipage}\\par\\medskip\n");
            }
        }
        group.clear();
    }

    /** ", O(T/N), mushroom" for a network diagram, empty for the others. */
    private static String scaling(Diagram d) {
        if (d.scaling() == null) {
            return "";
        }
        String name = d.scaling().seedName();
        // N^(1/2) is N^{1/2} in TeX
        String order = d.scaling().order().replaceAll("\\^\\(([^)]*)\\)", "^{$1}");
        return ", \\(O(" + order + ")\\)" + (name.isEmpty() ? "" : ", " + name);
    }

    @Override
    public void end(List<OrderSummary> orders) throws IOException {
        flush();
        if (!drawingsOnly) {
            out.write("\n\\subsection*{Summary}\n\\begin{tabular}{rlrl}\norder & couplings & diagrams & sum of weights\\\\\n\\hline\n");
            for (OrderSummary s : orders) {
                out.write(s.order() + " & \\texttt{" + escape(s.couplings().toString()) + "} & " + s.count()
                        + " & \\texttt{" + escape(s.weightSum().toString()) + "}\\\\\n");
            }
            out.write("\\end{tabular}\n\\end{document}\n");
        }
        out.flush();
    }

    /** Escapes the characters TeX treats specially in running text. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '^' -> sb.append("\\^{}");
                case '~' -> sb.append("\\~{}");
                case '|' -> sb.append("\\textbar{}");
                case '_', '&', '%', '#', '$', '{', '}' -> sb.append('\\').append(c);
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
