package org.feynet.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.feynet.rules.BuiltinTheories;
import org.feynet.rules.Theory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generator emits canonical matrices, and {@link CanonicalLabelling} must find exactly that
 * matrix again from any shuffled numbering of the internal vertices; distinct diagrams stay distinct.
 */
class CanonicalLabellingTest {

    @ParameterizedTest(name = "{0} {1}-point order {2}")
    @CsvSource({"phi4,2,3", "phi4,4,3", "phi4,0,4", "phi3,2,4", "phi3,3,3", "phi6,4,2", "phi4+phi6,2,2", "phi4+phi6,4,2"})
    void shuffledDiagramsRelabelToTheGeneratedMatrix(String name, int points, int order) {
        Theory theory = BuiltinTheories.byName(name);
        List<Diagram> diagrams = DiagramExpansion.expand(ExpansionRequest.orders(theory, points, order, order,
                Filters.CONNECTED), ProgressListener.NONE).diagrams();
        Random rnd = new Random(7);
        Set<String> canonical = new HashSet<>();
        for (Diagram d : diagrams) {
            int[][] a = d.adjacency();
            int[] types = d.vertexTypes().stream().mapToInt(Integer::intValue).toArray();
            for (int trial = 0; trial < 5; trial++) {
                List<Integer> order2 = new ArrayList<>();
                for (int i = 0; i < types.length; i++) {
                    order2.add(i);
                }
                Collections.shuffle(order2, rnd);
                int[] shuffle = new int[d.size()]; // new position -> old point
                for (int i = 0; i < points; i++) {
                    shuffle[i] = i;
                }
                int[] shuffledTypes = new int[types.length];
                for (int i = 0; i < types.length; i++) {
                    shuffle[points + i] = points + order2.get(i);
                    shuffledTypes[i] = types[order2.get(i)];
                }
                int[][] shuffled = CanonicalLabelling.relabel(a, shuffle);
                int[] perm = CanonicalLabelling.of(points, shuffledTypes, shuffled);
                int[][] back = CanonicalLabelling.relabel(shuffled, perm);
                for (int i = 0; i < a.length; i++) {
                    assertArrayEquals(a[i], back[i], d.picture() + " row " + i);
                }
            }
            canonical.add(java.util.Arrays.deepToString(a));
        }
        assertNotEquals(0, diagrams.size());
        org.junit.jupiter.api.Assertions.assertEquals(diagrams.size(), canonical.size(), "distinct diagrams, distinct matrices");
    }
}
