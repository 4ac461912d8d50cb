/**
 * Writes an expansion in the forms people and programs read: text for people, JSON for programs
 * (the fields of DESIGN.md's contract). Exporters are streaming: they receive the request, then
 * each diagram as it is generated, then the per-order table, so that output of any size needs no
 * more memory than one diagram.
 *
 * <p>Owns formatting only. Must not know how diagrams are generated, and never touches files or the
 * console itself: it writes to the {@link java.io.Writer} it is given.
 */
package org.feynet.export;
