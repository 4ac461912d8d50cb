package org.feynet.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.rules.Coefficient;
import org.feynet.rules.CouplingMonomial;
import org.feynet.symbolic.ExpansionComparison.Kind;
import org.feynet.symbolic.TermReader.RawTerm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading a person's formula into expanded terms. */
class TermReaderTest {

    private static final CouplingMonomial LAMBDA = CouplingMonomial.of("lambda");

    @Test
    void tadpoleIsOneTermWithAFreshDummy() {
        List<RawTerm> terms = TermReader.read("-lambda/2*Int[G[x1,z]*G[z,z]*G[z,x2], z]", "G");
        assertEquals(1, terms.size());
        RawTerm t = terms.get(0);
        assertEquals(new Coefficient(BigFraction.of(-1, 2), LAMBDA), t.coefficient());
        assertEquals(1, t.integrated().size());
        String y = t.integrated().get(0);
        assertEquals(List.of(new DiagramTerm.Factor("G", "x1", y, 1), new DiagramTerm.Factor("G", y, y, 1),
                new DiagramTerm.Factor("G", y, "x2", 1)), t.factors());
    }

    /** A bilocal propagator joins two pairs of points; its four points are renamed with the integrals. */
    @Test
    void bilocalPropagatorsTakeTwoPairs() {
        Set<String> heads = Set.of("Gh", "GwWt");
        List<RawTerm> terms = TermReader.read("sw^2*Int[GwWt[u,v,x1,x2]*Gh[u,v], u, v]", "Gh", heads, Set.of("GwWt"));
        assertEquals(1, terms.size());
        List<String> y = terms.get(0).integrated();
        assertEquals(new DiagramTerm.Factor("GwWt", y.get(0), y.get(1), 1, List.of("x1", "x2")),
                terms.get(0).factors().get(0));
        assertEquals(List.of(y.get(0), y.get(1), "x1", "x2"), terms.get(0).factors().get(0).points());
        assertTrue(assertThrows(TermReader.ReadException.class, () -> TermReader.read("GwWt[x1,x2]", "Gh", heads,
                Set.of("GwWt"))).getMessage().contains("two pairs of points"));
        // without the bilocal declaration, four points are an error as before
        assertThrows(TermReader.ReadException.class, () -> TermReader.read("GwWt[a,b,c,d]", "Gh", heads));
    }

    @Test
    void productsOfSumsAreMultipliedOut() {
        List<RawTerm> terms = TermReader.read("(lambda + kappa)*(G[x1,x2] + 2*G[x1,x3]*G[x2,x4])", "G");
        assertEquals(4, terms.size());
        Set<String> seen = new HashSet<>();
        for (RawTerm t : terms) {
            seen.add(t.coefficient() + " " + t.factors().size());
        }
        assertEquals(Set.of("lambda 1", "kappa 1", "2*lambda 2", "2*kappa 2"), seen);
    }

    @Test
    void powersAndQuotientsOfCouplings() {
        RawTerm t = TermReader.read("(lambda/2)^2*kappa/3*G[x1,x2]", "G").get(0);
        assertEquals(new Coefficient(BigFraction.of(1, 12), LAMBDA.pow(2).times(CouplingMonomial.of("kappa"))),
                t.coefficient());
        RawTerm u = TermReader.read("G[x1,x2]^3", "G").get(0);
        assertEquals(3, u.factors().size());
    }

    @Test
    void integralsOverListsAndSeveralPoints() {
        for (String s : List.of("Int[G[x1,a]*G[a,b]^3*G[b,x2], {a,b}]", "Int[G[x1,a]*G[a,b]^3*G[b,x2], a, b]",
                "Int[Int[G[x1,a]*G[a,b]^3*G[b,x2], a], b]")) {
            RawTerm t = TermReader.read(s, "G").get(0);
            assertEquals(2, t.integrated().size(), s);
            assertEquals(2, new HashSet<>(t.integrated()).size(), s);
            assertTrue(!t.integrated().contains("a") && !t.integrated().contains("b"), "dummies are renamed: " + s);
        }
    }

    @Test
    void theSameDummyInTwoIntegralsGivesTwoPoints() {
        RawTerm t = TermReader.read("Int[G[x1,y]*G[y,x2],y]*Int[G[x3,y]*G[y,x4],y]", "G").get(0);
        assertEquals(2, new HashSet<>(t.integrated()).size());
    }

    /**
     * A power of an integral is a product of integrals, each with its own point: (∫ f(y) dy)^2 =
     * ∫∫ f(y) f(z). E.g. the disconnected vacuum piece G[x1,x2]*Int[G[y,y]^2,y]^2.
     */
    @Test
    void powerOfAnIntegralGivesDistinctPoints() {
        RawTerm t = TermReader.read("G[x1,x2]*Int[G[y,y]^2,y]^2", "G").get(0);
        assertEquals(2, t.integrated().size());
        assertNotEquals(t.integrated().get(0), t.integrated().get(1),
                "both copies of the integral got the dummy " + t.integrated());
    }

    @Test
    void powerOfAnIntegralComparesLikeTheWrittenOutProduct() {
        // phi4 2-point order 2 with G[x1,x2] times two figure-eight vacuum bubbles: an extra term either way
        var engine = Expansions.diagrams("phi4", 2, 2, 2, Expansions.CONNECTED);
        var written = Expansions.compare("phi4", 2, engine, "lambda^2/128*G[x1,x2]*Int[G[y,y]^2,y]*Int[G[z,z]^2,z]");
        var squared = Expansions.compare("phi4", 2, engine, "lambda^2/128*G[x1,x2]*Int[G[y,y]^2,y]^2");
        assertEquals(1, written.differences().stream().filter(d -> d.kind() == Kind.EXTRA).count());
        assertEquals(written.differences().size(), squared.differences().size());
    }

    @Test
    void commentsAreIgnored() {
        List<RawTerm> terms = TermReader.read("(* header *)\nG[x1,x2] (* the free part *) + (* more\n lines *) lambda*G[x1,x2]", "G");
        assertEquals(2, terms.size());
    }

    @Test
    void otherPropagatorHead() {
        RawTerm t = TermReader.read("K[x2,x1]", "K").get(0);
        assertEquals(List.of(new DiagramTerm.Factor("K", "x2", "x1", 1)), t.factors());
        TermReader.ReadException e = assertThrows(TermReader.ReadException.class, () -> TermReader.read("G[x1,x2]", "K"));
        assertTrue(e.getMessage().contains("'G'"), e.getMessage());
    }

    @Test
    void syntaxErrorsGiveTheCharacterPosition() {
        // 21 characters, the closing brackets are missing: the error is at the end, character 22
        TermReader.ReadException e = assertThrows(TermReader.ReadException.class,
                () -> TermReader.read("lambda^2/4*Int[G[x1,y", "G"));
        assertTrue(e.getMessage().contains("character"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "0.5*G[x1,x2]", "G[x1,x2]^k", "1/G[x1,x2]", "G[x1]", "G[x1,x2,x3]", "G[1,x2]",
            "Sin[x1]*G[x1,x2]", "Int[G[x1,x2]]", "Int[G[x1,y]*G[y,x2], 2]", "G[x1,x2"})
    void unreadableInputIsRefused(String text) {
        TermReader.ReadException e = assertThrows(TermReader.ReadException.class, () -> TermReader.read(text, "G"));
        assertTrue(!e.getMessage().isBlank());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void amputatedDeltaTermsAreRefusedByTheComparison() {
        var engine = Expansions.diagrams("phi4", 2, 1, 1, Expansions.CONNECTED);
        assertThrows(TermReader.ReadException.class,
                () -> Expansions.compare("phi4", 2, engine, "-lambda/2*G[x1,x1]*Delta[x1,x2]"));
    }

    @Test
    void zeroIsTheEmptySum() {
        // nothing written: every engine diagram is missing, nothing is unreadable
        var engine = Expansions.diagrams("phi4", 2, 1, 1, Expansions.CONNECTED);
        var r = Expansions.compare("phi4", 2, engine, "0");
        assertEquals(0, r.matched());
        assertEquals(1, r.differences().size());
        assertEquals(Kind.MISSING, r.differences().get(0).kind());
    }
}
