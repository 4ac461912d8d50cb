package org.feynet.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.feynet.fixtures.RuledTheory;
import org.feynet.graph.Diagram;
import org.feynet.graph.DiagramExpansion;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.Filters;
import org.feynet.graph.ProgressListener;
import org.feynet.rules.ActionDeclaration;
import org.feynet.rules.ActionParser;
import org.feynet.rules.Field;
import org.feynet.rules.PropagatorRule;
import org.feynet.rules.Theory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * check for several fields reads back what expand writes: every term, with its dummies renamed in
 * reverse order and the terms shuffled, is identified with its own diagram (the comparison's
 * exhaustive canonical form is independent of the generator's orderly one, so each diagram must be
 * found exactly once — a generator that emitted one coloured diagram twice would show up here);
 * changing one coefficient is reported as exactly that diagram's wrong coefficient. With
 * multi-local vertices (the recurrent network's auxiliary-field action, and one without bilocal
 * fields) diagrams that pair the times differently may be one integral: each integral is then found
 * exactly once, and a forgotten factor N of a closed index loop is a wrong coefficient.
 */
class FieldCheckRoundTripTest {

    private static Theory theory(String which) {
        if (which.equals("network")) {
            return RuledTheory.multiLocal(MultiLocalCheckTest.NETWORK, true, false);
        }
        if (which.equals("nobilocal")) {
            return RuledTheory.multiLocal(MultiLocalCheckTest.NO_BILOCAL, true, false);
        }
        if (which.startsWith("msr")) {
            Field h = Field.scalar("h");
            Field zt = Field.scalar("zt");
            return new ActionDeclaration("msr", "g/2*zt*h^2 + u/6*zt*h^3", List.of(h, zt),
                    List.of(PropagatorRule.diagonal(h), new PropagatorRule(h, zt, which.equals("msr"))), null,
                    Map.of()).theory();
        }
        return ActionParser.parse("three", "a*phi*psi*chi + g/2*phi^2*psi", List.of("phi", "psi", "chi"));
    }

    @ParameterizedTest(name = "{0} legs {1} orders 0..{2}")
    @CsvSource({"msr,'0,1',3", "msr-acausal,'0,1',3", "msr,'0,0',3", "msr,'0,0,0,1',2", "three,'0,0',3",
            "three,'2,2',4", "network,'0,0',2", "network,'0,1',2", "nobilocal,'0,0',2", "nobilocal,'0,1',2"})
    void everyExportedTermIsItsOwnDiagram(String which, String legList, int maxOrder) {
        Theory theory = theory(which);
        List<Integer> legs = new ArrayList<>();
        for (String l : legList.split(",")) {
            legs.add(Integer.parseInt(l.trim()));
        }
        List<Diagram> engine = DiagramExpansion.expand(new ExpansionRequest(theory, legs.size(), 0, maxOrder, -1,
                Filters.CONNECTED, legs), ProgressListener.NONE).diagrams();
        assertTrue(engine.size() > 3, "enough diagrams: " + engine.size());
        List<String> terms = new ArrayList<>();
        for (Diagram d : engine) {
            String t = FieldTerm.of(d, theory, Notation.DEFAULT).symja();
            for (int y = 9; y >= 1; y--) {
                t = t.replace("y" + y, "q" + (10 - y)); // q9 … q1: the reverse of the engine's order
            }
            terms.add(t);
        }
        java.util.Collections.reverse(terms);
        ExpansionComparison.Result r = compare(theory, legs, engine, String.join(" + ", terms));
        assertTrue(r.matches(), () -> r.differences().stream().map(d -> d.kind() + " " + d.picture()).toList().toString());
        if (theory.hasMultiLocalVertices()) {
            // diagrams that pair the times of a vertex differently may be one integral, compared once
            assertEquals(r.integrals() == 0 ? engine.size() : r.integrals(), r.matched());
        } else {
            assertEquals(0, r.integrals(), "with local vertices every diagram is an integral of its own");
            assertEquals(engine.size(), r.matched());
        }

        // one wrong coefficient: the last term doubled (its integral may be shared with other terms)
        List<String> doubled = new ArrayList<>(terms);
        doubled.set(terms.size() - 1, "2*(" + terms.get(terms.size() - 1) + ")");
        ExpansionComparison.Result wrong = compare(theory, legs, engine, String.join(" + ", doubled));
        assertEquals(1, wrong.differences().size());
        assertEquals(ExpansionComparison.Kind.WRONG_COEFFICIENT, wrong.differences().get(0).kind());
        if (!theory.hasMultiLocalVertices()) {
            assertEquals(engine.get(0).picture(theory), wrong.differences().get(0).picture());
        }

        // a closed neuron-index loop forgotten: the power of N is part of the coefficient
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).contains("*N*")) {
                List<String> noLoop = new ArrayList<>(terms);
                noLoop.set(i, terms.get(i).replaceFirst("\\*N\\*", "*"));
                ExpansionComparison.Result lost = compare(theory, legs, engine, String.join(" + ", noLoop));
                assertEquals(1, lost.differences().size(), lost.differences().toString());
                assertEquals(ExpansionComparison.Kind.WRONG_COEFFICIENT, lost.differences().get(0).kind());
                break;
            }
        }
    }

    private static ExpansionComparison.Result compare(Theory theory, List<Integer> legs, List<Diagram> engine,
                                                      String sum) {
        return FieldExpansionComparison.compare(theory, legs.size(), legs, engine,
                FieldExpansionComparison.read(sum, theory, Notation.DEFAULT), Notation.DEFAULT);
    }
}
