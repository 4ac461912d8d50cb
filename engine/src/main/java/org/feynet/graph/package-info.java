/**
 * Feynman diagrams as graphs: the model, the generator, symmetry factors, filters.
 *
 * <p>Owns: {@link org.feynet.graph.Diagram} (immutable), the orderly generator
 * ({@link org.feynet.graph.OrderlyGenerator}) with its canonicity test and automorphism count
 * ({@link org.feynet.graph.CanonicityTest}), {@link org.feynet.graph.SymmetryFactor}, the filters
 * (connected, full, 1PI, no tadpoles, no self-energy), loop counting and the Nickel index.
 * {@link org.feynet.graph.DiagramExpansion} is the entry point.
 *
 * <p>Must not know: Symja, output formats, the command line. Nothing here prints.
 */
package org.feynet.graph;
