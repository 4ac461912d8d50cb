package org.feynet.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.export.SymjaExporter;
import org.feynet.fixtures.BruteForceCanonicalKey;
import org.feynet.graph.Diagram;
import org.feynet.graph.DiagramExpansion;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.ProgressListener;
import org.feynet.rules.Theory;
import org.feynet.symbolic.ExpansionComparison.Difference;
import org.feynet.symbolic.ExpansionComparison.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.matheclipse.parser.client.Parser;
import org.matheclipse.parser.client.ast.ASTNode;

/**
 * The engine's own terms, written out and read back, are recognised diagram by diagram; one changed
 * coefficient is reported as exactly one wrong coefficient, of that diagram. Every exported term is
 * valid Symja input for Symja's own (light) parser.
 */
class RoundTripTest {

    record Case(String theory, int points, int minOrder, int maxOrder, String filter) {
        List<Diagram> diagrams() {
            return Expansions.diagrams(theory, points, minOrder, maxOrder, Expansions.filters(filter));
        }

        ExpansionRequest request() {
            return ExpansionRequest.orders(Expansions.theory(theory), points, minOrder, maxOrder, Expansions.filters(filter));
        }

        @Override
        public String toString() {
            return theory + " " + points + "-point order " + minOrder + (maxOrder == minOrder ? "" : ".." + maxOrder)
                    + " " + filter;
        }
    }

    /** Every case of the brief: each order alone and the whole range at once, for every diagram set. */
    static List<Case> allCases() {
        List<Case> cases = new ArrayList<>();
        Object[][] spans = {{"phi4", 2, 4}, {"phi4", 4, 3}, {"phi3", 2, 4}, {"phi4+phi6", 2, 2}};
        for (Object[] s : spans) {
            for (String filter : List.of("connected", "full", "1pi")) {
                int max = (Integer) s[2];
                for (int k = 0; k <= max; k++) {
                    cases.add(new Case((String) s[0], (Integer) s[1], k, k, filter));
                }
                cases.add(new Case((String) s[0], (Integer) s[1], 0, max, filter));
            }
        }
        return cases;
    }

    static Stream<Arguments> nonEmptyCases() {
        return allCases().stream().filter(c -> !c.diagrams().isEmpty()).map(Arguments::of);
    }

    static Stream<Arguments> emptyCases() {
        return allCases().stream().filter(c -> c.diagrams().isEmpty()).map(Arguments::of);
    }

    static String exported(Case c, Notation notation) {
        StringWriter w = new StringWriter();
        SymjaExporter e = new SymjaExporter(w, notation);
        try {
            ExpansionRequest request = c.request();
            e.begin(request);
            var orders = DiagramExpansion.stream(request, d -> {
                try {
                    e.diagram(d);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            }, ProgressListener.NONE);
            e.end(orders);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return w.toString();
    }

    private static List<DiagramTerm> terms(List<Diagram> diagrams) {
        return diagrams.stream().map(d -> DiagramTerm.of(d, Notation.DEFAULT)).toList();
    }

    @Test
    void theCasesCoverSomethingAndSomeAreEmpty() {
        // phi3 has no 2-point diagram at odd order (2 + 3k half-edges must be even)
        assertTrue(nonEmptyCases().count() > 40);
        assertTrue(emptyCases().anyMatch(a -> a.get()[0].toString().equals("phi3 2-point order 1 connected")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonEmptyCases")
    void sumReadsBackAsAMatch(Case c) {
        List<Diagram> engine = c.diagrams();
        String text = DiagramTerm.sum(terms(engine));
        ExpansionComparison.Result r = Expansions.compare(c.theory(), c.points(), engine, text);
        assertEquals(List.of(), r.differences());
        assertEquals(engine.size(), r.matched());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonEmptyCases")
    void exporterOutputReadsBackAsAMatch(Case c) {
        List<Diagram> engine = c.diagrams();
        String text = exported(c, Notation.DEFAULT);
        assertTrue(text.startsWith("(*"), text);
        ExpansionComparison.Result r = Expansions.compare(c.theory(), c.points(), engine, text);
        assertEquals(List.of(), r.differences());
        assertEquals(engine.size(), r.matched());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonEmptyCases")
    void kernelNotationReadsBackWithItsHead(Case c) {
        List<Diagram> engine = c.diagrams();
        Notation k = new Notation("K", false);
        String text = exported(c, k);
        ExpansionComparison.Result r = ExpansionComparison.compare(Expansions.theory(c.theory()), c.points(), engine,
                TermReader.read(text, "K"), k);
        assertEquals(List.of(), r.differences());
        assertEquals(engine.size(), r.matched());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonEmptyCases")
    void oneChangedCoefficientIsOneWrongCoefficient(Case c) {
        List<Diagram> engine = c.diagrams();
        List<DiagramTerm> terms = terms(engine);
        // every diagram of small expansions, a spread of them in large ones
        int step = Math.max(1, engine.size() / 12);
        for (int i = 0; i < engine.size(); i += step) {
            List<DiagramTerm> changed = new ArrayList<>(terms);
            DiagramTerm t = terms.get(i);
            DiagramTerm wrong = new DiagramTerm(t.coefficient().times(BigFraction.of(3, 2)), t.factors(), t.integrated());
            changed.set(i, wrong);
            ExpansionComparison.Result r = Expansions.compare(c.theory(), c.points(), engine, DiagramTerm.sum(changed));
            assertEquals(engine.size() - 1, r.matched(), "changed #" + i);
            assertEquals(1, r.differences().size(), "changed #" + i);
            Difference d = r.differences().get(0);
            assertEquals(Kind.WRONG_COEFFICIENT, d.kind());
            assertSame(engine.get(i), d.engine());
            assertEquals(wrong.coefficient(), ((DiagramTerm) d.yourTerm()).coefficient());
            assertEquals(t, d.engineTerm());
            assertEquals(engine.get(i).picture(), d.picture());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonEmptyCases")
    void oneDroppedTermIsOneMissingDiagram(Case c) {
        List<Diagram> engine = c.diagrams();
        if (engine.size() < 2) {
            return;
        }
        int i = engine.size() / 2;
        List<DiagramTerm> rest = new ArrayList<>(terms(engine));
        rest.remove(i);
        ExpansionComparison.Result r = Expansions.compare(c.theory(), c.points(), engine, DiagramTerm.sum(rest));
        assertEquals(engine.size() - 1, r.matched());
        assertEquals(1, r.differences().size());
        assertEquals(Kind.MISSING, r.differences().get(0).kind());
        assertSame(engine.get(i), r.differences().get(0).engine());
        assertNull(r.differences().get(0).yourTerm());
    }

    /**
     * The term's graph, rebuilt from its factors without the engine's canonical form, is the diagram:
     * same brute-force canonical key, and the coefficient is the weight; distinct diagrams have
     * distinct terms.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("nonEmptyCases")
    void termIsTheDiagram(Case c) {
        Theory theory = Expansions.theory(c.theory());
        Set<String> texts = new HashSet<>();
        for (Diagram d : c.diagrams()) {
            DiagramTerm t = DiagramTerm.of(d, Notation.DEFAULT);
            assertEquals(d.weight(), t.coefficient());
            assertTrue(texts.add(t.symja()), "two diagrams with the term " + t.symja());
            Map<String, Integer> index = new HashMap<>();
            for (int x = 0; x < d.points(); x++) {
                index.put("x" + (x + 1), x);
            }
            for (int k = 0; k < t.integrated().size(); k++) {
                assertEquals("y" + (k + 1), t.integrated().get(k), "canonical dummy names y1, y2, …");
                index.put(t.integrated().get(k), d.points() + k);
            }
            int size = d.points() + t.integrated().size();
            assertEquals(d.size(), size, "every internal point is integrated");
            int[][] a = new int[size][size];
            for (DiagramTerm.Factor f : t.factors()) {
                assertEquals("G", f.head());
                assertTrue(f.power() >= 1);
                int i = index.get(f.a());
                int j = index.get(f.b());
                assertTrue(DiagramTerm.comparePoints(f.a(), f.b()) <= 0, "arguments sorted: " + t.symja());
                a[i][j] += f.power();
                if (i != j) {
                    a[j][i] += f.power();
                }
            }
            int[] types = new int[size - d.points()];
            for (int p = d.points(); p < size; p++) {
                int degree = 0;
                for (int q = 0; q < size; q++) {
                    degree += q == p ? 2 * a[p][p] : a[p][q];
                }
                int valence = degree;
                types[p - d.points()] = java.util.stream.IntStream.range(0, theory.vertices().size())
                        .filter(v -> theory.vertices().get(v).valence() == valence).findFirst().orElseThrow();
            }
            int[] engineTypes = d.vertexTypes().stream().mapToInt(Integer::intValue).toArray();
            assertEquals(BruteForceCanonicalKey.of(d.points(), engineTypes, d.adjacency()),
                    BruteForceCanonicalKey.of(d.points(), types, a), t.symja());
        }
    }

    /** Every exported term and every exported file is valid input for Symja's parser (strict syntax). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("nonEmptyCases")
    void symjaParsesEveryExportedExpression(Case c) {
        for (Diagram d : c.diagrams()) {
            for (Notation n : List.of(Notation.DEFAULT, new Notation("K", false), new Notation("G", true))) {
                String s = DiagramTerm.of(d, n).symja();
                ASTNode tree = new Parser(false).parse(s);
                assertNotNull(tree, s);
                assertFalse(tree.toString().isEmpty());
                if (!n.amputate() && d.order() > 0) {
                    assertTrue(tree.toString().contains("Int("), "integrals survive parsing: " + tree);
                }
            }
        }
        ASTNode file = new Parser(false).parse(exported(c, Notation.DEFAULT));
        assertNotNull(file);
        if (c.diagrams().size() > 1) {
            assertTrue(file.toString().startsWith("Plus("), "the file is one sum: " + file.toString().substring(0, 20));
        }
        assertNotNull(new Parser(false).parse(DiagramTerm.sum(terms(c.diagrams()))));
    }

    /**
     * An empty expansion (phi3 2-point, odd order) is exported as {@code 0}; reading that back must give
     * a match with no diagrams, not an error.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("emptyCases")
    void emptyExpansionReadsBackAsAMatch(Case c) {
        String text = exported(c, Notation.DEFAULT);
        assertTrue(text.strip().endsWith("0"), text);
        ExpansionComparison.Result r = Expansions.compare(c.theory(), c.points(), List.of(), text);
        assertTrue(r.matches(), r.toString());
        assertEquals(0, r.matched());
    }
}
