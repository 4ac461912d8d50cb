package org.feynet.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.graph.Diagram;
import org.feynet.rules.Coefficient;
import org.feynet.rules.CouplingMonomial;
import org.feynet.symbolic.ExpansionComparison.Difference;
import org.feynet.symbolic.ExpansionComparison.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same diagram written with other dummy names, G arguments swapped, factors reordered, integrals
 * nested differently or split into several terms is recognised as that diagram.
 *
 * <p>phi4 2-point, order 2 (vertex factor -lambda each, so the numerators are lambda^2), worked out by hand:
 * <ul>
 * <li>cactus: x1, x2 on v1, double line v1-v2, self-loop on v2: S = 2!·2 = 4, lambda^2/4;</li>
 * <li>double tadpole: x1-v1, v1-v2, v2-x2, self-loops on v1 and v2: S = 2·2 = 4, lambda^2/4;</li>
 * <li>sunset: x1-v1, triple line v1-v2, v2-x2: S = 3! = 6, lambda^2/6.</li>
 * </ul>
 */
class CanonicalDummiesTest {

    static final String CACTUS = "lambda^2/4*Int[Int[G[x1,y1]*G[x2,y1]*G[y1,y2]^2*G[y2,y2], y2], y1]";
    static final String DOUBLE_TADPOLE = "lambda^2/4*Int[Int[G[x1,y1]*G[y1,y1]*G[y1,y2]*G[y2,y2]*G[y2,x2], y2], y1]";
    static final String SUNSET = "lambda^2/6*Int[Int[G[x1,y1]*G[x2,y2]*G[y1,y2]^3, y2], y1]";

    private static List<Diagram> order2() {
        return Expansions.diagrams("phi4", 2, 2, 2, Expansions.CONNECTED);
    }

    private static void assertFullMatch(String text) {
        List<Diagram> engine = order2();
        assertEquals(3, engine.size());
        ExpansionComparison.Result r = Expansions.compare("phi4", 2, engine, text);
        assertEquals(List.of(), r.differences(), text);
        assertEquals(3, r.matched());
        assertTrue(r.matches());
    }

    @Test
    void canonicalSpellingMatches() {
        assertFullMatch(CACTUS + " + " + DOUBLE_TADPOLE + " + " + SUNSET);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // other dummy names, swapped arguments, outer integral over the other point
        "lambda^2/6*Int[Int[G[a,x1]*G[b,a]^3*G[x2,b], a], b]",
        // integral over a list
        "lambda^2/6*Int[G[q,p]^3*G[x2,q]*G[p,x1], {p,q}]",
        // integral with several points; the triple line as three separate factors; x2 on the first dummy
        "lambda^2/6*Int[G[x2,u]*G[u,w]*G[w,u]*G[u,w]*G[w,x1], u, w]",
        // the y names of the engine, swapped
        "1/6*lambda^2*Int[Int[G[x1,y2]*G[x2,y1]*G[y2,y1]^3, y1], y2]",
        // a nested integral inside the integrand
        "lambda^2/6*Int[G[x1,z]*Int[G[z,t]^3*G[t,x2], t], z]",
        // coefficient written differently
        "lambda*lambda/6*Int[Int[G[x1,y]*G[y,z]^3*G[z,x2], z], y]",
        "lambda^2*Int[Int[G[x1,y]*G[y,z]^3*G[z,x2], z], y]/6",
        "(lambda/6)*lambda*Int[Int[G[x1,y]*G[y,z]^3*G[z,x2], z], y]",
        // two halves with different names
        "lambda^2/12*Int[Int[G[x1,y1]*G[x2,y2]*G[y1,y2]^3, y2], y1] + lambda^2/12*Int[G[x2,p]*G[x1,q]*G[p,q]^3, {p,q}]",
        // a sum of coefficients times one integral
        "(lambda^2/12 + lambda^2/12)*Int[G[x1,a]*G[a,b]^3*G[b,x2], a, b]",
        // a sum inside the integrand, the two summands being the same diagram with the points swapped
        "lambda^2/6*Int[Int[G[x1,y]*G[y,z]^3*G[z,x2]/2 + G[x1,z]*G[z,y]^3*G[y,x2]/2, z], y]",
        // difference of two multiples: 1/3 - 1/6 = 1/6
        "lambda^2/3*Int[Int[G[x1,s]*G[s,t]^3*G[t,x2], t], s] - lambda^2/6*Int[G[t,x1]*G[s,t]^3*G[x2,s], {s,t}]",
        // a comment
        "(* the sunset *) lambda^2/6*Int[Int[G[x1,m]*G[m,n]^3*G[n,x2], n], m]"})
    void sunsetSpellings(String sunset) {
        assertFullMatch(CACTUS + " + " + DOUBLE_TADPOLE + " + " + sunset);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "lambda^2/4*Int[G[y,x1]*G[x2,y]*G[z,y]^2*G[z,z], {z,y}]",
        "lambda^2/4*Int[Int[G[z,z]*G[y,z]*G[z,y]*G[x2,y]*G[y,x1], y], z]",
        "lambda^2/8*Int[Int[G[x1,a]*G[a,x2]*G[a,b]*G[b,a]*G[b,b],a],b] + lambda^2/8*Int[G[x1,c]*G[x2,c]*G[c,d]^2*G[d,d], c, d]"})
    void cactusSpellings(String cactus) {
        assertFullMatch(cactus + " + " + DOUBLE_TADPOLE + " + " + SUNSET);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "lambda^2/4*Int[Int[G[x2,s]*G[s,s]*G[s,r]*G[r,r]*G[r,x1], s], r]",
        // the two tadpole vertices (-lambda/2 each): (-lambda/2)^2 = lambda^2/4
        "(-lambda/2)^2*Int[G[x1,u]*G[u,u]*G[u,v]*G[v,v]*G[v,x2], u, v]",
        "lambda^2/4*Int[G[v,v]*G[x2,v]*G[u,u]*G[v,u]*G[u,x1], {v,u}]"})
    void doubleTadpoleSpellings(String doubleTadpole) {
        assertFullMatch(SUNSET + " + " + doubleTadpole + " + " + CACTUS);
    }

    @Test
    void sameDummyInTwoIntegralsOfOneTermAreTwoPoints() {
        // 4-point, --full, order 2: tadpole on (x1,x2) times tadpole on (x3,x4), (-lambda/2)^2 = lambda^2/4
        List<Diagram> engine = Expansions.diagrams("phi4", 4, 2, 2, Expansions.FULL);
        for (String text : List.of(
                "lambda^2/4*Int[G[x1,y]*G[y,y]*G[y,x2],y]*Int[G[x3,y]*G[y,y]*G[y,x4],y]",
                "lambda^2/4*Int[G[x1,y]*G[y,y]*G[y,x2],y]*Int[G[x3,z]*G[z,z]*G[z,x4],z]",
                "(-lambda/2*Int[G[x1,y]*G[y,y]*G[y,x2],y])*(-lambda/2*Int[G[x4,y]*G[y,y]*G[y,x3],y])")) {
            ExpansionComparison.Result r = Expansions.compare("phi4", 4, engine, text);
            assertEquals(1, r.matched(), text);
            assertTrue(r.differences().stream().allMatch(d -> d.kind() == Kind.MISSING), text);
            assertEquals(engine.size() - 1, r.differences().size());
        }
    }

    @Test
    void halvesThatDoNotAddUpGiveTheirSum() {
        String sunset = "lambda^2/12*Int[Int[G[x1,y1]*G[x2,y2]*G[y1,y2]^3, y2], y1] + lambda^2/24*Int[G[x2,p]*G[x1,q]*G[p,q]^3, {p,q}]";
        ExpansionComparison.Result r = Expansions.compare("phi4", 2, order2(), CACTUS + " + " + DOUBLE_TADPOLE + " + " + sunset);
        assertEquals(2, r.matched());
        assertEquals(1, r.differences().size());
        Difference d = r.differences().get(0);
        assertEquals(Kind.WRONG_COEFFICIENT, d.kind());
        // 1/12 + 1/24 = 1/8
        assertEquals(new Coefficient(BigFraction.of(1, 8), CouplingMonomial.of("lambda").pow(2)), ((DiagramTerm) d.yourTerm()).coefficient());
        assertEquals(new Coefficient(BigFraction.of(1, 6), CouplingMonomial.of("lambda").pow(2)), d.engine().weight());
        assertEquals(6, d.engine().symmetryFactor());
    }

    @Test
    void twoSpellingsOfOneDiagramAreNotMistakenForAnother() {
        // the cactus written twice (renamed), the double tadpole left out: both have lambda^2/4 and the
        // same vertex degrees, so only a real graph comparison tells them apart
        String renamedCactus = "lambda^2/4*Int[G[y,x1]*G[x2,y]*G[z,y]^2*G[z,z], {z,y}]";
        ExpansionComparison.Result r = Expansions.compare("phi4", 2, order2(), CACTUS + " + " + renamedCactus + " + " + SUNSET);
        Map<Kind, List<Difference>> byKind = r.differences().stream().collect(Collectors.groupingBy(Difference::kind));
        assertEquals(1, r.matched());
        assertEquals(1, byKind.get(Kind.WRONG_COEFFICIENT).size());
        assertEquals(1, byKind.get(Kind.MISSING).size());
        assertNull(byKind.get(Kind.EXTRA));
        assertEquals(BigFraction.of(1, 2), ((DiagramTerm) byKind.get(Kind.WRONG_COEFFICIENT).get(0).yourTerm()).coefficient().rational());
        // the missing one is the double tadpole: two self-loops
        int[][] a = byKind.get(Kind.MISSING).get(0).engine().adjacency();
        assertEquals(1, a[2][2]);
        assertEquals(1, a[3][3]);
    }

    @Test
    void termsThatCancelAreNoExtraTerm() {
        String vacuumPiece = "lambda^2/16*G[x1,x2]*Int[G[a,a]*G[a,b]^2*G[b,b], a, b]";
        String cancelling = "-lambda^2/16*G[x2,x1]*Int[G[d,c]^2*G[c,c]*G[d,d], {c,d}]";
        assertFullMatch(CACTUS + " + " + DOUBLE_TADPOLE + " + " + SUNSET + " + " + vacuumPiece + " + " + cancelling);
    }
}
