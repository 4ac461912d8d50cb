package org.feynet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.feynet.graph.DiagramExpansion;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.Filters;
import org.feynet.graph.ProgressListener;
import org.feynet.rules.BuiltinTheories;
import org.feynet.symbolic.Notation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The LaTeX export compiles with plain pdflatex, without a single error. Where TeX is not installed
 * the test is skipped — except under CI (CI=true), whose .ci/run installs texlive-latex-base and
 * texlive-pictures, so there a missing pdflatex is a failure.
 */
class LatexDocumentTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}-point orders {2}..{3} full={4} 1pi={5} {6} momentum={7} cutoff={8}")
    @CsvSource({"phi4,2,0,3,false,false,G,false,", "phi4,4,0,2,false,true,K,false,Lambda", "phi3,4,0,2,true,false,G,false,",
            "nnqft,2,0,2,false,false,G,false,5", "phi4,0,1,3,false,false,G,false,", "phi6,6,1,1,false,false,G,false,",
            "phi4,2,0,3,false,false,G,true,", "phi4,4,1,2,false,true,G,true,Lambda", "on4,4,0,2,false,false,G,false,",
            "on4,2,0,2,false,false,G,true,"})
    void documentCompilesWithPdflatex(String theory, int points, int min, int max, boolean full, boolean onePI,
                                      String propagator, boolean momentum, String cutoff)
            throws IOException, InterruptedException {
        requirePdflatex();
        ExpansionRequest request = ExpansionRequest.orders(BuiltinTheories.byName(theory), points, min, max,
                new Filters(full, onePI, false, false));
        String tex = compile(new Notation(propagator, false, momentum, cutoff), request);
        assertTrue(tex.contains("\\begin{document}"), "a whole document");
    }

    /**
     * Theories with several fields and propagator rules: the response-field action of a Langevin
     * equation (response lines as arrows) and the recurrent network's auxiliary-field action
     * (bilocal double lines, two integrated times per multi-local vertex), whole and amputated; the
     * Langevin equation also in frequency space.
     */
    @ParameterizedTest(name = "{0} amputated={1} momentum={2}")
    @CsvSource({"langevin,false,false", "network,false,false", "langevin,true,false", "network,true,false",
            "langevin,false,true"})
    void responseFieldDocumentCompilesWithPdflatex(String which, boolean amputate, boolean momentum)
            throws IOException, InterruptedException {
        requirePdflatex();
        org.feynet.rules.Theory theory;
        java.util.List<Integer> legs;
        if (which.equals("langevin")) {
            org.feynet.rules.Field h = org.feynet.rules.Field.scalar("h");
            org.feynet.rules.Field zt = org.feynet.rules.Field.scalar("zt");
            theory = new org.feynet.rules.ActionDeclaration("msr", "-g/2*zt*h^2", java.util.List.of(h, zt),
                    java.util.List.of(org.feynet.rules.PropagatorRule.diagonal(h), new org.feynet.rules.PropagatorRule(h, zt, true)),
                    null, java.util.Map.of()).theory();
            legs = java.util.List.of(0, 1);
        } else {
            org.feynet.rules.Field h = new org.feynet.rules.Field("h", org.feynet.rules.Field.NEURON_INDEX);
            org.feynet.rules.Field zt = new org.feynet.rules.Field("zt", org.feynet.rules.Field.NEURON_INDEX);
            org.feynet.rules.Field w = new org.feynet.rules.Field("w", 1, "w", org.feynet.rules.Field.Time.PAIR);
            org.feynet.rules.Field wt = new org.feynet.rules.Field("wt", 1, "wt", org.feynet.rules.Field.Time.PAIR);
            theory = new org.feynet.rules.ActionDeclaration("net",
                    "sw*w[t1,t2]*zt[t1]*zt[t2] + sw*wt[t1,t2]*(h[t1]*h[t2] - 2/3*h[t1]*h[t2]^3)",
                    java.util.List.of(h, zt, w, wt), java.util.List.of(new org.feynet.rules.PropagatorRule(h, h, false, true),
                    new org.feynet.rules.PropagatorRule(h, zt, true, true), new org.feynet.rules.PropagatorRule(w, wt, false)),
                    null, java.util.Map.of()).theory();
            legs = java.util.List.of(0, 0);
        }
        String tex = compile(new Notation("G", amputate, momentum, null),
                new ExpansionRequest(theory, 2, 0, 2, -1, Filters.CONNECTED, legs));
        assertTrue(tex.contains(theory.propagators().size() > 3 ? "double" : "fermion"), "styled lines");
        // amputated, the bare propagator of order 0 is a Delta (in position space)
        assertEquals(amputate, tex.contains("\\delta("), "Delta factors exactly when amputated");
        assertEquals(momentum, tex.contains("P_{h\\,"), "response functions in frequency space");
    }

    /**
     * The deep feed-forward network at σ_w⁶ (examples/deep-feed-forward-network.json): each drawing's
     * caption gives its order in 1/N and its group, eleven cacti and four mushrooms, and the document
     * compiles.
     */
    @Test
    void networkDrawingsNameTheirGroup() throws IOException, InterruptedException {
        requirePdflatex();
        org.feynet.rules.Field h = new org.feynet.rules.Field("h", org.feynet.rules.Field.NEURON_INDEX);
        org.feynet.rules.Field zt = new org.feynet.rules.Field("zt", org.feynet.rules.Field.NEURON_INDEX);
        org.feynet.rules.Field w = org.feynet.rules.Field.scalar("w");
        org.feynet.rules.Field wt = org.feynet.rules.Field.scalar("wt");
        org.feynet.rules.Theory theory = new org.feynet.rules.ActionDeclaration("deep", "sw*w*zt^2 + sw*wt*(h^2 - 2/3*h^4)",
                java.util.List.of(h, zt, w, wt), java.util.List.of(new org.feynet.rules.PropagatorRule(h, h, false, true),
                new org.feynet.rules.PropagatorRule(h, zt, true, true), new org.feynet.rules.PropagatorRule(w, wt, false, true)),
                null, java.util.Map.of("sw", org.apache.commons.numbers.fraction.BigFraction.of(-1, 2))).theory();
        String tex = compile(new Notation("G", false, false, null),
                new ExpansionRequest(theory, 2, 6, 6, -1, Filters.CONNECTED, java.util.List.of(0, 0)));
        assertEquals(11, count(tex, "\\(O(1)\\), cactus"), tex);
        assertEquals(4, count(tex, "\\(O(1/N)\\), mushroom"), tex);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** Writes the request's LaTeX document, compiles it with pdflatex, and returns its text. */
    private String compile(Notation notation, ExpansionRequest request) throws IOException, InterruptedException {
        StringWriter tex = new StringWriter();
        LatexExporter exporter = new LatexExporter(tex, notation, false);
        exporter.begin(request);
        var orders = DiagramExpansion.stream(request, d -> {
            try {
                exporter.diagram(d);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, ProgressListener.NONE);
        exporter.end(orders);
        Files.writeString(dir.resolve("d.tex"), tex.toString(), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "d.tex")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "pdflatex finished");
        assertEquals(0, p.exitValue(), () -> "pdflatex failed:\n" + log.lines().filter(l -> l.startsWith("!"))
                .findFirst().orElse(log));
        assertTrue(Files.size(dir.resolve("d.pdf")) > 1000, "a PDF was written");
        assertTrue(!log.contains("\n! "), "no LaTeX error in the log");
        return tex.toString();
    }

    /** Skips where TeX is not installed, except on CI, whose .ci/run installs it. */
    private static void requirePdflatex() {
        boolean haveTex = isOnPath("pdflatex");
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(haveTex, "CI must install pdflatex (texlive-latex-base, texlive-pictures)");
        }
        assumeTrue(haveTex, "pdflatex is not installed");
    }

    private static boolean isOnPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
