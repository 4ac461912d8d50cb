package org.feynet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Several fields from the command line (--fields, --legs) and from an --action-file; their bad input. */
class FieldsAndActionFileTest {

    @TempDir
    Path dir;

    private String file(String json) throws IOException {
        return Cli.actionFile(dir, json);
    }

    @Test
    void twoFieldSelfEnergyByHand() {
        // g/2 phi^2 psi, <phi phi> at order 2: the 0-dim series gives 15/8 - 3/8 = 3/2 g^2, made of the phi
        // loop on the psi line (S=1, g^2) and the psi tadpole on the phi line (S=2, g^2/2)
        JsonNode j = Cli.expandJson("--action", "g/2*phi^2*psi", "--fields", "phi,psi", "--legs", "phi,phi", "--order", "2");
        assertEquals(2, j.get("diagrams").size());
        assertEquals("3*g^2/2", j.get("orders").get(0).get("weightSum").asString());
        assertEquals("phi", j.get("legs").get(0).asString());
        for (JsonNode d : j.get("diagrams")) {
            for (JsonNode p : d.get("propagators")) {
                assertEquals(3, p.size(), "each propagator names its field");
            }
        }
    }

    @Test
    void actionFileGivesTheSameAsTheCommandLine() throws IOException {
        String f = file("{\"name\":\"two\",\"fields\":[{\"name\":\"phi\"},{\"name\":\"psi\"}],\"couplings\":[\"g\"],"
                + "\"action\":\"g/2*phi^2*psi\"}");
        JsonNode fromFile = Cli.expandJson("--action-file", f, "--legs", "phi,phi", "--order", "0..3");
        JsonNode fromLine = Cli.expandJson("--action", "g/2*phi^2*psi", "--fields", "phi,psi", "--legs", "phi,phi",
                "--order", "0..3");
        assertEquals(fromLine.get("orders"), fromFile.get("orders"));
        assertEquals("two", fromFile.get("theory").get("name").asString());
    }

    @Test
    void vectorFieldFromAFile() throws IOException {
        String f = file("{\"fields\":[{\"name\":\"phi\",\"components\":\"N\"}],\"action\":\"lambda/4!*(phi.phi)^2\"}");
        JsonNode j = Cli.expandJson("--action-file", f, "--points", "2", "--order", "1", "--count-only");
        // the one-loop self-energy: (N+2)/3 times the scalar -lambda/2
        assertEquals("-(N + 2)/6*lambda", j.get("orders").get(0).get("weightSum").asString());
    }

    /**
     * Nickel for O(N): each topology's weight is the δ(a1,a2)δ(a3,a4) coefficient summed over its
     * labelled diagrams; the one-loop bubbles give the textbook vertex factor (N+8)/9 times the
     * scalar bubble's λ²/2 per pairing (Zinn-Justin, ch. 10), and the topologies add up to the table.
     */
    @Test
    void vectorModelByTopology() {
        Cli.Result r = Cli.expand("--theory", "on4", "--points", "4", "--order", "2", "--format", "nickel");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("ee11|ee|  (N + 8)/18*lambda^2  3\n"), r.stdout());
        assertTrue(r.stdout().contains("eee1|e1|  2*(N + 2)/9*lambda^2  4\n"), r.stdout());
        JsonNode j = Cli.expandJson("--theory", "on4", "--points", "4", "--order", "2", "--count-only");
        // (N + 8)/18 + 2(N + 2)/9 = (5N + 16)/18
        assertEquals("(5*N + 16)/18*lambda^2", j.get("orders").get(0).get("weightSum").asString());
    }

    @Test
    void badInputNamesTheBadValue() throws IOException {
        ExpandErrorsTest.assertBadInput(Cli.expand("--action-file",
                file("{\"fields\":[{\"name\":\"phi\",\"components\":0}],\"action\":\"lambda*(phi.phi)^2\"}"),
                "--points", "2", "--order", "1"), "components 0", "positive");
        ExpandErrorsTest.assertBadInput(Cli.expand("--action-file",
                file("{\"fields\":[{\"name\":\"phi\"}],\"couplings\":[\"g\"],\"action\":\"g*phi^3 + x*phi^4\"}"),
                "--points", "2", "--order", "1"), "'x'");
        ExpandErrorsTest.assertBadInput(Cli.expand("--action-file", file("{\"fieldz\":[]}"), "--points", "2",
                "--order", "1"), "fieldz");
        ExpandErrorsTest.assertBadInput(Cli.expand("--action-file", file("{not json"), "--points", "2", "--order", "1"),
                "not valid JSON");
        ExpandErrorsTest.assertBadInput(Cli.expand("--action-file", dir.resolve("missing.json").toString(), "--points", "2",
                "--order", "1"), "missing.json");
        ExpandErrorsTest.assertBadInput(Cli.expand("--action", "g/2*phi^2*psi", "--fields", "phi,psi", "--points", "2",
                "--order", "1"), "--legs");
        ExpandErrorsTest.assertBadInput(Cli.expand("--action", "g/2*phi^2*psi", "--fields", "phi,psi", "--legs", "phi,chi",
                "--order", "1"), "'chi'");
        ExpandErrorsTest.assertBadInput(Cli.expand("--action-file", Path.of("..", "examples", "recurrent-network.json")
                .toString(), "--legs", "h,h", "--order", "2", "--space", "momentum"), "multi-local", "momentum");
        Cli.Result r = Cli.expand("--action", "g/2*phi^2*psi", "--fields", "phi,psi", "--legs", "phi", "--order", "1");
        assertEquals(0, r.exitCode(), "an odd number of phi legs has no diagram but is no error");
        assertTrue(r.stdout().contains("total 0 diagrams"), r.stdout());
    }
}
