/**
 * From an action to Feynman rules.
 *
 * <p>This package owns fields, couplings and interaction vertices: it reads an action such as
 * {@code g/3!*phi^3 + lambda/4!*phi^4}, {@code g/2*phi^2*psi} (several scalar fields) or
 * {@code lambda/4!*(phi.phi)^2} (an O(N) vector field) — Symja syntax, parsed with Symja's light
 * parser — and turns every term into a {@link org.feynet.rules.VertexRule} with its vertex factor
 * (DESIGN.md, conventions); {@link org.feynet.rules.PolynomialInN} holds the N-dependence of O(N)
 * weights. It knows nothing about graphs, diagrams or output.
 *
 * <p>A {@link org.feynet.rules.Theory} holds a list of {@link org.feynet.rules.Field}s, the
 * non-vanishing free two-point functions ({@link org.feynet.rules.PropagatorRule}: ⟨h h⟩ and the
 * retarded ⟨h z̃⟩ of a response-field action, ⟨z̃ z̃⟩ = 0) and the vertices, each naming the field of
 * each of its legs. {@link org.feynet.rules.ActionDeclaration} reads what an action file declares:
 * neuron-indexed and bilocal fields, multi-local vertices written with times ({@code zt[t1]}),
 * couplings with powers of N.
 */
package org.feynet.rules;
