package org.feynet.cli;

import org.apache.commons.numbers.fraction.BigFraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The text report (the default format, made for people). */
class ExpandTextTest {

    private static final Pattern S = Pattern.compile("\\bS=(\\d+)");
    private static final Pattern WEIGHT = Pattern.compile("\\bweight\\s+(\\S+)");

    @Test
    void textReportOfPhi4TwoPointOrderTwo() {
        Cli.Result r = Cli.expand("--theory", "phi4", "--points", "2", "--order", "2");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr());
        List<String> lines = r.stdout().lines().toList();

        // header: comment lines naming the theory and its action
        assertTrue(lines.get(0).startsWith("#"), "header first: " + lines.get(0));
        String header = String.join("\n", lines.stream().filter(l -> l.startsWith("#")).toList());
        assertTrue(header.contains("phi4"), "header names the theory: " + header);
        assertTrue(header.contains("lambda/4!*phi^4"), "header shows the action: " + header);
        assertFalse(r.stdout().trim().startsWith("{"), "text is the default, not json");

        // one line per diagram with S= and weight
        List<String> diagramLines = lines.stream().filter(l -> S.matcher(l).find()).toList();
        assertEquals(3, diagramLines.size(), "three diagram lines:\n" + r.stdout());
        List<Integer> factors = new ArrayList<>();
        for (String l : diagramLines) {
            Matcher s = S.matcher(l);
            assertTrue(s.find());
            int sf = Integer.parseInt(s.group(1));
            factors.add(sf);
            Matcher w = WEIGHT.matcher(l);
            assertTrue(w.find(), "weight on the line: " + l);
            // phi4 vertex factor -lambda, two vertices: weight = lambda^2 / S
            assertEquals(CouplingPolynomial.monomial(BigFraction.of(1, sf), "lambda", 2), CouplingPolynomial.parse(w.group(1)), l);
        }
        factors.sort(null);
        assertEquals(List.of(4, 4, 6), factors, "S = 4, 4 (tadpoles), 6 (sunset): oracles.json perDiagram");

        // the per-order table and the total
        int tableHeader = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("order") && l.contains("count") && l.contains("weightSum")) {
                tableHeader = i;
            }
        }
        assertTrue(tableHeader > 0, "table header after the diagrams:\n" + r.stdout());
        String row = lines.get(tableHeader + 1).trim();
        String[] cells = row.split("\\s+");
        assertEquals("2", cells[0], "order column: " + row);
        assertEquals("3", cells[cells.length - 2], "count column: " + row);
        assertEquals(CouplingPolynomial.monomial(BigFraction.of(2, 3), "lambda", 2), CouplingPolynomial.parse(cells[cells.length - 1]),
                "weightSum 2*lambda^2/3 (oracles.json phi4 connected 2)");
        assertEquals("total 3 diagrams", lines.get(lines.size() - 1).trim());
    }

    @Test
    void textCountOnlyHasTableButNoDiagramLines() {
        Cli.Result r = Cli.expand("--theory", "phi4", "--points", "4", "--order", "0..3", "--count-only");
        assertEquals(0, r.exitCode(), r::toString);
        assertFalse(r.stdout().lines().anyMatch(l -> S.matcher(l).find()), "no diagram lines:\n" + r.stdout());
        // oracles.json counts phi4 4pt-connected 0, 1, 7, 42: total 50
        assertTrue(r.stdout().lines().anyMatch(l -> l.trim().equals("total 50 diagrams")), r.stdout());
    }

    @Test
    void textSingularTotal() {
        Cli.Result r = Cli.expand("--theory", "phi4", "--points", "2", "--order", "1");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().lines().anyMatch(l -> l.trim().equals("total 1 diagram")), r.stdout());
    }
}
