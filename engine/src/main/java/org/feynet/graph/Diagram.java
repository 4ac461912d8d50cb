package org.feynet.graph;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.feynet.rules.Coefficient;
import org.feynet.rules.CouplingMonomial;
import org.feynet.rules.PolynomialInN;

/**
 * One Feynman diagram: a multigraph with labelled external points, its symmetry factor and weight.
 *
 * <p>Points {@code 0 … points-1} are the external points x1 … xn (each of degree 1); points
 * {@code points …} are the internal vertices v1, v2, …, whose interaction is
 * {@code vertexTypes.get(i)}, an index into {@link org.feynet.rules.Theory#vertices()}.
 * Weight = Π(vertex factors) / S (DESIGN.md, conventions).
 *
 * @param order number of interaction vertices
 * @param couplings the coupling monomial of the diagram
 * @param points number of external points
 * @param vertexTypes vertex type of each internal vertex
 * @param propagators the edges, sorted; a multi-edge appears once per propagator
 * @param loops the number of independent cycles (first Betti number)
 * @param symmetryFactor S: automorphisms fixing the external points, edge permutations included
 * @param weight Π(vertex factor) / S; for an O(N) theory, with the factor of one pairing at each vertex
 * @param tensor for an O(N) theory, the index tensor ({@link IndexContraction}): the full weight is
 *               {@code weight} times this polynomial in N for each pairing of the external indices;
 *               empty for scalar theories
 * @param scaling for a network's field theory (neuron indices, times or couplings with powers of N),
 *                its power of N and T and its external index structure; null otherwise
 */
public record Diagram(int order, CouplingMonomial couplings, int points, List<Integer> vertexTypes,
                      List<Propagator> propagators, int loops, long symmetryFactor, Coefficient weight,
                      Map<String, PolynomialInN> tensor, Scaling scaling) {

    /** A diagram of a scalar or O(N) theory. */
    public Diagram(int order, CouplingMonomial couplings, int points, List<Integer> vertexTypes,
                   List<Propagator> propagators, int loops, long symmetryFactor, Coefficient weight,
                   Map<String, PolynomialInN> tensor) {
        this(order, couplings, points, vertexTypes, propagators, loops, symmetryFactor, weight, tensor, null);
    }

    public Diagram {
        Objects.requireNonNull(couplings, "couplings");
        vertexTypes = List.copyOf(vertexTypes);
        propagators = propagators.stream().sorted().toList();
        Objects.requireNonNull(weight, "weight");
        tensor = Collections.unmodifiableMap(new TreeMap<>(tensor));
    }

    /** A diagram of a scalar theory. */
    public Diagram(int order, CouplingMonomial couplings, int points, List<Integer> vertexTypes,
                   List<Propagator> propagators, int loops, long symmetryFactor, Coefficient weight) {
        this(order, couplings, points, vertexTypes, propagators, loops, symmetryFactor, weight, Map.of());
    }

    /**
     * The full weight of an O(N) diagram for each pairing of the external indices, e.g.
     * {@code delta[a1,a2]} → {@code -(N + 2)/6*lambda}; empty for a scalar theory.
     */
    public Map<String, String> tensorWeights() {
        Map<String, String> out = new TreeMap<>();
        tensor.forEach((pairing, poly) -> {
            PolynomialInN p = poly.times(weight.rational());
            String c = weight.couplings().isOne() ? p.toString() : p + "*" + weight.couplings();
            out.put(pairing, c);
        });
        return out;
    }

    /** Number of points, external and internal. */
    public int size() {
        return points + vertexTypes.size();
    }

    /** The symmetric multiplicity matrix; the diagonal holds the number of self-loops. */
    public int[][] adjacency() {
        int[][] a = new int[size()][size()];
        for (Propagator p : propagators) {
            a[p.from()][p.to()]++;
            if (p.from() != p.to()) {
                a[p.to()][p.from()]++;
            }
        }
        return a;
    }

    /** The Nickel index of the diagram's topology, external legs unlabelled ({@link NickelIndex}). */
    public String nickel() {
        return NickelIndex.of(points, adjacency());
    }

    /** The name of a point: x1 … xn for external points, v1 … for internal vertices. */
    public String pointName(int point) {
        return pointName(points, point);
    }

    private static String pointName(int points, int point) {
        return point < points ? "x" + (point + 1) : "v" + (point - points + 1);
    }

    /**
     * A one-line picture: every propagator as {@code a-b}, a multi-edge as {@code a-b^k}, e.g.
     * {@code x1-v1 x2-v2 v1-v2^3} for the sunset.
     */
    public String picture() {
        return picture(points, adjacency());
    }

    /**
     * The picture with the kind of each propagator, for theories with several fields:
     * {@code x1-v1:phi x2-v1:phi v1-v1:psi}; a line of a rule ⟨a b⟩ with a ≠ b is written from its
     * a end to its b end, {@code v2-v1:<h,zt>} (h at v2, z̃ at v1).
     */
    public String picture(org.feynet.rules.Theory theory) {
        if (theory.propagators().size() < 2) {
            return picture();
        }
        Map<String, Integer> lines = new java.util.LinkedHashMap<>();
        for (Propagator p : propagators) {
            lines.merge(pointName(p.from()) + "-" + pointName(p.to()) + ":"
                    + theory.propagators().get(p.kind()).label(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        lines.forEach((line, k) -> sb.append(sb.length() > 0 ? " " : "").append(line).append(k > 1 ? "^" + k : ""));
        return sb.toString();
    }

    /** The one-line picture of any multiplicity matrix with {@code points} external points first. */
    public static String picture(int points, int[][] a) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            for (int j = i; j < a.length; j++) {
                if (a[i][j] == 0) {
                    continue;
                }
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(pointName(points, i)).append('-').append(pointName(points, j));
                if (a[i][j] > 1) {
                    sb.append('^').append(a[i][j]);
                }
            }
        }
        return sb.length() == 0 ? "(empty)" : sb.toString();
    }
}
