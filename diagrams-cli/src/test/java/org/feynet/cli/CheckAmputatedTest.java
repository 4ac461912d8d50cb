package org.feynet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diagrams check --amputate}: amputated hand calculations, read back into full diagrams.
 *
 * <p>By hand, φ⁴ (vertex factor −λ), four points, orders 1 and 2, connected. Amputated, a point
 * carries the name of a leg that ended on it and Delta[xi,xj] ties a second leg to it.
 * <ul>
 * <li>tree: one vertex with all four legs, S = 1: −λ Delta·Delta·Delta;</li>
 * <li>s, t, u bubbles: two legs on each of two vertices joined by a double line, S = 2: λ²/2 G²;</li>
 * <li>a tadpole on leg i: x_i on a vertex with a self-loop, joined by one line to the vertex of the
 *     other three legs, S = 2: λ²/2 G[xi,xj] G[xi,xi] Delta Delta.</li>
 * </ul>
 * The hand terms below pick other representatives, chains of Deltas instead of stars, and swapped
 * arguments than the engine writes.
 */
class CheckAmputatedTest {

    static final List<String> FOUR_POINT = List.of(
            "-lambda*Delta[x4,x3]*Delta[x2,x3]*Delta[x1,x2]",
            "lambda^2/2*G[x4,x1]^2*Delta[x2,x1]*Delta[x3,x4]",
            "lambda^2/2*G[x3,x2]^2*Delta[x1,x3]*Delta[x4,x2]",
            "lambda^2/2*G[x1,x3]^2*Delta[x1,x4]*Delta[x3,x2]",
            "lambda^2/2*G[x1,x1]*G[x2,x1]*Delta[x3,x2]*Delta[x3,x4]",
            "lambda^2/2*G[x2,x4]*G[x2,x2]*Delta[x1,x4]*Delta[x3,x4]",
            "lambda^2/2*G[x3,x3]*G[x3,x1]*Delta[x1,x2]*Delta[x4,x1]",
            "lambda^2/2*G[x4,x2]*G[x4,x4]*Delta[x2,x3]*Delta[x1,x3]");

    @TempDir
    Path tmp;

    private static Cli.Result check(String expr, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("check", "--theory", "phi4", "--points", "4", "--order",
                "1..2", "--amputate", "--expr", expr));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void handWrittenFourPointFunctionMatches() {
        Cli.Result r = check(String.join(" + ", FOUR_POINT));
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().startsWith("match: all 8 diagrams"), r::toString);
    }

    @Test
    void aForgottenTadpoleAndAWrongSignAreNamed() {
        List<String> mine = new java.util.ArrayList<>(FOUR_POINT);
        mine.remove(7);
        mine.set(0, "lambda*Delta[x4,x3]*Delta[x2,x3]*Delta[x1,x2]");
        Cli.Result r = check(String.join(" + ", mine));
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stdout().startsWith("mismatch: 6 of 8 diagrams"), r::toString);
        // the engine's terms are written amputated, as expand --amputate writes them
        assertTrue(r.stdout().contains("engine: -lambda*Delta[x1,x2]*Delta[x1,x3]*Delta[x1,x4]"), r::toString);
        assertTrue(r.stdout().contains("missing"), r::toString);
        assertTrue(r.stdout().contains("G[x4,x4]"), r::toString);
    }

    /** Non-amputated terms of the same diagrams do not pass for amputated ones (x_i would end one line). */
    @Test
    void unamputatedTermsAreNotRead() {
        Cli.Result r = check("-lambda*Int[G[x1,y]*G[x2,y]*G[x3,y]*G[x4,y], y]");
        assertEquals(2, r.exitCode(), r::toString);
        // x1 read as a vertex: its leg plus G[x1,y] make 2 lines
        assertTrue(r.stderr().contains("the point of x1: it is the end of 2 lines"), r::toString);
        assertTrue(r.stderr().contains("amputated, an external name stands for the vertex its leg ended on"),
                r::toString);
    }

    /**
     * What expand --amputate writes, check --amputate reads as a match: scalar, O(N), disconnected,
     * several fields, a response-field action and the recurrent network (multi-local, bilocal).
     */
    @Test
    void expandedTermsReadBack() {
        String[][] cases = {
            {"--theory", "phi4", "--points", "2", "--order", "0..3"},
            {"--theory", "phi3", "--points", "3", "--order", "1..3"},
            {"--theory", "phi4", "--points", "4", "--order", "0..2", "--full"},
            {"--theory", "phi4", "--points", "4", "--order", "2..3", "--1pi"},
            {"--theory", "on4", "--points", "4", "--order", "1..2"},
            {"--theory", "phi6", "--points", "2", "--order", "1..2"},
            {"--action-file", "../examples/langevin-msr.json", "--legs", "h,h", "--order", "0..4"},
            {"--action", "g/2*phi^2*psi", "--fields", "phi,psi", "--legs", "phi,phi,psi", "--order", "1..3", "--full"},
            {"--action-file", "../examples/recurrent-network.json", "--legs", "h,h", "--order", "2..4"},
        };
        for (String[] c : cases) {
            Cli.Result r = Cli.expandThenCheck(tmp, c, "--amputate");
            assertEquals(0, r.exitCode(), () -> String.join(" ", c) + "\n" + r);
            assertTrue(r.stdout().startsWith("match"), r::toString);
        }
    }

    @Test
    void badAmputatedInputIsRefused() {
        Cli.Result withoutFlag = Cli.run("check", "--theory", "phi4", "--points", "2", "--order", "1", "--expr",
                "-lambda/2*G[x1,x1]*Delta[x1,x2]");
        assertEquals(2, withoutFlag.exitCode(), withoutFlag::toString);
        assertTrue(withoutFlag.stderr().contains("--amputate"), withoutFlag::toString);

        Cli.Result twice = Cli.run("check", "--theory", "phi4", "--points", "2", "--order", "1", "--amputate", "--expr",
                "-lambda/2*G[x1,x1]*Delta[x1,x2]^2");
        assertEquals(2, twice.exitCode(), twice::toString);
        assertTrue(twice.stderr().contains("Delta[x1,x2]"), twice::toString);

        Cli.Result inner = Cli.run("check", "--theory", "phi4", "--points", "2", "--order", "1", "--amputate", "--expr",
                "-lambda/2*Int[G[y,y]*Delta[x1,y], y]");
        assertEquals(2, inner.exitCode(), inner::toString);
        assertTrue(inner.stderr().contains("Delta[x1,y]"), inner::toString);

        Cli.Result fields = Cli.run("check", "--action", "g/2*phi^2*psi", "--fields", "phi,psi", "--legs", "phi,phi",
                "--order", "2", "--expr", "g^2*Gpsi[x1,x2]*Gphi[x1,x2]*Delta[x1,x2]");
        assertEquals(2, fields.exitCode(), fields::toString);
        assertTrue(fields.stderr().contains("--amputate"), fields::toString);
    }

    /**
     * The Langevin response function ⟨h z̃⟩ at order 2 amputated, by hand (README: the tadpole
     * x1-v1 v1-x2 v1-v2:⟨h,z̃⟩ v2-v2:h, weight g²/2, and x1-v1 v2-x2 v1-v2:h v1-v2:⟨h,z̃⟩, weight g²):
     * v1 takes the name x1 and x2's leg is a Delta; in the second, v1 is x1 and v2 is x2. Written here
     * with x2 as the representative and the symmetric Gh turned round. Turning the response line round
     * is another integral, and is reported.
     */
    @Test
    void severalFieldsAmputated() {
        String tadpole = "g^2/2*Int[GhZt[x2,u]*Gh[u,u]*Delta[x2,x1], u]";
        Cli.Result r = Cli.run("check", "--action-file", "../examples/langevin-msr.json", "--legs", "h,zt", "--order",
                "2", "--amputate", "--expr", tadpole + " + g^2*Gh[x2,x1]*GhZt[x1,x2]");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().startsWith("match: all 2 diagrams"), r::toString);
        Cli.Result turned = Cli.run("check", "--action-file", "../examples/langevin-msr.json", "--legs", "h,zt",
                "--order", "2", "--amputate", "--expr", tadpole + " + g^2*Gh[x2,x1]*GhZt[x2,x1]");
        assertEquals(1, turned.exitCode(), turned::toString);
        assertTrue(turned.stdout().contains("engine: g^2*Gh[x1,x2]*GhZt[x1,x2]"), turned::toString);
        assertTrue(turned.stdout().contains("extra term"), turned::toString);
    }
}
