package org.feynet.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.feynet.fixtures.RuledTheory;
import org.feynet.graph.Diagram;
import org.feynet.graph.DiagramExpansion;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.Filters;
import org.feynet.graph.ProgressListener;
import org.feynet.graph.Propagator;
import org.feynet.rules.ActionDeclaration;
import org.feynet.rules.ActionParser;
import org.feynet.rules.Field;
import org.feynet.rules.PropagatorRule;
import org.feynet.rules.Theory;
import org.junit.jupiter.api.Test;

/**
 * Frequency- (momentum-) space terms of several-field theories: the Langevin response function
 * derived by hand, and conservation at every vertex checked on every diagram of a few theories.
 */
class FieldMomentumTermTest {

    private static final Notation MOMENTUM = new Notation("G", false, true, null);

    private static Theory langevin() {
        Field h = Field.scalar("h");
        Field zt = Field.scalar("zt");
        return new ActionDeclaration("msr", "-g/2*zt*h^2", List.of(h, zt),
                List.of(PropagatorRule.diagonal(h), new PropagatorRule(h, zt, true)), null, Map.of()).theory();
    }

    private static List<Diagram> expand(Theory theory, List<Integer> legs, int minOrder, int maxOrder) {
        return DiagramExpansion.expand(new ExpansionRequest(theory, legs.size(), minOrder, maxOrder, -1,
                Filters.CONNECTED, legs), ProgressListener.NONE).diagrams();
    }

    /**
     * ⟨h(p1) z̃(p2)⟩, p2 = −p1. Order 0: the bare response, its frequency flowing from x2 (z̃) into
     * x1 (h), p2 = −p1: PhZt[-p1]. The tadpole (both external lines on v1, a response line v2 → v1,
     * an h loop on v2): the external lines carry −p1 into their h ends, the line from v2 carries
     * nothing (a static shift), the loop k1: g²/2 ∫ PhZt[−p1]² PhZt[0] Ph[k1]. The loop diagram
     * (x1 on v1, x2 on v2, an h line and a response line v2 → v1 between them): with k1 on the
     * response line, the h line carries k1 + p1: g² ∫ PhZt[−p1]² PhZt[k1] Ph[k1 + p1] — the
     * one-loop self-energy ∫ C(k + ω) R(k) of the Martin–Siggia–Rose expansion.
     */
    @Test
    void langevinResponseFunctionInFrequencySpace() {
        Theory theory = langevin();
        Map<String, String> terms = new TreeMap<>();
        for (Diagram d : expand(theory, List.of(0, 1), 0, 2)) {
            terms.put(d.picture(theory), FieldMomentumTerm.of(d, theory, MOMENTUM).symja());
        }
        assertEquals(Map.of(
                "x1-x2:<h,zt>", "PhZt[-p1]",
                "x1-v1:<h,zt> v1-x2:<h,zt> v1-v2:<h,zt> v2-v2:h", "g^2/2*Int[PhZt[-p1]^2*PhZt[0]*Ph[k1], k1]",
                "x1-v1:<h,zt> v2-x2:<h,zt> v1-v2:h v1-v2:<h,zt>", "g^2*Int[PhZt[-p1]^2*PhZt[k1]*Ph[k1 + p1], k1]"),
                terms);
    }

    /**
     * At every internal vertex the momenta flowing in add up to zero, and at x_i the line takes p_i
     * in (pn = −p1 − … − p(n−1)): each factor's momentum is read back from the term and summed with
     * the orientation the notation states (into the h end of a response line; either way for a
     * symmetric line, where the sign is free, so both signs are tried per line — the sum must vanish
     * for one choice).
     */
    @Test
    void momentumIsConservedAtEveryVertex() {
        Theory msr = RuledTheory.of("g/2*zt*h^2 + u/6*zt*h^3", List.of("h", "zt"), List.of("h-h", "h-zt"), true);
        Theory two = ActionParser.parse("two", "g/2*phi^2*psi", List.of("phi", "psi"));
        int checked = 0;
        for (Object[] c : new Object[][] {{msr, List.of(0, 1), 3}, {msr, List.of(0, 0), 3}, {two, List.of(0, 0), 4},
                {two, List.of(0, 0, 1), 3}}) {
            Theory theory = (Theory) c[0];
            @SuppressWarnings("unchecked")
            List<Integer> legs = (List<Integer>) c[1];
            for (Diagram d : expand(theory, legs, 0, (Integer) c[2])) {
                FieldMomentumTerm t = FieldMomentumTerm.of(d, theory, MOMENTUM);
                assertEquals(d.loops(), t.loopMomenta().size(), d.picture(theory));
                assertTrue(conserved(d, theory, t), d.picture(theory) + ": " + t.symja());
                checked++;
            }
        }
        assertTrue(checked > 50, "diagrams checked: " + checked);
    }

    /**
     * Whether signs for the symmetric lines exist such that momentum is conserved everywhere. The
     * term lists each distinct propagator once with a power; lines are matched to factors by rule and
     * by the momentum text, so this reads only the term, not the routing.
     */
    private static boolean conserved(Diagram d, Theory theory, FieldMomentumTerm t) {
        // the momentum of every line, taken from the factors: head → momenta (with multiplicity)
        Map<String, List<Map<String, Integer>>> byHead = new HashMap<>();
        for (int i = 0; i < t.factors().size(); i++) {
            String f = t.factors().get(i);
            String head = f.substring(0, f.indexOf('['));
            Map<String, Integer> q = parse(f.substring(f.indexOf('[') + 1, f.lastIndexOf(']')));
            for (int k = 0; k < t.powers().get(i); k++) {
                byHead.computeIfAbsent(head, x -> new java.util.ArrayList<>()).add(q);
            }
        }
        Map<String, boolean[]> used = new HashMap<>();
        byHead.forEach((head, list) -> used.put(head, new boolean[list.size()]));
        @SuppressWarnings("unchecked")
        Map<String, Integer>[] chosen = new Map[d.propagators().size()];
        return assign(d, theory, byHead, used, 0, chosen);
    }

    /** Backtracking: give line e one of the unused momenta of its head, either sign if symmetric. */
    private static boolean assign(Diagram d, Theory theory, Map<String, List<Map<String, Integer>>> byHead,
                                  Map<String, boolean[]> used, int e, Map<String, Integer>[] chosen) {
        List<Propagator> lines = d.propagators();
        if (e == lines.size()) {
            return balanced(d, theory, chosen);
        }
        PropagatorRule r = theory.propagators().get(lines.get(e).kind());
        String head = FieldTerm.head("P", r);
        List<Map<String, Integer>> options = byHead.getOrDefault(head, List.of());
        boolean[] taken = used.get(head);
        for (int i = 0; i < options.size(); i++) {
            if (taken[i]) {
                continue;
            }
            taken[i] = true;
            for (int sign : r.isSymmetric() ? new int[] {1, -1} : new int[] {1}) {
                Map<String, Integer> q = new TreeMap<>();
                options.get(i).forEach((sym, c) -> q.put(sym, sign * c));
                chosen[e] = q;
                if (assign(d, theory, byHead, used, e + 1, chosen)) {
                    return true;
                }
            }
            taken[i] = false;
        }
        return false;
    }

    /** Inflow at each point: p_i at x_i from outside, each line's momentum into its head end. */
    private static boolean balanced(Diagram d, Theory theory, Map<String, Integer>[] chosen) {
        int n = d.points();
        List<Map<String, Integer>> net = new java.util.ArrayList<>();
        for (int p = 0; p < d.size(); p++) {
            net.add(new TreeMap<>());
        }
        for (int x = 0; x < n; x++) {
            // p_x flows in from outside at x; pn = −p1 − … − p(n−1)
            if (x < n - 1 || n == 1) {
                net.get(x).merge("p" + (x + 1), 1, Integer::sum);
            } else {
                for (int i = 1; i < n; i++) {
                    net.get(x).merge("p" + i, -1, Integer::sum);
                }
            }
        }
        for (int e = 0; e < d.propagators().size(); e++) {
            Propagator line = d.propagators().get(e);
            PropagatorRule r = theory.propagators().get(line.kind());
            // a response line's momentum flows from its z̃ end (to) into its h end (from); a symmetric
            // line's from its from end to its to end, the sign having been chosen freely
            int into = r.isSymmetric() ? line.to() : line.from();
            int outOf = r.isSymmetric() ? line.from() : line.to();
            chosen[e].forEach((s, c) -> {
                net.get(into).merge(s, c, Integer::sum);
                net.get(outOf).merge(s, -c, Integer::sum);
            });
        }
        for (Map<String, Integer> m : net) {
            m.values().removeIf(c -> c == 0);
            if (!m.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** {@code k1 + 2*p1 - p2} → {k1: 1, p1: 2, p2: −1}; {@code 0} → empty. */
    private static Map<String, Integer> parse(String text) {
        Map<String, Integer> q = new TreeMap<>();
        if (text.equals("0")) {
            return q;
        }
        for (String term : text.replace(" - ", " + -").split(" \\+ ")) {
            int sign = term.startsWith("-") ? -1 : 1;
            String rest = term.startsWith("-") ? term.substring(1) : term;
            int star = rest.indexOf('*');
            int c = star < 0 ? 1 : Integer.parseInt(rest.substring(0, star));
            q.merge(star < 0 ? rest : rest.substring(star + 1), sign * c, Integer::sum);
        }
        return q;
    }

    @Test
    void multiLocalVerticesAreRefused() {
        Theory theory = RuledTheory.multiLocal(MultiLocalCheckTest.NETWORK, true, false);
        Diagram d = expand(theory, List.of(0, 0), 2, 2).get(0);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FieldMomentumTerm.of(d, theory, MOMENTUM))
                .getMessage().contains("multi-local"));
    }
}
