package org.feynet.graph;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.rules.Coefficient;
import org.feynet.rules.CouplingMonomial;
import org.feynet.rules.PolynomialInN;
import org.feynet.rules.Theory;
import org.feynet.rules.VertexRule;

/**
 * The entry point of the generator: the diagrams of an n-point function, order by order.
 *
 * <p>For every vertex composition of the requested orders (or loop count) it runs an
 * {@link OrderlyGenerator}, applies the loop selection and the {@link TopologyFilter}, computes
 * {@link SymmetryFactor S} and the weight Π(vertex factor)/S, and either hands each
 * {@link Diagram} to a consumer or only counts. Counting keeps, per composition, a histogram of
 * symmetry factors (a handful of distinct values), so the exact weight sum costs one fraction
 * addition per distinct S and memory does not grow with the number of diagrams.
 */
public final class DiagramExpansion {

    private DiagramExpansion() {
    }

    /** All diagrams and the per-order table. */
    public static ExpansionResult expand(ExpansionRequest request, ProgressListener progress) {
        List<Diagram> diagrams = new ArrayList<>();
        List<OrderSummary> orders = run(request, diagrams::add, progress);
        return new ExpansionResult(request, orders, diagrams);
    }

    /** The per-order table only; memory stays constant however many diagrams there are. */
    public static ExpansionResult count(ExpansionRequest request, ProgressListener progress) {
        return new ExpansionResult(request, run(request, null, progress), List.of());
    }

    /** Streams every diagram to {@code sink} and returns the per-order table. */
    public static List<OrderSummary> stream(ExpansionRequest request, Consumer<Diagram> sink, ProgressListener progress) {
        return run(request, sink, progress);
    }

    /** The vertex compositions the request needs, in increasing order. */
    static List<VertexComposition> plan(ExpansionRequest request) {
        Theory theory = request.theory();
        int types = theory.vertices().size();
        List<VertexComposition> plan = new ArrayList<>();
        if (!request.byLoops()) {
            for (int k = request.minOrder(); k <= request.maxOrder(); k++) {
                plan.addAll(VertexComposition.ofOrder(types, k));
            }
            return plan;
        }
        // Each vertex adds at least 1/2 loop (valence >= 3), so order <= 2L + points suffices.
        int n = request.points();
        int maxComponents = request.filters().full() ? Math.max(1, n) : 1;
        for (int k = 0; k <= 2 * request.loops() + n + 2; k++) {
            for (VertexComposition c : VertexComposition.ofOrder(types, k)) {
                if (c.halfEdges(theory, n) % 2 != 0) {
                    continue;
                }
                int least = c.loops(theory, n, 1);
                int most = c.loops(theory, n, maxComponents);
                if (least <= request.loops() && request.loops() <= most) {
                    plan.add(c);
                }
            }
        }
        return plan;
    }

    private static List<OrderSummary> run(ExpansionRequest request, Consumer<Diagram> sink, ProgressListener progress) {
        Theory theory = request.theory();
        List<VertexComposition> plan = plan(request);
        Map<Integer, Map<CouplingMonomial, Tally>> rows = new TreeMap<>();
        boolean vector = theory.vertices().stream().anyMatch(VertexRule::isVector);
        long total = 0;
        int done = 0;
        for (VertexComposition c : plan) {
            Coefficient prefactor = c.vertexFactorProduct(theory);
            Tally tally = rows.computeIfAbsent(c.order(), k -> new TreeMap<>())
                    .computeIfAbsent(prefactor.couplings(), k -> new Tally());
            CompositionRun composition = new CompositionRun(request, c, prefactor, tally, sink, progress, done,
                    plan.size(), total);
            FieldFeasibility fields = theory.hasSeveralFields()
                    ? FieldFeasibility.of(theory, composition.layout, request.externalFields()) : null;
            new OrderlyGenerator(composition.layout, !request.filters().full(), composition, fields).run();
            for (Map.Entry<Long, long[]> e : composition.histogram.entrySet()) {
                long count = e.getValue()[0];
                tally.count += count;
                total += count;
                if (!vector) {
                    tally.weight = tally.weight.add(prefactor.rational().multiply(BigFraction.of(
                            BigInteger.valueOf(count), BigInteger.valueOf(e.getKey()))));
                }
            }
            progress.progress(++done, plan.size(), total);
        }
        List<OrderSummary> out = new ArrayList<>();
        rows.forEach((order, byMonomial) -> byMonomial.forEach((m, t) ->
                out.add(new OrderSummary(order, m, t.count, t.weight, vector ? t.weightN : null, t.groupList()))));
        return out;
    }

    /**
     * What happens to each canonical matrix of one vertex composition: the loop selection and the
     * topological filters, then — by the kind of theory — the symmetry factor of the one-field
     * diagram, its O(N) index tensor, or its colourings by field; the diagram is tallied by S and
     * handed to the sink.
     */
    private static final class CompositionRun implements OrderlyGenerator.MatrixVisitor {
        final PointLayout layout;
        /** Symmetry factor → number of diagrams with it. */
        final Map<Long, long[]> histogram = new HashMap<>();
        private final ExpansionRequest request;
        private final Theory theory;
        private final VertexComposition composition;
        private final Coefficient prefactor;
        private final Tally tally;
        private final Consumer<Diagram> sink;
        private final ProgressListener progress;
        private final int step;
        private final int steps;
        private final long before;
        private final boolean vector;
        private final boolean multiField;
        /** Whether diagrams report their power of N and T ({@link Scaling}). */
        private final boolean scaled;
        private final String standardPairing;
        private final CanonicityTest automorphisms;
        private long accepted;

        CompositionRun(ExpansionRequest request, VertexComposition composition, Coefficient prefactor, Tally tally,
                       Consumer<Diagram> sink, ProgressListener progress, int step, int steps, long before) {
            this.request = request;
            this.theory = request.theory();
            this.composition = composition;
            this.prefactor = prefactor;
            this.tally = tally;
            this.sink = sink;
            this.progress = progress;
            this.step = step;
            this.steps = steps;
            this.before = before;
            this.layout = composition.layout(theory, request.points());
            this.vector = theory.vertices().stream().anyMatch(VertexRule::isVector);
            this.multiField = theory.hasSeveralFields();
            this.scaled = multiField && (theory.hasNeuronIndex() || theory.hasTimes() || !theory.nPowers().isEmpty());
            this.standardPairing = IndexContraction.standardPairing(request.points());
            this.automorphisms = multiField ? new CanonicityTest(layout) : null;
        }

        @Override
        public void visit(int[][] adj, long vertexAutomorphisms) {
            int n = request.points();
            int size = layout.size;
            int components = request.filters().full() ? Components.count(adj, size) : 1;
            int loops = composition.loops(theory, n, components);
            if (request.byLoops() && loops != request.loops()) {
                return;
            }
            if (!TopologyFilter.accepts(request.filters(), adj, n, size)) {
                return;
            }
            if (multiField) {
                for (FieldColouring.Colouring colouring : FieldColouring.of(theory, layout, adj, request.externalFields(),
                        automorphisms.automorphisms(adj))) {
                    Scaling scaling = scaled ? Scaling.of(theory, n, layout.type, colouring.perKind()) : null;
                    if (scaling != null) {
                        tally.addGroup(scaling, prefactor.rational().divide(BigFraction.of(colouring.symmetryFactor())));
                    }
                    accept(colouring.perKind(), loops, colouring.symmetryFactor(), Map.of(), scaling);
                }
                return;
            }
            long s = SymmetryFactor.of(adj, size, vertexAutomorphisms);
            Map<String, PolynomialInN> tensor = vector ? IndexContraction.of(n, adj) : Map.of();
            if (vector && theory.numericN() > 0) {
                // N given in the action file: each polynomial becomes its value there
                BigFraction bigN = BigFraction.of(theory.numericN());
                Map<String, PolynomialInN> valued = new java.util.TreeMap<>();
                tensor.forEach((pairing, p) -> valued.put(pairing, new PolynomialInN(List.of(p.at(bigN)))));
                tensor = valued;
            }
            if (vector) {
                tally.addTensor(tensor, prefactor.rational().divide(BigFraction.of(s)), standardPairing);
            }
            accept(new int[][][] {adj}, loops, s, tensor, null);
        }

        private void accept(int[][][] perKind, int loops, long s, Map<String, PolynomialInN> tensor, Scaling scaling) {
            histogram.computeIfAbsent(s, k -> new long[1])[0]++;
            if ((++accepted & 0xFFFF) == 0) {
                progress.progress(step, steps, before + accepted);
            }
            if (sink != null) {
                sink.accept(toDiagram(theory, composition, layout, perKind, loops, s, prefactor, tensor, scaling));
            }
        }
    }

    /** The running totals of one group of a row. */
    private static final class GroupTally {
        long count;
        BigFraction weight = BigFraction.ZERO;
    }

    /** The running totals of one row (order, coupling monomial) of the table. */
    private static final class Tally {
        long count;
        BigFraction weight = BigFraction.ZERO;
        PolynomialInN weightN = PolynomialInN.ZERO;
        /** Scaling → its count and Σ weight; a handful of entries, however many diagrams. */
        final Map<Scaling, GroupTally> groups = new java.util.LinkedHashMap<>();

        void addGroup(Scaling s, BigFraction w) {
            GroupTally g = groups.computeIfAbsent(s, k -> new GroupTally());
            g.count++;
            g.weight = g.weight.add(w);
        }

        List<OrderSummary.Group> groupList() {
            List<OrderSummary.Group> out = new ArrayList<>();
            groups.forEach((s, g) -> out.add(new OrderSummary.Group(s, g.count, g.weight)));
            out.sort(java.util.Comparator.comparing((OrderSummary.Group g) -> g.scaling().nPower().negate())
                    .thenComparingInt(g -> g.scaling().tPower()).thenComparing(g -> g.scaling().indices())
                    .thenComparing(g -> !g.scaling().stemAndCap()));
            return out;
        }

        /**
         * An O(N) diagram of weight {@code w} per pairing: the δ(a1,a2)δ(a3,a4)… coefficient adds to
         * weightN, and at N = 1 (all δ's 1) every pairing adds to the scalar weight.
         */
        void addTensor(Map<String, PolynomialInN> tensor, BigFraction w, String standard) {
            weightN = weightN.plus(tensor.getOrDefault(standard, PolynomialInN.ZERO).times(w));
            for (PolynomialInN p : tensor.values()) {
                weight = weight.add(p.at(BigFraction.ONE).multiply(w));
            }
        }
    }

    /**
     * @param perKind the multiplicity matrix of each propagator rule (one matrix for a theory with one
     *                field); oriented for a rule ⟨a b⟩ with a ≠ b, [i][j] counting lines with a at i
     */
    private static Diagram toDiagram(Theory theory, VertexComposition c, PointLayout layout, int[][][] perKind,
                                     int loops, long s, Coefficient prefactor, Map<String, PolynomialInN> tensor,
                                     Scaling scaling) {
        List<Propagator> propagators = new ArrayList<>();
        for (int kind = 0; kind < perKind.length; kind++) {
            int[][] adj = perKind[kind];
            boolean oriented = !theory.propagators().get(kind).isSymmetric();
            for (int i = 0; i < layout.size; i++) {
                for (int j = oriented ? 0 : i; j < layout.size; j++) {
                    for (int k = 0; k < adj[i][j]; k++) {
                        propagators.add(new Propagator(i, j, kind, oriented));
                    }
                }
            }
        }
        List<Integer> types = new ArrayList<>();
        for (int p = layout.externals; p < layout.size; p++) {
            types.add(layout.type[p]);
        }
        Coefficient weight = new Coefficient(prefactor.rational().divide(BigFraction.of(s)), prefactor.couplings());
        return new Diagram(c.order(), prefactor.couplings(), layout.externals, types, propagators, loops, s, weight,
                tensor, scaling);
    }
}
