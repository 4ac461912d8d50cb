/**
 * Feynman diagrams as graphs: the model, the generator, symmetry factors, filters.
 *
 * <p>Owns: {@link org.feynet.graph.Diagram} (immutable), the orderly generator
 * ({@link org.feynet.graph.OrderlyGenerator}) with its canonicity test and automorphism count
 * ({@link org.feynet.graph.CanonicityTest}), {@link org.feynet.graph.SymmetryFactor}, the filters
 * (connected, full, 1PI, no tadpoles, no self-energy), loop counting and the Nickel index.
 * {@link org.feynet.graph.DiagramExpansion} is the entry point. Theories with several fields or
 * mixed propagators colour each topology's lines by propagator rule
 * ({@link org.feynet.graph.FieldColouring}), after the generator has skipped topologies whose lines
 * the fields' legs cannot carry ({@link org.feynet.graph.FieldFeasibility}); response-field
 * theories drop what causality forbids and count free time integrals
 * ({@link org.feynet.graph.TimeClasses}), powers of N and the cactus and mushroom shapes
 * ({@link org.feynet.graph.Scaling}); O(N) models contract index tensors
 * ({@link org.feynet.graph.IndexContraction}).
 *
 * <p>Must not know: Symja, output formats, the command line. Nothing here prints.
 */
package org.feynet.graph;
