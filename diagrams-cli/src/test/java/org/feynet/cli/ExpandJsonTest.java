package org.feynet.cli;

import org.feynet.fixtures.Oracles;

import org.apache.commons.numbers.fraction.BigFraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The shape of {@code expand --format json} (DESIGN.md, "The diagrams command — contract"). */
class ExpandJsonTest {

    private static int lambdaPower(JsonNode couplings) {
        assertTrue(couplings.isObject(), "couplings is an object: " + couplings);
        JsonNode p = couplings.get("lambda");
        for (String name : couplings.propertyNames()) {
            assertEquals("lambda", name, "phi4 has only the coupling lambda: " + couplings);
        }
        return p == null ? 0 : p.asInt();
    }

    @Test
    void jsonHasTheContractFields() {
        Cli.Result r = Cli.expand("--theory", "phi4", "--points", "2", "--order", "0..2", "--format", "json");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr(), "nothing on the error channel on success");
        assertEquals("", r.systemErr(), "no progress or logging on stderr for a short json run");
        JsonNode j = r.json();

        JsonNode theory = j.get("theory");
        assertNotNull(theory, "theory");
        assertEquals("phi4", theory.get("name").asString());
        assertEquals("lambda/4!*phi^4", theory.get("action").asString());
        assertTrue(theory.get("vertices").isArray() && theory.get("vertices").size() == 1, "one vertex rule: " + theory);
        assertEquals(4, theory.get("vertices").get(0).get("valence").asInt());
        // Vertex factor = -c * n! = -(lambda/4!) * 4! = -lambda (DESIGN.md conventions).
        assertEquals(CouplingPolynomial.monomial(BigFraction.of(-1), "lambda", 1),
                CouplingPolynomial.parse(theory.get("vertices").get(0).get("vertexFactor").asString()));

        assertEquals(2, j.get("points").asInt());
        assertTrue(j.get("filters").isArray(), "filters is an array");
        assertEquals("connected", j.get("filters").get(0).asString());

        JsonNode orders = j.get("orders");
        assertTrue(orders.isArray());
        assertEquals(3, orders.size(), "orders 0, 1, 2");
        for (int k = 0; k < 3; k++) {
            JsonNode o = orders.get(k);
            for (String f : List.of("order", "couplings", "count", "weightSum")) {
                assertTrue(o.has(f), "order entry has '" + f + "': " + o);
            }
            assertEquals(k, o.get("order").asInt());
            assertEquals(k, lambdaPower(o.get("couplings")), "couplings {lambda: K} at order " + k);
            assertTrue(o.get("count").isIntegralNumber(), "count is a number");
            assertTrue(o.get("weightSum").isString(), "weightSum is a string expression");
        }

        JsonNode diagrams = j.get("diagrams");
        assertTrue(diagrams.isArray());
        assertEquals(1 + 1 + 3, diagrams.size(), "1 + 1 + 3 diagrams at orders 0..2 (oracles.json counts phi4 2pt-connected)");
        for (JsonNode d : diagrams) {
            for (String f : List.of("order", "couplings", "loops", "symmetryFactor", "weight", "nickel", "vertices", "propagators")) {
                assertTrue(d.has(f), "diagram has '" + f + "': " + d);
            }
            assertTrue(d.get("vertices").isArray() && d.get("propagators").isArray(), "vertices, propagators are arrays");
            assertTrue(d.get("nickel").isString() && !d.get("nickel").asString().isEmpty(), "nickel index present");
        }
    }

    @Test
    void countOnlyJsonHasNoDiagrams() {
        JsonNode j = Cli.expandJson("--theory", "phi4", "--points", "2", "--order", "0..4", "--count-only");
        assertFalse(j.has("diagrams"), "--count-only must omit 'diagrams': " + j);
        assertTrue(j.has("theory") && j.has("points") && j.has("filters"), "header fields still present");
        List<Long> counts = new ArrayList<>();
        j.get("orders").forEach(o -> counts.add(o.get("count").asLong()));
        assertEquals(Oracles.load().counts("phi4", "2pt-connected"), counts);
    }

    /**
     * Independent structural checks of every diagram of phi4 (valence 4): an order-K n-point diagram has
     * K vertices, (4K + n)/2 propagators, every internal vertex has degree 4 and every external point
     * degree 1, the loop number is E - V + 1 for a connected graph, and the weight is (-lambda)^K / S.
     */
    @Test
    void everyPhi4DiagramIsAWellFormedGraphWithWeightMinusLambdaToTheKOverS() {
        for (int points : new int[] {0, 2, 4}) {
            JsonNode j = Cli.expandJson("--theory", "phi4", "--points", String.valueOf(points), "--order", "0..3");
            int n = 0;
            for (JsonNode d : j.get("diagrams")) {
                n++;
                int k = d.get("order").asInt();
                assertEquals(k, lambdaPower(d.get("couplings")));
                assertEquals(k, d.get("vertices").size(), "K vertices: " + d);
                JsonNode props = d.get("propagators");
                assertEquals((4 * k + points) / 2, props.size(), "(4K+n)/2 propagators: " + d);
                Map<String, Integer> degree = new HashMap<>();
                Set<String> names = new HashSet<>();
                for (JsonNode v : d.get("vertices")) {
                    names.add(v.get("name").asString());
                }
                assertEquals(k, names.size(), "vertex names are distinct");
                for (JsonNode p : props) {
                    assertEquals(2, p.size(), "a propagator joins two points: " + p);
                    degree.merge(p.get(0).asString(), 1, Integer::sum);
                    degree.merge(p.get(1).asString(), 1, Integer::sum);
                }
                for (int x = 1; x <= points; x++) {
                    assertEquals(1, degree.getOrDefault("x" + x, 0), "external point x" + x + " has degree 1: " + d);
                }
                for (String v : names) {
                    assertEquals(4, degree.getOrDefault(v, 0), "vertex " + v + " has degree 4: " + d);
                }
                assertEquals(points + k, degree.size(), "no other points: " + d);
                int loops = props.size() - (points + k) + 1;
                assertEquals(loops, d.get("loops").asInt(), "L = E - V + 1: " + d);

                long s = d.get("symmetryFactor").asLong();
                assertTrue(s >= 1, "S >= 1");
                BigFraction expected = BigFraction.of(k % 2 == 0 ? 1 : -1, s);
                assertEquals(CouplingPolynomial.monomial(expected, "lambda", k),
                        CouplingPolynomial.parse(d.get("weight").asString()), "weight = (-lambda)^K/S: " + d);
            }
            long total = 0;
            for (JsonNode o : j.get("orders")) {
                total += o.get("count").asLong();
            }
            assertEquals(total, n, "one diagram entry per counted diagram, " + points + " points");
        }
    }

    /** The default diagram set is connected: every listed diagram must be a connected graph. */
    @Test
    void defaultDiagramsAreConnected() {
        JsonNode j = Cli.expandJson("--theory", "phi4", "--points", "4", "--order", "0..3");
        for (JsonNode d : j.get("diagrams")) {
            Map<String, String> parent = new HashMap<>();
            for (JsonNode p : d.get("propagators")) {
                union(parent, p.get(0).asString(), p.get(1).asString());
            }
            Set<String> roots = new HashSet<>();
            for (String v : new ArrayList<>(parent.keySet())) {
                roots.add(find(parent, v));
            }
            assertEquals(1, roots.size(), "connected: " + d);
        }
    }

    private static String find(Map<String, String> parent, String v) {
        parent.putIfAbsent(v, v);
        String r = v;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.put(find(parent, a), find(parent, b));
    }
}
