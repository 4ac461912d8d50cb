package org.feynet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Response-field actions from an action file, as the README runs them (examples/), their JSON, and
 * their bad input. The weights are derived by hand in engine's ResponseFieldTest.
 */
class ResponseFieldFileTest {

    @TempDir
    Path dir;

    private String file(String json) throws IOException {
        return Cli.actionFile(dir, json);
    }

    /** The examples folder sits at the repository root, one level above this module. */
    private static String example(String name) {
        Path p = Path.of("..", "examples", name);
        assertTrue(Files.exists(p), p.toAbsolutePath().toString());
        return p.toString();
    }

    @Test
    void langevinResponseFunction() {
        JsonNode j = Cli.expandJson("--action-file", example("langevin-msr.json"), "--legs", "h,zt", "--order", "2");
        assertEquals("3*g^2/2", j.get("orders").get(0).get("weightSum").asString());
        assertEquals(2, j.get("diagrams").size());
        JsonNode rules = j.get("theory").get("propagators");
        assertEquals(2, rules.size());
        assertTrue(rules.get(1).get("retarded").asBoolean());
        for (JsonNode d : j.get("diagrams")) {
            for (JsonNode p : d.get("propagators")) {
                // an oriented line names both ends' fields, h first at the first point
                assertTrue(p.size() == 3 || p.size() == 4 && p.get(2).asString().equals("h") && p.get(3).asString().equals("zt"),
                        p.toString());
            }
        }
        Cli.Result zz = Cli.expand("--action-file", example("langevin-msr.json"), "--legs", "zt,zt", "--order", "0..3");
        assertEquals(0, zz.exitCode());
        assertTrue(zz.stdout().contains("total 0 diagrams"), "<zt zt> = 0 at every order: " + zz.stdout());
    }

    @Test
    void recurrentNetworkGroupsByOrderInOneOverN() {
        JsonNode j = Cli.expandJson("--action-file", example("recurrent-network.json"), "--legs", "h,h", "--order", "2");
        JsonNode groups = j.get("orders").get(0).get("groups");
        assertEquals("1", groups.get(0).get("scaling").asString());
        assertEquals("cactus", groups.get(0).get("name").asString());
        assertEquals(4, groups.get(0).get("count").asInt());
        assertEquals("-2*sw^2", groups.get(0).get("weightSum").asString());
        assertEquals("1/N", groups.get(1).get("scaling").asString());
        long total = 0;
        for (JsonNode g : groups) {
            total += g.get("count").asLong();
        }
        assertEquals(j.get("orders").get(0).get("count").asLong(), total, "the groups split the row");
        for (JsonNode d : j.get("diagrams")) {
            assertEquals("delta[a1,a2]", d.get("indices").asString());
            assertTrue(d.has("nPower") && d.has("tPower"), d.toString());
        }
        Cli.Result text = Cli.expand("--action-file", example("recurrent-network.json"), "--legs", "h,h", "--order", "2");
        assertTrue(text.stdout().contains("cactus"), text.stdout());
    }

    /**
     * check with several fields: the exported Symja sum matches itself after renaming every dummy and
     * reversing the order of the factors; a halved coefficient, a response line turned around and a
     * closed response loop are each named.
     */
    @Test
    void checkReadsResponseFieldTerms() throws IOException {
        String action = example("langevin-msr.json");
        Cli.Result symja = Cli.expand("--action-file", action, "--legs", "h,zt", "--order", "0..3", "--format", "symja");
        assertEquals(0, symja.exitCode(), symja.stderr());
        String renamed = symja.stdout().replace("y1", "u").replace("y2", "v").replace("y3", "w");
        Cli.Result same = Cli.run("check", "--action-file", action, "--legs", "h,zt", "--order", "0..3", "--expr", renamed);
        assertEquals(0, same.exitCode(), same.stdout() + same.stderr());
        assertTrue(same.stdout().startsWith("match: all 3 diagrams"), same.stdout());

        String tadpole = "g^2/2*Int[Int[GhZt[x1,a]*GhZt[a,x2]*Gh[b,b]*GhZt[a,b], b], a]";
        String loop = "g^2*Int[Int[Gh[a,b]*GhZt[x1,a]*GhZt[a,b]*GhZt[b,x2], b], a]";
        Cli.Result right = Cli.run("check", "--action-file", action, "--legs", "h,zt", "--order", "2", "--expr",
                tadpole + " + " + loop);
        assertEquals(0, right.exitCode(), right.stdout() + right.stderr());
        Cli.Result halved = Cli.run("check", "--action-file", action, "--legs", "h,zt", "--order", "2", "--expr",
                tadpole + " + " + loop.replace("g^2*", "g^2/2*"));
        assertEquals(1, halved.exitCode());
        assertTrue(halved.stdout().contains("wrong coefficient (S=1)"), halved.stdout());
        // a response line closed on its own vertex vanishes (theta(0) = 0): an extra term
        Cli.Result causal = Cli.run("check", "--action-file", action, "--legs", "h,zt", "--order", "2", "--expr",
                tadpole + " + " + loop + " + g^2*Int[Int[GhZt[x1,b]*Gh[a,b]*GhZt[a,a]*GhZt[b,x2], b], a]");
        assertEquals(1, causal.exitCode());
        assertTrue(causal.stdout().contains("extra term"), causal.stdout());
        // x1 is an h point: a response line ending there with its zt end is no diagram of <h zt>
        ExpandErrorsTest.assertBadInput(Cli.run("check", "--action-file", action, "--legs", "h,zt", "--order", "2",
                "--expr", "g^2/2*Int[Int[GhZt[a,x1]*GhZt[a,x2]*Gh[b,b]*GhZt[a,b], b], a]"), "x1");
    }

    /**
     * check with neuron indices, multi-local vertices and a bilocal field: the recurrent network's
     * ⟨h_i h_j⟩ at order σ_w², written by hand as its 9 integrals (12 diagrams: where x1 and x2 sit on
     * z̃(t1) and z̃(t2) of one vertex, swapping t1 and t2 gives the same integral, so those pairs are
     * one term with twice the weight). Weights as derived in engine's ResponseFieldTest: vertex
     * factors (−sw)(−sw) = sw² for the cubic w̃ h h vertex, (−sw)(4sw)/2 = −2sw² with the quintic one
     * and its h(t2) self-loop; N where h(t1)–h(t2) closes an index loop.
     */
    @Test
    void checkReadsTheRecurrentNetworkByHand() throws IOException {
        String net = example("recurrent-network.json");
        String hand = String.join(" + ",
                "2*sw^2*N*delta[a1,a2]*Int[GhZt[x1,u]*GhZt[x2,v]*GwWt[u,v,r,s]*Gh[r,s], u, v, r, s]",
                "-2*sw^2*N*delta[a1,a2]*Int[GhZt[x1,u]*GhZt[x2,v]*GwWt[u,v,r,s]*Gh[r,s]*Gh[s,s], u, v, r, s]",
                "-2*sw^2*N*delta[a1,a2]*Int[GhZt[x1,u]*GhZt[x2,v]*GwWt[u,v,r,s]*Gh[r,s]*Gh[r,r], u, v, r, s]",
                // x1 on z̃ of the w vertex, x2 on h of the w̃ vertex, and the other way round
                "2*sw^2*delta[a1,a2]*Int[GhZt[x1,u]*GhZt[r,v]*Gh[s,x2]*GwWt[u,v,r,s], u, v, r, s]",
                "2*sw^2*delta[a1,a2]*Int[GhZt[x2,u]*GhZt[r,v]*Gh[s,x1]*GwWt[u,v,r,s], u, v, r, s]",
                "-2*sw^2*delta[a1,a2]*Int[GhZt[x1,u]*GhZt[r,v]*Gh[s,x2]*GwWt[u,v,r,s]*Gh[s,s], u, v, r, s]",
                "-2*sw^2*delta[a1,a2]*Int[GhZt[x1,v]*GhZt[s,u]*Gh[r,x2]*GwWt[u,v,r,s]*Gh[s,s], u, v, r, s]",
                "-2*sw^2*delta[a1,a2]*Int[GhZt[x2,u]*GhZt[r,v]*Gh[s,x1]*GwWt[u,v,r,s]*Gh[s,s], u, v, r, s]",
                "-2*sw^2*delta[a1,a2]*Int[GhZt[x2,v]*GhZt[s,u]*Gh[r,x1]*GwWt[u,v,r,s]*Gh[s,s], u, v, r, s]");
        Cli.Result right = Cli.run("check", "--action-file", net, "--legs", "h,h", "--order", "2", "--expr", hand);
        assertEquals(0, right.exitCode(), right.stdout() + right.stderr());
        assertTrue(right.stdout().startsWith("match: all 12 diagrams (9 distinct integrals)"), right.stdout());

        // the index loop forgotten in the first term
        Cli.Result noLoop = Cli.run("check", "--action-file", net, "--legs", "h,h", "--order", "2", "--expr",
                hand.replaceFirst("N\\*", ""));
        assertEquals(1, noLoop.exitCode());
        assertTrue(noLoop.stdout().contains("mismatch: 8 of 9 integrals"), noLoop.stdout());
        assertTrue(noLoop.stdout().contains("yours:  2*sw^2*delta[a1,a2]*"), noLoop.stdout());

        // a point that is no time of any vertex: one z̃ and one h
        ExpandErrorsTest.assertBadInput(Cli.run("check", "--action-file", net, "--legs", "h,h", "--order", "2",
                "--expr", "sw^2*Int[GhZt[x1,u]*Gh[u,x2], u]"), "'u'", "1 h, 1 zt");
    }

    /**
     * Nickel indices with fields: the Langevin response function at g² has two coloured topologies
     * (the tadpole g²/2 and the loop g², as derived in engine's ResponseFieldTest); the list expand
     * writes is read back by check, and a wrong weight is named with its coloured index.
     */
    @Test
    void colouredNickelListsRoundTrip() {
        String action = example("langevin-msr.json");
        Cli.Result list = Cli.expand("--action-file", action, "--legs", "h,zt", "--order", "0..3", "--format", "nickel");
        assertEquals(0, list.exitCode(), list.stderr());
        assertTrue(list.stdout().contains("\nee1|1|:h/zt_zt/h_h/zt|h|  g^2/2  1\n"), list.stdout());
        assertTrue(list.stdout().contains("\ne11|e|:h/zt_h_zt/h|zt/h|  g^2  1\n"), list.stdout());
        JsonNode j = Cli.expandJson("--action-file", action, "--legs", "h,zt", "--order", "2");
        java.util.Set<String> coloured = new java.util.TreeSet<>();
        j.get("diagrams").forEach(d -> coloured.add(d.get("colouredNickel").asString()));
        assertEquals(java.util.Set.of("ee1|1|:h/zt_zt/h_h/zt|h|", "e11|e|:h/zt_h_zt/h|zt/h|"), coloured);
        Cli.Result same = Cli.run("check", "--action-file", action, "--legs", "h,zt", "--order", "0..3", "--expr",
                list.stdout());
        assertEquals(0, same.exitCode(), same.stdout() + same.stderr());
        assertTrue(same.stdout().startsWith("match: all"), same.stdout());
        // the loop written from its other vertex first, with a wrong weight
        Cli.Result wrong = Cli.run("check", "--action-file", action, "--legs", "h,zt", "--order", "2", "--expr",
                "ee1|1|:h/zt_zt/h_h/zt|h|  g^2/2\ne11|e|:zt/h_h_h/zt|h/zt|  g^2/2\n");
        assertEquals(1, wrong.exitCode(), wrong.stdout() + wrong.stderr());
        assertTrue(wrong.stdout().contains("wrong weight e11|e|:h/zt_h_zt/h|zt/h|  yours: g^2/2  engine: g^2"),
                wrong.stdout());
        // an index without fields cannot name a diagram of several fields, and one with fields is no phi4 topology
        ExpandErrorsTest.assertBadInput(Cli.run("check", "--action-file", action, "--legs", "h,zt", "--order", "2",
                "--expr", "ee1|1|  g^2/2"), "'ee1|1|'", "NICKEL:FIELDS");
        ExpandErrorsTest.assertBadInput(Cli.run("check", "--theory", "phi4", "--points", "2", "--order", "1",
                "--expr", "ee0|:phi_phi_phi|  -lambda/2"), "one field");
    }

    /**
     * The mean-field response (⟨h z̃⟩ retarded over all earlier layers, not one step): at σ_w² the
     * tadpoles on the w line keep x1's and x2's z̃ partners at one free time t1 = t2 below both
     * (the closed h loop is equal-time): N·(N^−1/2)² T = O(T), weights sw² + sw² − 2sw² − 2sw²; the
     * diagrams whose h line runs through the w̃ vertex have t2 tied to an external time and t1 free
     * between the two: O(T/N), sw² four times and −2sw² (with the h(t2) snail) four times. Without
     * tadpoles and snails only the four sw² exchange diagrams remain. The tadpoles are cacti (a stem
     * and a cap at N⁰) whatever their power of T; the exchange diagrams have x1 and x2 on different
     * vertices, so they are not mushrooms and get no name.
     */
    @Test
    void meanFieldResponseCountsTheDepth() {
        String net = example("deep-network-mean-field.json");
        JsonNode groups = Cli.expandJson("--action-file", net, "--legs", "h,h", "--order", "2", "--count-only")
                .get("orders").get(0).get("groups");
        assertEquals(2, groups.size(), groups.toString());
        assertEquals("T", groups.get(0).get("scaling").asString());
        assertEquals("cactus", groups.get(0).get("name").asString());
        assertEquals(4, groups.get(0).get("count").asInt());
        assertEquals("-2*sw^2", groups.get(0).get("weightSum").asString());
        assertEquals("T/N", groups.get(1).get("scaling").asString());
        assertTrue(groups.get(1).get("name") == null, groups.toString());
        assertEquals(8, groups.get(1).get("count").asInt());
        assertEquals("-4*sw^2", groups.get(1).get("weightSum").asString());
        JsonNode saddle = Cli.expandJson("--action-file", net, "--legs", "h,h", "--order", "2", "--count-only",
                "--no-tadpoles").get("orders").get(0).get("groups");
        assertEquals(1, saddle.size(), saddle.toString());
        assertEquals("T/N", saddle.get(0).get("scaling").asString());
        assertEquals("4*sw^2", saddle.get(0).get("weightSum").asString());
    }

    /**
     * The deep feed-forward network at σ_w⁶: eleven cacti (O(1)) and four mushrooms (O(1/N)), named per
     * diagram and per group; the mushrooms' weights by hand in ResponseFieldTest (engine).
     */
    @Test
    void feedForwardNetworkHasCactiAndMushrooms() {
        JsonNode j = Cli.expandJson("--action-file", example("deep-feed-forward-network.json"), "--legs", "h,h",
                "--order", "6");
        JsonNode groups = j.get("orders").get(0).get("groups");
        assertEquals(2, groups.size(), groups.toString());
        assertEquals("cactus", groups.get(0).get("name").asString());
        assertEquals(11, groups.get(0).get("count").asInt());
        assertEquals("mushroom", groups.get(1).get("name").asString());
        assertEquals("1/N", groups.get(1).get("scaling").asString());
        assertEquals(4, groups.get(1).get("count").asInt());
        int mushrooms = 0;
        for (JsonNode d : j.get("diagrams")) {
            boolean leading = d.get("nPower").asString().equals("0");
            assertEquals(leading ? "cactus" : "mushroom", d.get("group").asString(), d.toString());
            mushrooms += leading ? 0 : 1;
        }
        assertEquals(4, mushrooms);
    }

    @Test
    void numericComponentCount() throws IOException {
        String f = file("{\"fields\":[{\"name\":\"phi\",\"components\":3}],\"action\":\"lambda/4!*(phi.phi)^2\"}");
        JsonNode j = Cli.expandJson("--action-file", f, "--points", "2", "--order", "1", "--count-only");
        // -(N + 2)/6 lambda at N = 3
        assertEquals("-5/6*lambda", j.get("orders").get(0).get("weightSum").asString());
    }

    @Test
    void badResponseFieldInputNamesTheBadValue() throws IOException {
        String fields = "\"fields\":[{\"name\":\"h\",\"neuron\":true},{\"name\":\"zt\",\"neuron\":true},"
                + "{\"name\":\"w\",\"bilocal\":true}]";
        ExpandErrorsTest.assertBadInput(Cli.expand("--action-file", file("{" + fields
                + ",\"action\":\"g*w*zt[t1]*zt[t2]\"}"), "--legs", "h,h", "--order", "1"), "w[t1,t2]");
        ExpandErrorsTest.assertBadInput(Cli.expand("--action-file", file("{" + fields
                + ",\"action\":\"g*w[t1,t2]*zt[t1]*zt[t3]\"}"), "--legs", "h,h", "--order", "1"), "zt[t3]");
        ExpandErrorsTest.assertBadInput(Cli.expand("--action-file", file("{" + fields
                + ",\"propagators\":[{\"fields\":[\"h\",\"h\"],\"retarded\":true}],\"action\":\"g*zt*h^2\"}"),
                "--legs", "h,h", "--order", "1"), "retarded");
        ExpandErrorsTest.assertBadInput(Cli.expand("--action-file", file("{" + fields
                + ",\"propagators\":[{\"fields\":[\"h\",\"q\"]}],\"action\":\"g*zt*h^2\"}"),
                "--legs", "h,h", "--order", "1"), "'q'");
        ExpandErrorsTest.assertBadInput(Cli.expand("--action-file", file("{" + fields
                + ",\"propagators\":[{\"fields\":[\"h\",\"zt\"],\"delay\":1}],\"action\":\"g*zt*h^2\"}"),
                "--legs", "h,h", "--order", "1"), "delay");
        ExpandErrorsTest.assertBadInput(Cli.expand("--action-file", file("{" + fields
                + ",\"couplings\":[{\"name\":\"g\",\"N\":\"half\"}],\"action\":\"g*zt*h^2\"}"),
                "--legs", "h,h", "--order", "1"), "half");
        ExpandErrorsTest.assertBadInput(Cli.expand("--action-file", file("{\"fields\":[{\"name\":\"phi\",\"components\":\"N\","
                + "\"neuron\":true}],\"action\":\"g*phi^3\"}"), "--points", "2", "--order", "1"), "neuron");
        ExpandErrorsTest.assertBadInput(Cli.expand("--action-file", file("{\"fields\":[{\"name\":\"phi\",\"components\":-2}],"
                + "\"action\":\"lambda*(phi.phi)^2\"}"), "--points", "2", "--order", "1"), "components -2", "positive");
        ExpandErrorsTest.assertBadInput(Cli.expand("--action-file", file("{" + fields
                + ",\"action\":\"g*w[t1,t2]*zt[t1]*zt[t2]\"}"), "--legs", "w,h", "--order", "1"), "'w'");
    }
}
