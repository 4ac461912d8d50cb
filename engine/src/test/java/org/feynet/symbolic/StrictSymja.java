package org.feynet.symbolic;

import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.parser.client.ParserConfig;

/**
 * Symja in strict mode for the tests that have Symja read exported terms (DESIGN.md: case-sensitive
 * symbols, so {@code Int}, {@code G}, {@code N} stay plain symbols; an explicit evaluation engine,
 * without which built-ins such as Expand stay unevaluated).
 */
public final class StrictSymja {

    private StrictSymja() {
    }

    /** A fresh evaluator; the first call pays Symja's start-up (about a second). */
    public static ExprEvaluator start() {
        ParserConfig.PARSER_USE_LOWERCASE_SYMBOLS = false;
        F.initSymbols();
        return new ExprEvaluator(new EvalEngine(false), false, (short) 100);
    }
}
