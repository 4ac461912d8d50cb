package org.feynet.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.graph.Diagram;
import org.feynet.graph.Propagator;
import org.feynet.rules.Coefficient;
import org.feynet.rules.CouplingMonomial;
import org.junit.jupiter.api.Test;

/**
 * The term of a diagram, worked out by hand from the conventions (DESIGN.md) and the notation of
 * {@link DiagramTerm} / {@link Notation}.
 *
 * <p>phi4 = lambda/4! phi^4, so the vertex factor is -c·n! = -(lambda/24)·24 = -lambda.
 * <ul>
 * <li>Tadpole (x1 and x2 on one vertex v1 carrying a self-loop): automorphisms fixing x1, x2 are
 *     only the flip of the self-loop, S = 2, weight = -lambda/2. The only internal point is y1; the
 *     propagators in the order x1…, y1…: G[x1,y1], G[x2,y1], G[y1,y1]; one integral over y1:
 *     {@code -lambda/2*Int[G[x1,y1]*G[x2,y1]*G[y1,y1], y1]}.</li>
 * <li>Sunset (x1-v1, x2-v2, three lines v1-v2): the 3! permutations of the triple line, S = 6,
 *     weight (-lambda)^2/6 = lambda^2/6; with y1 the vertex of x1 (canonical numbering starts at the
 *     external points), G[x1,y1]*G[x2,y2]*G[y1,y2]^3 (multiple line as a power), integrals nested
 *     with y1 outermost: {@code lambda^2/6*Int[Int[…, y2], y1]}.</li>
 * </ul>
 */
class DiagramTermTest {

    private static final CouplingMonomial LAMBDA = CouplingMonomial.of("lambda");

    private static Coefficient c(long num, long den, int lambdaPower) {
        return new Coefficient(BigFraction.of(num, den), LAMBDA.pow(lambdaPower));
    }

    /** The tadpole, built by hand: x1=0, x2=1, v1=2. */
    static Diagram tadpole() {
        return new Diagram(1, LAMBDA, 2, List.of(0),
                List.of(new Propagator(0, 2), new Propagator(1, 2), new Propagator(2, 2)), 1, 2, c(-1, 2, 1));
    }

    /** The sunset, built by hand: x1=0, x2=1, v1=2, v2=3. */
    static Diagram sunset() {
        return new Diagram(2, LAMBDA.pow(2), 2, List.of(0, 0),
                List.of(new Propagator(0, 2), new Propagator(1, 3), new Propagator(2, 3), new Propagator(2, 3),
                        new Propagator(2, 3)), 2, 6, c(1, 6, 2));
    }

    /** The s-channel 4-point bubble: x1, x2 on v1=4, x3, x4 on v2=5, two lines v1-v2; S = 2, weight lambda^2/2. */
    static Diagram sBubble() {
        return new Diagram(2, LAMBDA.pow(2), 4, List.of(0, 0),
                List.of(new Propagator(0, 4), new Propagator(1, 4), new Propagator(2, 5), new Propagator(3, 5),
                        new Propagator(4, 5), new Propagator(4, 5)), 1, 2, c(1, 2, 2));
    }

    @Test
    void tadpoleByHand() {
        assertEquals("-lambda/2*Int[G[x1,y1]*G[x2,y1]*G[y1,y1], y1]", DiagramTerm.of(tadpole(), Notation.DEFAULT).symja());
    }

    @Test
    void sunsetByHand() {
        assertEquals("lambda^2/6*Int[Int[G[x1,y1]*G[x2,y2]*G[y1,y2]^3, y2], y1]",
                DiagramTerm.of(sunset(), Notation.DEFAULT).symja());
    }

    @Test
    void generatedTadpoleHasTheHandWorkedTerm() {
        List<Diagram> order1 = Expansions.diagrams("phi4", 2, 1, 1, Expansions.CONNECTED);
        assertEquals(1, order1.size(), "phi4 2-point order 1 has the tadpole only");
        assertEquals("-lambda/2*Int[G[x1,y1]*G[x2,y1]*G[y1,y1], y1]", DiagramTerm.of(order1.get(0), Notation.DEFAULT).symja());
    }

    @Test
    void generatedSunsetHasTheHandWorkedTerm() {
        List<Diagram> sunsets = Expansions.diagrams("phi4", 2, 2, 2, Expansions.CONNECTED).stream()
                .filter(d -> d.adjacency()[2][3] == 3 || d.adjacency()[3][2] == 3).toList();
        assertEquals(1, sunsets.size());
        assertEquals("lambda^2/6*Int[Int[G[x1,y1]*G[x2,y2]*G[y1,y2]^3, y2], y1]",
                DiagramTerm.of(sunsets.get(0), Notation.DEFAULT).symja());
    }

    @Test
    void kernelNotationChangesOnlyTheHead() {
        Notation k = new Notation("K", false);
        assertEquals("-lambda/2*Int[K[x1,y1]*K[x2,y1]*K[y1,y1], y1]", DiagramTerm.of(tadpole(), k).symja());
        assertEquals("lambda^2/6*Int[Int[K[x1,y1]*K[x2,y2]*K[y1,y2]^3, y2], y1]", DiagramTerm.of(sunset(), k).symja());
        DiagramTerm t = DiagramTerm.of(sunset(), k);
        assertTrue(t.factors().stream().allMatch(f -> f.head().equals("K")));
        assertEquals(c(1, 6, 2), t.coefficient());
        assertEquals(List.of("y1", "y2"), t.integrated());
    }

    @Test
    void latexOfTheTadpole() {
        String latex = DiagramTerm.of(tadpole(), Notation.DEFAULT).latex();
        assertTrue(latex.startsWith("-"), latex);
        assertTrue(latex.contains("\\frac{\\lambda}{2}"), latex);
        assertTrue(latex.contains("\\int d^dy_{1}"), latex);
        assertTrue(latex.contains("G(x_{1},y_{1})"), latex);
        assertTrue(latex.contains("G(x_{2},y_{1})"), latex);
        assertTrue(latex.contains("G(y_{1},y_{1})"), latex);
        // nothing of Symja's TeXForm style
        assertTrue(!latex.contains("\\cdot") && !latex.contains("G(x1"), latex);
    }

    @Test
    void latexOfTheSunset() {
        String latex = DiagramTerm.of(sunset(), Notation.DEFAULT).latex();
        assertTrue(latex.contains("\\frac{\\lambda^{2}}{6}"), latex);
        assertTrue(latex.contains("\\int d^dy_{1}") && latex.contains("\\int d^dy_{2}"), latex);
        assertTrue(latex.contains("G(y_{1},y_{2})^{3}"), latex);
        assertTrue(!latex.startsWith("-"), latex);
    }

    @Test
    void latexWithKernelHead() {
        String latex = DiagramTerm.of(tadpole(), new Notation("K", false)).latex();
        assertTrue(latex.contains("K(x_{1},y_{1})"), latex);
        assertTrue(!latex.contains("G("), latex);
    }

    /*
     * Amputation (Notation's Javadoc): the internal point a leg xi is attached to is called xi and
     * not integrated; when several legs meet at one point it takes the smallest name and a factor
     * Delta[xi,xj] joins the others to it; the external legs themselves are dropped.
     */

    @Test
    void amputatedTadpole() {
        // v1 carries x1 and x2: v1 -> x1, Delta[x1,x2]; the self-loop v1-v1 -> G[x1,x1]; nothing integrated.
        Notation amputated = new Notation("G", true);
        DiagramTerm t = DiagramTerm.of(tadpole(), amputated);
        assertEquals("-lambda/2*G[x1,x1]*Delta[x1,x2]", t.symja());
        assertEquals(List.of(), t.integrated());
        assertTrue(t.latex().contains("\\delta(x_{1},x_{2})"), t.latex());
    }

    @Test
    void amputatedSunsetAndBubble() {
        Notation amputated = new Notation("G", true);
        // v1 -> x1, v2 -> x2, three lines between them
        assertEquals("lambda^2/6*G[x1,x2]^3", DiagramTerm.of(sunset(), amputated).symja());
        // v1 -> x1 (x2 joined by Delta), v2 -> x3 (x4 joined by Delta), two lines v1-v2
        assertEquals("lambda^2/2*G[x1,x3]^2*Delta[x1,x2]*Delta[x3,x4]", DiagramTerm.of(sBubble(), amputated).symja());
        assertEquals("lambda^2/2*Int[Int[G[x1,y1]*G[x2,y1]*G[x3,y2]*G[x4,y2]*G[y1,y2]^2, y2], y1]",
                DiagramTerm.of(sBubble(), Notation.DEFAULT).symja());
    }

    @Test
    void amputatedGeneratedFourPointBubbles() {
        // the three one-loop 1PI bubbles, each S = 2: s (x1x2|x3x4), t (x1x3|x2x4), u (x1x4|x2x3)
        Set<String> expected = Set.of(
                "lambda^2/2*G[x1,x3]^2*Delta[x1,x2]*Delta[x3,x4]",
                "lambda^2/2*G[x1,x2]^2*Delta[x1,x3]*Delta[x2,x4]",
                "lambda^2/2*G[x1,x2]^2*Delta[x1,x4]*Delta[x2,x3]");
        Set<String> actual = Expansions.diagrams("phi4", 4, 2, 2, Expansions.ONE_PI).stream()
                .map(d -> DiagramTerm.of(d, new Notation("G", true)).symja()).collect(Collectors.toSet());
        assertEquals(expected, actual);
    }

    @Test
    void amputatedGeneratedTwoPointOrderTwo() {
        // cactus: x1, x2 on v1 (-> x1, Delta[x1,x2]), v1-v2^2, v2-v2; v2 stays internal (y1); S = 2·2
        // double tadpole: x1 on v1 (-> x1), x2 on v2 (-> x2), self-loops on both, v1-v2; S = 2·2
        // sunset: S = 6
        Set<String> expected = Set.of(
                "lambda^2/4*Int[G[x1,y1]^2*G[y1,y1]*Delta[x1,x2], y1]",
                "lambda^2/4*G[x1,x1]*G[x1,x2]*G[x2,x2]",
                "lambda^2/6*G[x1,x2]^3");
        Set<String> actual = Expansions.diagrams("phi4", 2, 2, 2, Expansions.CONNECTED).stream()
                .map(d -> DiagramTerm.of(d, new Notation("G", true)).symja()).collect(Collectors.toSet());
        assertEquals(expected, actual);
    }

    @Test
    void amputatedTreeAndBarePropagator() {
        Notation amputated = new Notation("G", true);
        // order 1, 4 points: all legs on v1 -> x1, the others joined by Delta; vertex factor -lambda, S = 1
        Set<String> tree = Expansions.diagrams("phi4", 4, 1, 1, Expansions.CONNECTED).stream()
                .map(d -> DiagramTerm.of(d, amputated).symja()).collect(Collectors.toSet());
        assertEquals(Set.of("-lambda*Delta[x1,x2]*Delta[x1,x3]*Delta[x1,x4]"), tree);
        // order 0, 2 points: two legs joined directly are a Delta themselves
        Set<String> bare = Expansions.diagrams("phi4", 2, 0, 0, Expansions.CONNECTED).stream()
                .map(d -> DiagramTerm.of(d, amputated).symja()).collect(Collectors.toSet());
        assertEquals(Set.of("Delta[x1,x2]"), bare);
        Set<String> bareUnamputated = Expansions.diagrams("phi4", 2, 0, 0, Expansions.CONNECTED).stream()
                .map(d -> DiagramTerm.of(d, Notation.DEFAULT).symja()).collect(Collectors.toSet());
        assertEquals(Set.of("G[x1,x2]"), bareUnamputated);
    }

    @Test
    void sumJoinsTermsWithTheirSigns() {
        DiagramTerm tad = DiagramTerm.of(tadpole(), Notation.DEFAULT);
        DiagramTerm sun = DiagramTerm.of(sunset(), Notation.DEFAULT);
        assertEquals("lambda^2/6*Int[Int[G[x1,y1]*G[x2,y2]*G[y1,y2]^3, y2], y1] - lambda/2*Int[G[x1,y1]*G[x2,y1]*G[y1,y1], y1]",
                DiagramTerm.sum(List.of(sun, tad)));
        assertEquals("0", DiagramTerm.sum(List.of()));
    }

    /** Javadoc of DiagramTerm: propagators are written with their points sorted (x before y, numerically). */
    @Test
    void argumentsAreSortedInEveryNotation() {
        List<Diagram> all = new java.util.ArrayList<>();
        all.addAll(Expansions.diagrams("phi4", 2, 0, 3, Expansions.CONNECTED));
        all.addAll(Expansions.diagrams("phi4", 4, 0, 3, Expansions.FULL));
        all.addAll(Expansions.diagrams("phi4", 6, 1, 2, Expansions.CONNECTED));
        all.addAll(Expansions.diagrams("phi3", 4, 2, 4, Expansions.ONE_PI));
        for (Diagram d : all) {
            for (Notation n : List.of(Notation.DEFAULT, new Notation("G", true))) {
                DiagramTerm t = DiagramTerm.of(d, n);
                for (DiagramTerm.Factor f : t.factors()) {
                    assertTrue(DiagramTerm.comparePoints(f.a(), f.b()) <= 0, t.symja());
                }
            }
        }
    }
}
