package org.feynet.symbolic;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.rules.Coefficient;
import org.feynet.rules.CouplingMonomial;
import org.matheclipse.parser.client.Parser;
import org.matheclipse.parser.client.SyntaxError;
import org.matheclipse.parser.client.ast.ASTNode;
import org.matheclipse.parser.client.ast.FloatNode;
import org.matheclipse.parser.client.ast.FractionNode;
import org.matheclipse.parser.client.ast.FunctionNode;
import org.matheclipse.parser.client.ast.IntegerNode;
import org.matheclipse.parser.client.ast.SymbolNode;

/**
 * Reads a person's formula — a sum of terms in the notation of {@link DiagramTerm}, with any dummy
 * names, any order of a propagator's arguments, integrals nested ({@code Int[Int[…, y2], y1]}) or
 * with several points ({@code Int[…, y1, y2]}, {@code Int[…, {y1, y2}]}) — into expanded terms:
 * a coefficient, the propagators and the integrated points of each.
 *
 * <p>Algorithm: Symja's parser (no evaluation engine) builds the syntax tree; sums are concatenated,
 * products multiplied out term by term, and every integral renames its dummy point to a fresh name
 * so that two integrals with the same dummy never get mixed up.
 */
public final class TermReader {

    /** One expanded term: coefficient × Π head[a,b] integrated over {@code integrated}. */
    public record RawTerm(Coefficient coefficient, List<DiagramTerm.Factor> factors, List<String> integrated) {
    }

    /** Unreadable input; the message names the position or the offending part. */
    public static final class ReadException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        ReadException(String message) {
            super(message);
        }
    }

    private final String propagator;
    private final java.util.Set<String> heads;
    private final java.util.Set<String> bilocalHeads;
    private int fresh;

    private TermReader(String propagator, java.util.Set<String> heads, java.util.Set<String> bilocalHeads) {
        this.propagator = propagator;
        this.heads = heads;
        this.bilocalHeads = bilocalHeads;
    }

    /** Reads {@code text}; propagators have head {@code propagator} (G or K), Delta factors are kept. */
    public static List<RawTerm> read(String text, String propagator) {
        return read(text, propagator, java.util.Set.of(propagator, "Delta"));
    }

    /**
     * Reads {@code text} whose propagators have any of {@code heads} (for several fields,
     * {@code Gphi}, {@code GhZt}, …; {@code example} names one in messages).
     */
    public static List<RawTerm> read(String text, String example, java.util.Set<String> heads) {
        return read(text, example, heads, java.util.Set.of());
    }

    /**
     * As {@link #read(String, String, java.util.Set)}, where the heads in {@code bilocalHeads} join
     * two pairs of points, {@code GwWt[a1,a2,b1,b2]} (the propagator of a bilocal field).
     */
    public static List<RawTerm> read(String text, String example, java.util.Set<String> heads,
                                     java.util.Set<String> bilocalHeads) {
        if (text == null || text.isBlank()) {
            throw new ReadException("empty expression");
        }
        ASTNode tree;
        try {
            tree = new Parser(false).parse(stripComments(text));
        } catch (SyntaxError e) {
            throw new ReadException("cannot parse the expression: " + e.getMessage().lines().findFirst().orElse("").trim()
                    + " (at character " + (e.getStartOffset() + 1) + ")");
        } catch (RuntimeException e) {
            throw new ReadException("cannot parse the expression: " + e.getMessage());
        }
        return new TermReader(example, heads, bilocalHeads).expand(tree);
    }

    /** The name a person gave a point (integrated points are renamed {@code y#n} while reading). */
    public static String displayName(String point) {
        int hash = point.indexOf('#');
        return hash < 0 ? point : point.substring(0, hash);
    }

    /** Drops Symja comments {@code (* … *)}, which the exporters write as headers. */
    static String stripComments(String text) {
        return text.replaceAll("(?s)\\(\\*.*?\\*\\)", " ");
    }

    private List<RawTerm> expand(ASTNode node) {
        if (node instanceof IntegerNode i) {
            return constant(BigFraction.of(new BigInteger(i.toString())), CouplingMonomial.ONE);
        }
        if (node instanceof FractionNode f) {
            return constant(BigFraction.of(new BigInteger(f.getNumerator().toString()),
                    new BigInteger(f.getDenominator().toString())), CouplingMonomial.ONE);
        }
        if (node instanceof FloatNode) {
            throw new ReadException("inexact number '" + node + "': write coefficients as fractions");
        }
        if (node instanceof SymbolNode s) {
            return constant(BigFraction.ONE, CouplingMonomial.of(s.getString()));
        }
        if (!(node instanceof FunctionNode f)) {
            throw new ReadException("cannot read '" + node + "'");
        }
        String head = f.get(0).toString();
        switch (head) {
            case "Plus": {
                List<RawTerm> out = new ArrayList<>();
                for (int k = 1; k < f.size(); k++) {
                    out.addAll(expand(f.get(k)));
                }
                return out;
            }
            case "Times": {
                List<RawTerm> out = constant(BigFraction.ONE, CouplingMonomial.ONE);
                for (int k = 1; k < f.size(); k++) {
                    out = times(out, expand(f.get(k)));
                }
                return out;
            }
            case "Power":
                return power(f);
            case "Int":
                return integral(f);
            default:
                if (bilocalHeads.contains(head)) {
                    if (f.size() != 5 || !allSymbols(f)) {
                        throw new ReadException("'" + f + "': a bilocal propagator joins two pairs of points, e.g. "
                                + head + "[y1,y2,y3,y4]");
                    }
                    return List.of(new RawTerm(Coefficient.ONE, List.of(new DiagramTerm.Factor(head,
                            f.get(1).toString(), f.get(2).toString(), 1, List.of(f.get(3).toString(),
                            f.get(4).toString()))), List.of()));
                }
                if (heads.contains(head)) {
                    if (f.size() != 3 || !(f.get(1) instanceof SymbolNode) || !(f.get(2) instanceof SymbolNode)) {
                        throw new ReadException("'" + f + "': a propagator takes two points, e.g. " + propagator + "[x1,y1]");
                    }
                    RawTerm t = new RawTerm(Coefficient.ONE, List.of(new DiagramTerm.Factor(head,
                            f.get(1).toString(), f.get(2).toString(), 1)), List.of());
                    return List.of(t);
                }
                if (head.equals("Delta")) {
                    throw new ReadException("'" + f + "': Delta factors belong to amputated terms: check them with"
                            + " --amputate");
                }
                throw new ReadException("unknown function '" + head + "' in '" + f + "': terms are built from "
                        + (heads.size() > 2 ? new java.util.TreeSet<>(heads) + " [a,b]" : propagator + "[a,b]")
                        + ", Int[…, y], couplings and numbers");
        }
    }

    private static boolean allSymbols(FunctionNode f) {
        for (int k = 1; k < f.size(); k++) {
            if (!(f.get(k) instanceof SymbolNode)) {
                return false;
            }
        }
        return true;
    }

    private static List<RawTerm> constant(BigFraction r, CouplingMonomial m) {
        return List.of(new RawTerm(new Coefficient(r, m), List.of(), List.of()));
    }

    private static List<RawTerm> times(List<RawTerm> left, List<RawTerm> right) {
        List<RawTerm> out = new ArrayList<>();
        for (RawTerm a : left) {
            for (RawTerm b : right) {
                List<DiagramTerm.Factor> factors = new ArrayList<>(a.factors());
                factors.addAll(b.factors());
                List<String> integrated = new ArrayList<>(a.integrated());
                integrated.addAll(b.integrated());
                out.add(new RawTerm(a.coefficient().times(b.coefficient()), factors, integrated));
            }
        }
        return out;
    }

    private List<RawTerm> power(FunctionNode f) {
        if (!(f.get(2) instanceof IntegerNode)) {
            throw new ReadException("exponent '" + f.get(2) + "' in '" + f + "' must be an integer");
        }
        int k = Integer.parseInt(f.get(2).toString());
        if (k < 0) {
            List<RawTerm> base = expand(f.get(1));
            if (base.size() != 1 || !base.get(0).factors().isEmpty() || !base.get(0).integrated().isEmpty()
                    || base.get(0).coefficient().rational().signum() == 0) {
                throw new ReadException("'" + f + "': only numbers and couplings may be divided by");
            }
            Coefficient c = base.get(0).coefficient();
            return List.of(new RawTerm(new Coefficient(c.rational().reciprocal().pow(-k), c.couplings().pow(k)),
                    List.of(), List.of()));
        }
        List<RawTerm> out = constant(BigFraction.ONE, CouplingMonomial.ONE);
        for (int i = 0; i < k; i++) {
            out = times(out, expand(f.get(1))); // expanded anew: each copy of an integral gets its own dummy
        }
        return out;
    }

    private List<RawTerm> integral(FunctionNode f) {
        if (f.size() < 3) {
            throw new ReadException("'" + f + "': write Int[expression, y]");
        }
        List<String> dummies = new ArrayList<>();
        for (int k = 2; k < f.size(); k++) {
            ASTNode v = f.get(k);
            if (v instanceof SymbolNode s) {
                dummies.add(s.getString());
            } else if (v instanceof FunctionNode list && list.get(0).toString().equals("List")) {
                for (int i = 1; i < list.size(); i++) {
                    dummies.add(list.get(i).toString());
                }
            } else {
                throw new ReadException("'" + v + "' in '" + f + "' is not an integration point");
            }
        }
        List<RawTerm> out = new ArrayList<>();
        for (RawTerm t : expand(f.get(1))) {
            Map<String, String> rename = new HashMap<>();
            List<String> integrated = new ArrayList<>(t.integrated());
            for (String y : dummies) {
                String name = y + "#" + (++fresh); // unique, and the person's name is still readable
                rename.put(y, name);
                integrated.add(name);
            }
            List<DiagramTerm.Factor> factors = new ArrayList<>();
            for (DiagramTerm.Factor g : t.factors()) {
                factors.add(new DiagramTerm.Factor(g.head(), rename.getOrDefault(g.a(), g.a()),
                        rename.getOrDefault(g.b(), g.b()), g.power(),
                        g.more().stream().map(p -> rename.getOrDefault(p, p)).toList()));
            }
            out.add(new RawTerm(t.coefficient(), factors, integrated));
        }
        return out;
    }
}
