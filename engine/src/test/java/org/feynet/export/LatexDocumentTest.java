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
        boolean haveTex = isOnPath("pdflatex");
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(haveTex, "CI must install pdflatex (texlive-latex-base, texlive-pictures)");
        }
        assumeTrue(haveTex, "pdflatex is not installed");
        StringWriter tex = new StringWriter();
        LatexExporter exporter = new LatexExporter(tex, new Notation(propagator, false, momentum, cutoff), false);
        ExpansionRequest request = ExpansionRequest.orders(BuiltinTheories.byName(theory), points, min, max,
                new Filters(full, onePI, false, false));
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
