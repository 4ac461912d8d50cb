/**
 * Diagrams as formulas: each {@link org.feynet.graph.Diagram} becomes the term it stands for,
 * weight × Π G[a,b] × nested inert integrals {@code Int[…, y]} over internal points, in Symja input
 * form and in LaTeX; and a person's formula is read back into diagrams for {@code diagrams check}.
 *
 * <p>Owns: {@link org.feynet.symbolic.Notation}, {@link org.feynet.symbolic.DiagramTerm} (a diagram's
 * term with canonical dummy names y1, y2, … taken from the canonical numbering),
 * {@link org.feynet.symbolic.TermReader} (formula → diagrams) and
 * {@link org.feynet.symbolic.ExpansionComparison} (what differs; amputated terms of one field are
 * read back into full diagrams by {@link org.feynet.symbolic.AmputatedTerms}, those of several fields
 * compared as amputated integrals by {@link org.feynet.symbolic.PointGraph}); for O(N) models
 * {@link org.feynet.symbolic.TensorTerm} and {@link org.feynet.symbolic.TensorExpansionComparison},
 * for several fields {@link org.feynet.symbolic.FieldTerm} and, in momentum space,
 * {@link org.feynet.symbolic.FieldMomentumTerm} (momenta routed by
 * {@link org.feynet.symbolic.MomentumRouting}, as for one field),
 * {@link org.feynet.symbolic.PointGraph} (a term as a graph on its points, with a canonical form)
 * and {@link org.feynet.symbolic.FieldExpansionComparison}. Terms are written as text in
 * Symja's input syntax; reading uses Symja's parser without its evaluation engine, so no command
 * pays Symja's start-up. Integrals are inert symbols, never Symja's {@code Integrate}.
 *
 * <p>Must not know: the command line, files, output formats other than the term itself.
 */
package org.feynet.symbolic;
