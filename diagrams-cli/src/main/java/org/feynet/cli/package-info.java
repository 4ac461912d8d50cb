/**
 * The {@code diagrams} command (picocli): parses options, calls the engine, prints.
 *
 * <p>Owns argument parsing, exit codes (0 success, 1 a negative answer, 2 bad input), one-line error
 * messages, the progress bar on stderr and atomic output files. Must not know how diagrams are
 * generated or formatted: that is the engine's {@code graph} and {@code export} packages.
 */
package org.feynet.cli;
