package org.feynet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.feynet.graph.Diagram;
import org.feynet.graph.DiagramExpansion;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.Filters;
import org.feynet.graph.NickelReader;
import org.feynet.graph.ProgressListener;
import org.feynet.rules.BuiltinTheories;
import org.feynet.symbolic.TopologyComparison;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Nickel and SVG exports: the Nickel list reads back and agrees with the known tables; SVG is well formed. */
class ExportFormatsTest {

    private static String export(Exporter exporter, StringWriter out, ExpansionRequest request) throws IOException {
        exporter.begin(request);
        var orders = DiagramExpansion.stream(request, d -> {
            try {
                exporter.diagram(d);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, ProgressListener.NONE);
        exporter.end(orders);
        return out.toString();
    }

    @Test
    void nickelListOfPhi4FourPointOneLoopIsTheBubbleWithThreeChannels() throws IOException {
        ExpansionRequest r = ExpansionRequest.loops(BuiltinTheories.byName("phi4"), 4, 1, new Filters(false, true, false, false));
        StringWriter out = new StringWriter();
        String text = export(new NickelExporter(out), out, r);
        List<TopologyComparison.Entry> entries = TopologyComparison.read(text);
        // One topology, the one-loop bubble ee11|ee|, whose three channels s, t, u each weigh lambda^2/2.
        assertEquals(1, entries.size());
        assertEquals("ee11|ee|", entries.get(0).nickel());
        assertEquals("3*lambda^2/2", entries.get(0).weight().toString());
        assertTrue(text.contains("\n    x1-v1 x2-v1 x3-v2 x4-v2 v1-v2^2"), text);
    }

    @Test
    void nickelListReadsBackAsAMatch() throws IOException {
        for (int points : new int[] {0, 2, 4}) {
            ExpansionRequest r = ExpansionRequest.orders(BuiltinTheories.byName("phi4"), points, 0, 3, Filters.CONNECTED);
            StringWriter out = new StringWriter();
            String text = export(new NickelExporter(out), out, r);
            List<Diagram> diagrams = DiagramExpansion.expand(r, ProgressListener.NONE).diagrams();
            TopologyComparison.Result result = TopologyComparison.compare(diagrams, TopologyComparison.read(text));
            assertTrue(result.matches(), () -> points + " points: " + result);
        }
    }

    @Test
    void nickelIndicesInAnyNumberingAreRecognised() {
        // the sunset with its vertices numbered the other way round: 0 holds one leg, 1 the other
        assertEquals("e111|e|", NickelReader.canonical("e111|e|"));
        // the double scoop written with the looped vertex first: 0 has a self-loop and a double line to 1
        assertEquals("ee11|1|", NickelReader.canonical("011|ee|"));
        assertEquals("e-e x ee0|", NickelReader.canonical("ee0| x e-e"));
    }

    @Test
    void svgPagesAreWellFormedWithADotPerVertex() throws Exception {
        ExpansionRequest r = ExpansionRequest.orders(BuiltinTheories.byName("phi4"), 2, 0, 3, Filters.CONNECTED);
        StringWriter out = new StringWriter();
        String svg = export(new SvgExporter(out), out, r);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        // phi4 2-point orders 0..3: 1 + 1 + 3 + 10 diagrams with 0, 1, 2, 3 vertices
        assertEquals(0 + 1 + 3 * 2 + 10 * 3, doc.getElementsByTagName("circle").getLength());
        for (Diagram d : DiagramExpansion.expand(r, ProgressListener.NONE).diagrams()) {
            Document one = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader(SvgDrawing.of(d))));
            int lines = one.getElementsByTagName("line").getLength() + one.getElementsByTagName("path").getLength();
            assertEquals(d.propagators().size(), lines, d.picture());
        }
    }

    @Test
    void svgGalleryWritesAFilePerDiagramAndAnIndex() throws IOException {
        Map<String, String> files = new TreeMap<>();
        ExpansionRequest r = ExpansionRequest.orders(BuiltinTheories.byName("phi4"), 4, 2, 2, Filters.CONNECTED);
        SvgExporter exporter = new SvgExporter(new SvgFolder(files::put));
        export(exporter, new StringWriter(), r);
        assertEquals(8, files.size(), files.keySet().toString()); // 7 diagrams and index.html
        assertTrue(files.get("index.html").contains("diagram-0007.svg"));
    }

    @Test
    void svgCaptionOfAnONVertexIsOnePairingOfItsDeltas() throws Exception {
        // (lambda/4!)(phi.phi)^2: -lambda/3 times each of the three pairings of the four legs
        ExpansionRequest r = ExpansionRequest.orders(BuiltinTheories.byName("on4"), 4, 1, 1, Filters.CONNECTED);
        StringWriter out = new StringWriter();
        String svg = export(new SvgExporter(out), out, r);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertTrue(svg.contains("-1/3*lambda δ12δ34"), svg);
    }
}
