package org.feynet.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.feynet.fixtures.RuledTheory;
import org.feynet.graph.Diagram;
import org.feynet.graph.DiagramExpansion;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.Filters;
import org.feynet.graph.ProgressListener;
import org.feynet.rules.Theory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * check for neuron-indexed theories with multi-local vertices and bilocal fields.
 *
 * <p>Which terms are one integral is decided by {@link PointGraph}'s canonical form. Here it is
 * tested against the integrals themselves: every propagator head gets a random table on a few
 * discrete times (symmetric for ⟨h h⟩; a bilocal table symmetric under swapping both pairs at once),
 * every term is summed over its integrated times for several placements of the external times, and
 * two terms must have the same canonical form exactly when these numbers agree. (The round trip of
 * the exported sums is in {@link FieldCheckRoundTripTest}.)
 */
class MultiLocalCheckTest {

    /** The auxiliary-field action of the recurrent network (examples/recurrent-network.json). */
    static final String NETWORK = "sw*w[t1,t2]*zt[t1]*zt[t2] + sw*wt[t1,t2]*(h[t1]*h[t2] - 2/3*h[t1]*h[t2]^3)";
    /** Multi-local vertices without a bilocal field: nothing in a term says which two points pair. */
    static final String NO_BILOCAL = "g*zt[t1]*h[t1]*h[t2]^2 + u*zt[t1]*zt[t2]*h[t1]*h[t2]";

    private static final int TIMES = 3;

    private static List<Integer> legs(String list) {
        List<Integer> out = new ArrayList<>();
        for (String l : list.split(",")) {
            out.add(l.trim().equals("h") ? 0 : 1);
        }
        return out;
    }

    private static List<Diagram> expand(Theory theory, List<Integer> legs, int maxOrder) {
        return DiagramExpansion.expand(new ExpansionRequest(theory, legs.size(), 0, maxOrder, -1, Filters.CONNECTED,
                legs), ProgressListener.NONE).diagrams();
    }

    @ParameterizedTest(name = "{0} legs ({1}) orders 0..{2}")
    @CsvSource({"NETWORK,'h,h',2", "NETWORK,'h,zt',2", "NO_BILOCAL,'h,h',2", "NO_BILOCAL,'h,zt',2",
            "NO_BILOCAL,'zt,zt',2"})
    void sameCanonicalFormExactlyWhenSameIntegral(String which, String legList, int maxOrder) {
        Theory theory = RuledTheory.multiLocal(which.equals("NETWORK") ? NETWORK : NO_BILOCAL, true, false);
        List<Integer> legs = legs(legList);
        List<Diagram> engine = expand(theory, legs, maxOrder);
        assertTrue(engine.size() >= 4, "diagrams: " + engine.size());
        Map<String, double[]> tables = new HashMap<>();
        Random random = new Random(20261130L);
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<double[]> numbers = new ArrayList<>();
        for (Diagram d : engine) {
            String text = FieldTerm.of(d, theory, Notation.DEFAULT).symja();
            TermReader.RawTerm raw = FieldExpansionComparison.read(text, theory, Notation.DEFAULT).get(0);
            PointGraph g = PointGraph.of(theory, legs.size(), legs, raw, Notation.DEFAULT);
            keys.add(g.key());
            // the coefficient without its rational part: couplings, powers of N, δ's
            values.add(g.value().keySet().toString());
            numbers.add(integral(raw, legs.size(), tables, random));
        }
        int merged = 0;
        for (int i = 0; i < engine.size(); i++) {
            for (int j = i + 1; j < engine.size(); j++) {
                boolean sameKey = keys.get(i).equals(keys.get(j));
                boolean sameNumbers = close(numbers.get(i), numbers.get(j));
                assertEquals(sameNumbers, sameKey, engine.get(i).picture(theory) + "\nversus\n"
                        + engine.get(j).picture(theory));
                if (sameKey) {
                    merged++;
                    assertEquals(values.get(i), values.get(j), "one integral, one power of N and one δ structure");
                }
            }
        }
        if (which.equals("NETWORK") && legList.equals("h,h")) {
            assertTrue(merged > 0, "the recurrent network gives some integrals twice (t1 and t2 swapped)");
        }
    }

    /**
     * The term's integral, with random symmetric tables for its propagators, for every placement of
     * the external points on the times 0..TIMES−1 (TIMES^points numbers).
     */
    private static double[] integral(TermReader.RawTerm t, int points, Map<String, double[]> tables, Random random) {
        int placements = (int) Math.pow(TIMES, points);
        double[] out = new double[placements];
        int size = points + t.integrated().size();
        Map<String, Integer> index = ExpansionComparison.pointIndex(points, t);
        int[] time = new int[size];
        for (int e = 0; e < placements; e++) {
            int rest = e;
            for (int x = 0; x < points; x++) {
                time[x] = rest % TIMES;
                rest /= TIMES;
            }
            int inner = (int) Math.pow(TIMES, size - points);
            double sum = 0;
            for (int k = 0; k < inner; k++) {
                int r = k;
                for (int p = points; p < size; p++) {
                    time[p] = r % TIMES;
                    r /= TIMES;
                }
                double product = 1;
                for (DiagramTerm.Factor f : t.factors()) {
                    if (f.head().equals("delta")) {
                        continue; // neuron indices, not times
                    }
                    double[] table = tables.computeIfAbsent(f.head(), h -> table(h, random));
                    int at = 0;
                    for (String p : f.points()) {
                        at = at * TIMES + time[index.get(p)];
                    }
                    product *= Math.pow(table[at], f.power());
                }
                sum += product;
            }
            out[e] = sum;
        }
        return out;
    }

    /**
     * A random table with the symmetries the heads have: ⟨h h⟩ symmetric, ⟨h z̃⟩ none, the bilocal
     * ⟨w w̃⟩ on (t1, t2, t3, t4) unchanged when both pairs are swapped at once.
     */
    private static double[] table(String head, Random random) {
        boolean bilocal = head.equals("GwWt");
        int n = bilocal ? TIMES * TIMES * TIMES * TIMES : TIMES * TIMES;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 0.5 + random.nextDouble();
        }
        if (head.equals("Gh")) {
            for (int a = 0; a < TIMES; a++) {
                for (int b = 0; b < a; b++) {
                    t[a * TIMES + b] = t[b * TIMES + a];
                }
            }
        }
        if (bilocal) {
            for (int a = 0; a < TIMES; a++) {
                for (int b = 0; b < TIMES; b++) {
                    for (int c = 0; c < TIMES; c++) {
                        for (int d = 0; d < TIMES; d++) {
                            int here = ((a * TIMES + b) * TIMES + c) * TIMES + d;
                            int swapped = ((b * TIMES + a) * TIMES + d) * TIMES + c;
                            if (swapped < here) {
                                t[here] = t[swapped];
                            }
                        }
                    }
                }
            }
        }
        return t;
    }

    private static boolean close(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 1e-9 * Math.max(Math.abs(a[i]), Math.abs(b[i]))) {
                return false;
            }
        }
        return true;
    }
}
