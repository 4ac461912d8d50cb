package org.feynet.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.feynet.graph.Diagram;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.OrderSummary;

/**
 * SVG drawings. To one stream: a single SVG page with every diagram in a grid, each captioned with
 * its number, S and weight. To a folder ({@link SvgFolder}): one file per diagram and an
 * {@code index.html} gallery.
 */
public final class SvgExporter implements Exporter {

    private static final int COLUMNS = 4;
    private static final int CAPTION = 36;

    private final Writer out;
    private final SvgFolder folder;
    private final List<String> cells = new ArrayList<>();
    private int number;
    private org.feynet.rules.Theory theory;

    /** Writes one SVG page to {@code out}. */
    public SvgExporter(Writer out) {
        this.out = out;
        this.folder = null;
    }

    /** Writes one file per diagram and an index.html into {@code folder}. */
    public SvgExporter(SvgFolder folder) {
        this.out = null;
        this.folder = folder;
    }

    @Override
    public void begin(ExpansionRequest request) throws IOException {
        theory = request.theory();
        if (folder != null) {
            folder.begin(request);
        }
    }

    @Override
    public void diagram(Diagram d) throws IOException {
        number++;
        if (folder != null) {
            folder.add(number, d, SvgDrawing.of(d, theory));
            return;
        }
        int col = (number - 1) % COLUMNS;
        int row = (number - 1) / COLUMNS;
        cells.add("<g transform=\"translate(" + col * SvgDrawing.SIZE + "," + row * (SvgDrawing.SIZE + CAPTION) + ")\">\n"
                + SvgDrawing.body(d, theory)
                + "<text x=\"" + SvgDrawing.SIZE / 2 + "\" y=\"" + (SvgDrawing.SIZE + 12) + "\" text-anchor=\"middle\""
                + " font-family=\"sans-serif\" font-size=\"12\">#" + number + "  order " + d.order() + "  S=" + d.symmetryFactor()
                + "</text>\n<text x=\"" + SvgDrawing.SIZE / 2 + "\" y=\"" + (SvgDrawing.SIZE + 27) + "\" text-anchor=\"middle\""
                + " font-family=\"sans-serif\" font-size=\"10\">" + escape(weightText(d)) + "</text>\n</g>\n");
    }

    @Override
    public void end(List<OrderSummary> orders) throws IOException {
        if (folder != null) {
            folder.end(orders);
            return;
        }
        int rows = Math.max(1, (cells.size() + COLUMNS - 1) / COLUMNS);
        int width = COLUMNS * SvgDrawing.SIZE;
        int height = rows * (SvgDrawing.SIZE + CAPTION);
        out.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        for (String c : cells) {
            out.write(c);
        }
        out.write("</svg>\n");
        out.flush();
    }

    /** The weight, or for O(N) the coefficient of δ(a1,a2)δ(a3,a4)… (the rest is in the JSON tensor). */
    static String weightText(Diagram d) {
        if (d.tensor().isEmpty()) {
            return d.weight().toString();
        }
        String standard = org.feynet.graph.IndexContraction.standardPairing(d.points());
        // delta[a1,a2]*delta[a3,a4] -> δ12δ34
        String pairing = standard.equals("1") ? "" : " " + standard.replaceAll("delta\\[a(\\d+),a(\\d+)\\]", "δ$1$2")
                .replace("*", "");
        return d.tensorWeights().getOrDefault(standard, "0") + pairing;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
