package org.feynet.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.rules.ActionParser;
import org.feynet.rules.Field;
import org.feynet.rules.Theory;
import org.feynet.rules.VertexRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Theories with several scalar fields against the 0-dimensional identity, computed here from the
 * moments of independent Gaussians, ⟨x^a y^b⟩ = (a−1)!!(b−1)!!: for each vertex composition k_t,
 * the full correlator's coefficient is Σ over k of Π_t (−r_t)^{k_t}/k_t! ⟨Π legs⟩, divided by Z's
 * series — and the engine's weight sums must equal it, composition by composition.
 */
class MultiFieldTest {

    private static BigFraction doubleFactorial(int n) {
        BigInteger p = BigInteger.ONE;
        for (int i = n; i > 1; i -= 2) {
            p = p.multiply(BigInteger.valueOf(i));
        }
        return BigFraction.of(p);
    }

    /** ⟨Π_f x_f^{powers[f]}⟩ of independent unit Gaussians. */
    private static BigFraction moment(int[] powers) {
        BigFraction m = BigFraction.ONE;
        for (int p : powers) {
            if (p % 2 != 0) {
                return BigFraction.ZERO;
            }
            m = m.multiply(doubleFactorial(p - 1));
        }
        return m;
    }

    private static void compositions(int types, int maxOrder, int[] current, int t, List<int[]> out) {
        if (t == types) {
            out.add(current.clone());
            return;
        }
        int used = 0;
        for (int i = 0; i < t; i++) {
            used += current[i];
        }
        for (int k = 0; used + k <= maxOrder; k++) {
            current[t] = k;
            compositions(types, maxOrder, current, t + 1, out);
        }
        current[t] = 0;
    }

    /** Coefficient of Π u_t^{k_t} in ⟨legs · e^{−Σ u_t r_t vertex_t}⟩. */
    private static BigFraction unnormalised(Theory theory, int[] legPowers, int[] k) {
        int fields = theory.fields().size();
        int[] powers = legPowers.clone();
        BigFraction c = BigFraction.ONE;
        for (int t = 0; t < k.length; t++) {
            VertexRule v = theory.vertices().get(t);
            for (Field f : v.legs()) {
                powers[theory.fields().indexOf(f)] += k[t];
            }
            BigFraction factorial = BigFraction.ONE;
            for (int i = 2; i <= k[t]; i++) {
                factorial = factorial.multiply(i);
            }
            c = c.multiply(v.actionCoefficient().rational().negate().pow(k[t])).divide(factorial);
        }
        return fields == 0 ? c : c.multiply(moment(powers));
    }

    @ParameterizedTest(name = "{0} with fields {1}, legs {2}, to order {3}")
    @CsvSource(delimiter = ';', value = {
            "g/2*phi^2*psi; phi,psi; phi,phi; 5",
            "g/2*phi^2*psi; phi,psi; psi; 5",
            "g/2*phi^2*psi; phi,psi; phi,phi,psi; 4",
            "g/2*phi^2*psi; phi,psi; psi,psi; 4",
            "g/2*phi^2*psi + h/3!*psi^3 + lambda/4!*phi^4; phi,psi; phi,phi; 3",
            "g/2*phi^2*psi + h/3!*psi^3 + lambda/4!*phi^4; phi,psi; psi; 3",
            "a*phi*psi*chi + b/4!*chi^4; phi,psi,chi; phi,psi; 4"})
    void fullCorrelatorsAreTheZeroDimensionalSeries(String action, String fieldList, String legList, int maxOrder) {
        List<String> fields = List.of(fieldList.split(","));
        Theory theory = ActionParser.parse("action", action, fields);
        List<Integer> legs = new ArrayList<>();
        int[] legPowers = new int[fields.size()];
        for (String l : legList.split(",")) {
            legs.add(fields.indexOf(l));
            legPowers[fields.indexOf(l)]++;
        }
        int types = theory.vertices().size();
        List<int[]> ks = new ArrayList<>();
        compositions(types, maxOrder, new int[types], 0, ks);
        // full = <legs e^-V> / <e^-V>, by multivariate series division over compositions
        Map<List<Integer>, BigFraction> z = new HashMap<>();
        Map<List<Integer>, BigFraction> numerator = new HashMap<>();
        for (int[] k : ks) {
            List<Integer> key = java.util.Arrays.stream(k).boxed().toList();
            z.put(key, unnormalised(theory, new int[fields.size()], k));
            numerator.put(key, unnormalised(theory, legPowers, k));
        }
        Map<List<Integer>, BigFraction> full = new HashMap<>();
        ks.sort(java.util.Comparator.comparingInt(k -> java.util.Arrays.stream(k).sum()));
        for (int[] k : ks) {
            List<Integer> key = java.util.Arrays.stream(k).boxed().toList();
            BigFraction s = numerator.get(key);
            for (int[] j : ks) { // subtract Σ_{j < k, j ≠ 0} z_j full_{k−j}
                boolean below = true;
                boolean zero = true;
                int[] rest = new int[types];
                for (int t = 0; t < types; t++) {
                    rest[t] = k[t] - j[t];
                    below &= rest[t] >= 0;
                    zero &= j[t] == 0;
                }
                if (below && !zero) {
                    s = s.subtract(z.get(java.util.Arrays.stream(j).boxed().toList())
                            .multiply(full.get(java.util.Arrays.stream(rest).boxed().toList())));
                }
            }
            full.put(key, s);
        }
        ExpansionRequest request = new ExpansionRequest(theory, legs.size(), 0, maxOrder, -1,
                new Filters(true, false, false, false), legs);
        Map<List<Integer>, BigFraction> engine = new HashMap<>();
        for (OrderSummary row : DiagramExpansion.count(request, ProgressListener.NONE).orders()) {
            List<Integer> key = theory.vertices().stream()
                    .map(v -> v.actionCoefficient().couplings().powers().keySet().iterator().next())
                    .map(symbol -> row.couplings().powers().getOrDefault(symbol, 0)).toList();
            engine.merge(key, row.weightSumRational(), BigFraction::add);
        }
        for (int[] k : ks) {
            List<Integer> key = java.util.Arrays.stream(k).boxed().toList();
            assertEquals(full.get(key), engine.getOrDefault(key, BigFraction.ZERO), action + " legs " + legList + " at " + key);
        }
    }
}
