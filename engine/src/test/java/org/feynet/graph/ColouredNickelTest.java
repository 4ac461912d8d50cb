package org.feynet.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.feynet.fixtures.ColouredCanonicalKey;
import org.feynet.fixtures.ColouredGraph;
import org.feynet.fixtures.RuledTheory;
import org.feynet.rules.ActionDeclaration;
import org.feynet.rules.ActionParser;
import org.feynet.rules.Field;
import org.feynet.rules.PropagatorRule;
import org.feynet.rules.Theory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The coloured Nickel index against an exhaustive classification: two diagrams get the same index
 * exactly when they are the same coloured graph with the external legs unlabelled — decided here by
 * the fixtures' brute-force canonical key ({@link ColouredCanonicalKey}, every relabelling of the
 * internal vertices) minimised over every permutation of the external points that keeps their
 * fields. And reading: the index written from a random numbering of the vertices, with the lines of
 * one Nickel entry shuffled, is read back to the canonical one.
 */
class ColouredNickelTest {

    private static Theory theory(String which) {
        return switch (which) {
            case "two" -> ActionParser.parse("two", "g/2*phi^2*psi + u/24*psi^4", List.of("phi", "psi"));
            case "three" -> ActionParser.parse("three", "a*phi*psi*chi + g/2*phi^2*psi", List.of("phi", "psi", "chi"));
            case "msr" -> {
                Field h = Field.scalar("h");
                Field zt = Field.scalar("zt");
                yield new ActionDeclaration("msr", "g/2*zt*h^2 + u/6*zt*h^3", List.of(h, zt),
                        List.of(PropagatorRule.diagonal(h), new PropagatorRule(h, zt, true)), null, Map.of()).theory();
            }
            case "network" -> RuledTheory.multiLocal(
                    "sw*w[t1,t2]*zt[t1]*zt[t2] + sw*wt[t1,t2]*(h[t1]*h[t2] - 2/3*h[t1]*h[t2]^3)", true, false);
            default -> throw new IllegalArgumentException(which);
        };
    }

    @ParameterizedTest(name = "{0} legs ({1}) orders 0..{2} full {3}")
    @CsvSource({"two,'0,0',4,false", "two,'1,1',3,false", "two,'0,0,1',3,true", "three,'2,2',4,false",
            "three,'0,1,2',3,true", "msr,'0,1',3,false", "msr,'0,0',3,true", "network,'0,0',2,false",
            "network,'0,1',2,false"})
    void sameIndexExactlyWhenSameColouredGraphWithUnlabelledLegs(String which, String legList, int maxOrder,
                                                                 boolean full) {
        Theory theory = theory(which);
        List<Integer> legs = new ArrayList<>();
        for (String l : legList.split(",")) {
            legs.add(Integer.parseInt(l.trim()));
        }
        List<Diagram> diagrams = DiagramExpansion.expand(new ExpansionRequest(theory, legs.size(), 0, maxOrder, -1,
                full ? new Filters(true, false, false, false) : Filters.CONNECTED, legs), ProgressListener.NONE).diagrams();
        assertTrue(diagrams.size() >= 5, "diagrams: " + diagrams.size());
        List<String> indices = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Random random = new Random(7L);
        for (Diagram d : diagrams) {
            String index = ColouredNickel.of(d, theory);
            indices.add(index);
            keys.add(d.order() + "@" + unlabelledKey(MultiFieldVersusWickTest.coloured(d, theory), legs));
            assertEquals(d.nickel(), index.replaceAll(":[^ ]*", ""), "the topology's own index comes first");
            if (!index.contains(NickelIndex.COMPONENT_SEPARATOR) && d.size() > d.points()) {
                String written = writeInRandomNumbering(d, theory, random);
                assertEquals(index, ColouredNickel.canonical(written), written);
            }
        }
        int shared = 0;
        for (int i = 0; i < diagrams.size(); i++) {
            for (int j = i + 1; j < diagrams.size(); j++) {
                boolean sameIndex = indices.get(i).equals(indices.get(j)) && diagrams.get(i).order() == diagrams.get(j).order();
                assertEquals(keys.get(i).equals(keys.get(j)), sameIndex, diagrams.get(i).picture(theory) + " / "
                        + diagrams.get(j).picture(theory) + ": " + indices.get(i) + " / " + indices.get(j));
                shared += sameIndex ? 1 : 0;
            }
        }
        if (legs.size() > 1 && legs.stream().distinct().count() < legs.size()) {
            assertTrue(shared > 0, "legs of one field can be swapped, so some labelled diagrams share an index");
        }
    }

    /** The brute-force key, minimised over the permutations of the external points that keep their fields. */
    private static String unlabelledKey(ColouredGraph g, List<Integer> legs) {
        String best = null;
        for (int[] perm : permutations(legs.size())) {
            boolean keepsFields = true;
            for (int x = 0; x < perm.length; x++) {
                keepsFields &= legs.get(perm[x]).equals(legs.get(x));
            }
            if (!keepsFields) {
                continue;
            }
            int size = g.adjacency()[0].length;
            int[] image = new int[size];
            for (int p = 0; p < size; p++) {
                image[p] = p < perm.length ? perm[p] : p;
            }
            int[][][] moved = new int[g.adjacency().length][size][size];
            for (int c = 0; c < moved.length; c++) {
                for (int a = 0; a < size; a++) {
                    for (int b = 0; b < size; b++) {
                        moved[c][image[a]][image[b]] = g.adjacency()[c][a][b];
                    }
                }
            }
            String key = ColouredCanonicalKey.of(new ColouredGraph(g.points(), g.vertexTypes(), moved, g.directed()));
            if (best == null || key.compareTo(best) < 0) {
                best = key;
            }
        }
        return best;
    }

    private static List<int[]> permutations(int n) {
        List<int[]> out = new ArrayList<>();
        permute(new int[n], new boolean[n], 0, out);
        return out;
    }

    private static void permute(int[] p, boolean[] used, int k, List<int[]> out) {
        if (k == p.length) {
            out.add(p.clone());
            return;
        }
        for (int i = 0; i < p.length; i++) {
            if (!used[i]) {
                used[i] = true;
                p[k] = i;
                permute(p, used, k + 1, out);
                used[i] = false;
            }
        }
    }

    /**
     * A coloured index as a person may write it: the internal vertices in a random order, the lines of
     * each Nickel entry in a random order (not the canonical numbering, not sorted).
     */
    private static String writeInRandomNumbering(Diagram d, Theory theory, Random random) {
        int points = d.points();
        List<Integer> internal = new ArrayList<>();
        for (int p = points; p < d.size(); p++) {
            internal.add(p);
        }
        Collections.shuffle(internal, random);
        int[] pos = new int[d.size()];
        for (int k = 0; k < internal.size(); k++) {
            pos[internal.get(k)] = k;
        }
        String digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        StringBuilder nickel = new StringBuilder();
        StringBuilder fields = new StringBuilder();
        for (int k = 0; k < internal.size(); k++) {
            int v = internal.get(k);
            List<String[]> entries = new ArrayList<>(); // {sort key, nickel char, fields}
            for (Propagator line : d.propagators()) {
                PropagatorRule r = theory.propagators().get(line.kind());
                String here;
                String there;
                int other;
                if (line.from() == v) {
                    other = line.to();
                    here = r.a().name();
                    there = r.b().name();
                } else if (line.to() == v) {
                    other = line.from();
                    here = r.b().name();
                    there = r.a().name();
                } else {
                    continue;
                }
                if (other < points) {
                    entries.add(new String[] {"0", "e", fields(here, there)});
                } else if (other == v) {
                    entries.add(new String[] {"1" + digits.charAt(k), String.valueOf(digits.charAt(k)),
                            random.nextBoolean() ? fields(here, there) : fields(there, here)});
                } else if (pos[other] > k) {
                    entries.add(new String[] {"1" + digits.charAt(pos[other]), String.valueOf(digits.charAt(pos[other])),
                            fields(here, there)});
                }
            }
            Collections.shuffle(entries, random);
            entries.sort((a, b) -> a[0].compareTo(b[0])); // stable: lines of one entry stay shuffled
            List<String> f = new ArrayList<>();
            for (String[] e : entries) {
                nickel.append(e[1]);
                f.add(e[2]);
            }
            nickel.append('|');
            fields.append(String.join("_", f)).append('|');
        }
        return nickel + ":" + fields;
    }

    private static String fields(String here, String there) {
        return here.equals(there) ? here : here + "/" + there;
    }

    @Test
    void unreadableIndicesNameTheProblem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ColouredNickel.canonical("e11|e|"))
                .getMessage().contains("no fields"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ColouredNickel.canonical("e11|e|:h/zt_h|zt/h|"))
                .getMessage().contains("vertex 0 lists 3 lines but 2 fields"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ColouredNickel.canonical("e11|e|:h/zt_h_a/b/c|zt/h|"))
                .getMessage().contains("'a/b/c'"));
    }
}
