package org.feynet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.feynet.graph.Diagram;
import org.feynet.graph.DiagramExpansion;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.Filters;
import org.feynet.graph.ProgressListener;
import org.feynet.graph.Propagator;
import org.feynet.rules.ActionDeclaration;
import org.feynet.rules.Field;
import org.feynet.rules.PropagatorRule;
import org.feynet.rules.Theory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * SVG pictures of response-field diagrams are well-formed XML with one arrowhead per response line,
 * one white inner stroke per bilocal line and a dash pattern for the second field, counted against
 * the diagram's own propagators.
 */
class SvgLineStylesTest {

    private static Theory network() {
        Field h = new Field("h", Field.NEURON_INDEX);
        Field zt = new Field("zt", Field.NEURON_INDEX);
        Field w = new Field("w", 1, "w", Field.Time.PAIR);
        Field wt = new Field("wt", 1, "wt", Field.Time.PAIR);
        return new ActionDeclaration("net", "sw*w[t1,t2]*zt[t1]*zt[t2] + sw*wt[t1,t2]*(h[t1]*h[t2] - 2/3*h[t1]*h[t2]^3)",
                List.of(h, zt, w, wt), List.of(new PropagatorRule(h, h, false, true), new PropagatorRule(h, zt, true, true),
                new PropagatorRule(w, wt, false)), null, Map.of()).theory();
    }

    @Test
    void arrowsAndDoubleLinesMatchThePropagators() throws Exception {
        Theory theory = network();
        List<Diagram> diagrams = DiagramExpansion.expand(new ExpansionRequest(theory, 2, 2, 4, -1, Filters.CONNECTED,
                List.of(0, 0)), ProgressListener.NONE).diagrams();
        assertTrue(diagrams.size() > 100, "diagrams: " + diagrams.size());
        for (Diagram d : diagrams) {
            Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(SvgDrawing.of(d, theory).getBytes(StandardCharsets.UTF_8)));
            int arrows = 0;
            int white = 0;
            NodeList paths = svg.getElementsByTagName("*");
            for (int i = 0; i < paths.getLength(); i++) {
                Element e = (Element) paths.item(i);
                if (e.getAttribute("fill").equals("black") && e.getTagName().equals("path")) {
                    arrows++;
                }
                if (e.getAttribute("stroke").equals("white")) {
                    white++;
                }
            }
            int retarded = 0;
            int bilocal = 0;
            for (Propagator p : d.propagators()) {
                PropagatorRule r = theory.propagators().get(p.kind());
                retarded += r.retarded() ? 1 : 0;
                bilocal += r.a().isBilocal() ? 1 : 0;
            }
            assertEquals(retarded, arrows, d.picture(theory));
            assertEquals(bilocal, white, d.picture(theory));
        }
    }

    @Test
    void theSecondFieldIsDashed() {
        Theory two = org.feynet.rules.ActionParser.parse("two", "g/2*phi^2*psi", List.of("phi", "psi"));
        List<Diagram> diagrams = DiagramExpansion.expand(new ExpansionRequest(two, 2, 2, 2, -1, Filters.CONNECTED,
                List.of(0, 0)), ProgressListener.NONE).diagrams();
        for (Diagram d : diagrams) {
            long psi = d.propagators().stream().filter(p -> p.kind() == 1).count();
            String svg = SvgDrawing.of(d, two);
            assertEquals(psi, svg.split("stroke-dasharray", -1).length - 1L, svg);
        }
    }
}
