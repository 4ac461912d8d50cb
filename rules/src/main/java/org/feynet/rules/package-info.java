/**
 * From an action to Feynman rules.
 *
 * <p>This package owns fields, couplings and interaction vertices: it reads an action such as
 * {@code g/3!*phi^3 + lambda/4!*phi^4} (Symja syntax, parsed with Symja's light parser) and turns
 * every term {@code c * phi^n} into a {@link org.feynet.rules.VertexRule} with vertex factor
 * {@code -c * n!} (DESIGN.md, conventions). It knows nothing about graphs, diagrams or output.
 *
 * <p>The model is built for what comes later without a rewrite: a {@link org.feynet.rules.Theory}
 * holds a list of {@link org.feynet.rules.Field}s and each vertex names the field of each of its legs,
 * so several fields, response fields and index tensors extend it rather than replace it.
 */
package org.feynet.rules;
