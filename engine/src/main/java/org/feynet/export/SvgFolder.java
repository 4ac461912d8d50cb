package org.feynet.export;

import java.io.IOException;
import java.util.List;
import org.feynet.graph.Diagram;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.OrderSummary;

/**
 * A gallery of SVG drawings: one file per diagram, {@code diagram-0001.svg} …, and an
 * {@code index.html} that shows them with their captions and the per-order table. The files go to a
 * {@link FileSink} supplied by the caller (the command line writes each one atomically).
 */
public final class SvgFolder {

    /** Receives each named file of the gallery. */
    @FunctionalInterface
    public interface FileSink {
        void write(String name, String content) throws IOException;
    }

    private final FileSink sink;
    private final StringBuilder index = new StringBuilder();

    public SvgFolder(FileSink sink) {
        this.sink = sink;
    }

    void begin(ExpansionRequest request) {
        index.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>feynet: ")
                .append(SvgExporter.escape(request.theory().name())).append("</title>\n<style>body{font-family:sans-serif}"
                        + " figure{display:inline-block;margin:8px;text-align:center} figcaption{font-size:12px}</style>"
                        + "</head><body>\n<h1>Feynman diagrams of ").append(SvgExporter.escape(request.theory().name()))
                .append("</h1>\n<p>S_int = <code>").append(SvgExporter.escape(request.theory().action())).append("</code>, ")
                .append(request.points()).append(" external points, ")
                .append(SvgExporter.escape(String.join(", ", request.filters().names()))).append(".</p>\n");
    }

    void add(int number, Diagram d, String svg) throws IOException {
        String name = String.format("diagram-%04d.svg", number);
        write(name, svg);
        index.append("<figure><img src=\"").append(name).append("\" alt=\"").append(SvgExporter.escape(d.picture()))
                .append("\"><figcaption>#").append(number).append(", order ").append(d.order()).append(", S=")
                .append(d.symmetryFactor()).append(", ").append(SvgExporter.escape(SvgExporter.weightText(d)))
                .append("<br><code>").append(SvgExporter.escape(d.nickel())).append("</code></figcaption></figure>\n");
    }

    void end(List<OrderSummary> orders) throws IOException {
        index.append("<table><tr><th>order</th><th>couplings</th><th>count</th><th>weight sum</th></tr>\n");
        for (OrderSummary s : orders) {
            index.append("<tr><td>").append(s.order()).append("</td><td>").append(SvgExporter.escape(s.couplings().toString()))
                    .append("</td><td>").append(s.count()).append("</td><td>")
                    .append(SvgExporter.escape(s.weightSum().toString())).append("</td></tr>\n");
        }
        index.append("</table>\n</body></html>\n");
        write("index.html", index.toString());
    }

    private void write(String name, String content) throws IOException {
        sink.write(name, content);
    }
}
