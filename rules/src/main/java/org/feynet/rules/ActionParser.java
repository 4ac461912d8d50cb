package org.feynet.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.matheclipse.parser.client.Parser;
import org.matheclipse.parser.client.SyntaxError;
import org.matheclipse.parser.client.ast.ASTNode;
import org.matheclipse.parser.client.ast.FloatNode;
import org.matheclipse.parser.client.ast.FractionNode;
import org.matheclipse.parser.client.ast.FunctionNode;
import org.matheclipse.parser.client.ast.IntegerNode;
import org.matheclipse.parser.client.ast.SymbolNode;

/**
 * Reads the interaction part of a single-scalar action written in Symja syntax, e.g.
 * {@code g/3!*phi^3 + lambda/4!*phi^4} or {@code lambda*phi^4 + kappa*phi^6}, and returns its
 * {@link Theory}.
 *
 * <p>Algorithm: Symja's parser (the light {@code matheclipse-parser}, no evaluation engine, so no
 * start-up cost) builds the syntax tree; this class expands it exactly into a polynomial in the
 * field whose coefficients are rationals times coupling monomials, then turns each
 * (power of the field, coupling monomial) into one vertex. Products, sums, integer powers,
 * factorials of integers and division by numbers or by single symbols are understood; anything
 * else (floats, functions, division by a sum) is refused with the offending part named.
 */
public final class ActionParser {

    /** The scalar field's name in actions. */
    public static final String FIELD = "phi";

    /**
     * Polynomials are keyed by the powers of the fields written in base SLOT: digit 0 is the power of
     * φ·φ (the O(N) invariant), digit i the power of the i-th declared field. Powers stay below SLOT.
     */
    private static final long SLOT = 100;

    /** Smallest and largest valence the generator supports (the issue's contract: 3 to 8). */
    public static final int MIN_VALENCE = 3;
    public static final int MAX_VALENCE = 8;

    /** Most fields an action may have, counting a field at each time of a multi-local vertex apart. */
    public static final int MAX_FIELDS = 8;

    /**
     * Symbols that Symja reads as built-ins, or that the symbolic notation uses as heads
     * (DESIGN.md, "Hard-won facts"): a coupling with one of these names would be misread later.
     */
    private static final Set<String> RESERVED = Set.of("I", "E", "D", "C", "O", "Pi", "Gamma", "Beta",
            "Zeta", "Re", "Im", "Sum", "Product", "Interval", "Tr", "Det", "G", "K", "P", "S", "V", "Int",
            "Infinity", "N");

    private final List<String> fields;
    private final java.util.Set<String> couplings;

    private ActionParser(List<String> fields, java.util.Set<String> couplings) {
        this.fields = fields;
        this.couplings = couplings;
    }

    /**
     * Parses an action into a theory named {@code name}.
     *
     * @throws ActionException with a one-line message naming the offending part
     */
    public static Theory parse(String name, String action) {
        return parse(name, action, List.of(FIELD));
    }

    /**
     * Parses an action with several scalar fields, e.g. {@code g/2*phi^2*psi + h/3!*psi^3} with
     * fields {@code phi, psi}; symbols that are not declared fields are couplings.
     *
     * @param fields the declared field names, in the order diagrams number them
     * @throws ActionException with a one-line message naming the offending part
     */
    public static Theory parse(String name, String action, List<String> fields) {
        return parse(name, action, fields, null);
    }

    /**
     * As {@link #parse(String, String, List)}, refusing every symbol that is neither a declared field
     * nor one of {@code couplings} (null: any symbol is a coupling).
     */
    public static Theory parse(String name, String action, List<String> fields, java.util.Set<String> couplings) {
        if (fields.isEmpty() || fields.size() > MAX_FIELDS || fields.stream().distinct().count() != fields.size()) {
            throw new ActionException("fields " + fields + ": give one to six distinct field names"
                    + (fields.size() > MAX_FIELDS ? " (at most " + MAX_FIELDS + " with their times, such as h[t1])" : ""));
        }
        for (String f : fields) {
            if (!f.matches("[a-z][A-Za-z0-9]*(\\[t1]|\\[t2]|\\[t1,t2])?") || RESERVED.contains(f)) {
                throw new ActionException("'" + f + "' cannot name a field: use a lower-case name such as phi or psi");
            }
        }
        if (action == null || action.isBlank()) {
            throw new ActionException("empty action: give an interaction such as 'lambda/4!*phi^4'");
        }
        rejectWhatTheParserWouldMisread(action);
        ASTNode tree;
        try {
            tree = new Parser(false).parse(action);
        } catch (SyntaxError e) {
            throw new ActionException("cannot parse action '" + action + "': "
                    + e.getMessage().lines().findFirst().orElse("syntax error").trim());
        } catch (RuntimeException e) {
            throw new ActionException("cannot parse action '" + action + "': " + e.getMessage());
        }
        Polynomial p = new ActionParser(fields, couplings).expand(tree);
        List<VertexRule> vertices = new ArrayList<>();
        boolean vector = p.terms.keySet().stream().anyMatch(key -> key % SLOT != 0);
        boolean scalar = p.terms.keySet().stream().anyMatch(key -> key >= SLOT);
        if (vector && scalar) {
            throw new ActionException("action '" + action + "' mixes powers of " + FIELD + " with (" + FIELD + "." + FIELD
                    + "): an O(N) vector field enters only through the invariant " + FIELD + "." + FIELD);
        }
        List<Field> declared = vector ? List.of(Field.vector(FIELD)) : fields.stream().map(Field::scalar).toList();
        for (Map.Entry<Long, TreeMap<CouplingMonomial, BigFraction>> byPower : p.terms.entrySet()) {
            List<Field> legs = new ArrayList<>();
            StringBuilder monomial = new StringBuilder();
            if (vector) {
                int dots = (int) (byPower.getKey() % SLOT);
                for (int i = 0; i < 2 * dots; i++) {
                    legs.add(declared.get(0));
                }
                monomial.append("(" + FIELD + "." + FIELD + ")^" + dots);
            } else {
                long rest = byPower.getKey() / SLOT;
                for (int f = 0; f < fields.size(); f++, rest /= SLOT) {
                    int power = (int) (rest % SLOT);
                    for (int i = 0; i < power; i++) {
                        legs.add(declared.get(f));
                    }
                    if (power > 0) {
                        monomial.append(monomial.length() > 0 ? "*" : "").append(fields.get(f))
                                .append(power > 1 ? "^" + power : "");
                    }
                }
            }
            int valence = legs.size();
            for (Map.Entry<CouplingMonomial, BigFraction> t : byPower.getValue().entrySet()) {
                Coefficient c = new Coefficient(t.getValue(), t.getKey());
                String term = Coefficient.format(t.getValue(), t.getKey()) + "*" + (valence == 0 ? "1" : monomial);
                if (valence < MIN_VALENCE || valence > MAX_VALENCE) {
                    String what = valence == 0 ? "a constant" : valence <= 2
                            ? "part of the free action (only interactions belong here)" : "beyond the supported range";
                    throw new ActionException("term '" + term + "' has valence " + valence + ", " + what
                            + "; valences " + MIN_VALENCE + " to " + MAX_VALENCE + " are supported");
                }
                vertices.add(new VertexRule(legs, c, term));
            }
        }
        if (vertices.isEmpty()) {
            throw new ActionException("action '" + action + "' has no interaction term (all coefficients cancel)");
        }
        return new Theory(name, action, declared, vertices);
    }

    private static final java.util.regex.Pattern FUNCTION_CALL =
            java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9]*\\s*\\(");
    private static final java.util.regex.Pattern SCIENTIFIC =
            java.util.regex.Pattern.compile("[0-9.]+[eE][-+]?[0-9]+");

    /**
     * Symja's strict syntax reads {@code exp(phi)} as the product {@code exp*phi} and {@code 1e-3} as
     * {@code 1*e - 3}: both would silently become couplings named {@code exp} or {@code e}. Refuse
     * them before parsing, naming what was written.
     */
    private static void rejectWhatTheParserWouldMisread(String action) {
        java.util.regex.Matcher f = FUNCTION_CALL.matcher(action);
        if (f.find()) {
            String call = f.group().replaceAll("\\s", "");
            throw new ActionException("'" + call + "' in the action looks like a function call: functions are not"
                    + " allowed (an action is a polynomial); write an explicit product, e.g. 'lambda*(…)'");
        }
        java.util.regex.Matcher e = SCIENTIFIC.matcher(action);
        if (e.find()) {
            throw new ActionException("inexact number '" + e.group() + "' in the action: write it as a fraction, e.g. 1/1000");
        }
    }

    /** An exact polynomial: field power to (coupling monomial to rational coefficient). */
    private static final class Polynomial {
        final TreeMap<Long, TreeMap<CouplingMonomial, BigFraction>> terms = new TreeMap<>();

        static Polynomial constant(BigFraction r, CouplingMonomial m, long fieldPower) {
            Polynomial p = new Polynomial();
            p.add(fieldPower, m, r);
            return p;
        }

        void add(long power, CouplingMonomial m, BigFraction r) {
            if (r.signum() == 0) {
                return;
            }
            TreeMap<CouplingMonomial, BigFraction> row = terms.computeIfAbsent(power, k -> new TreeMap<>());
            BigFraction sum = row.containsKey(m) ? row.get(m).add(r) : r;
            if (sum.signum() == 0) {
                row.remove(m);
                if (row.isEmpty()) {
                    terms.remove(power);
                }
            } else {
                row.put(m, sum);
            }
        }

        Polynomial plus(Polynomial o) {
            Polynomial p = copy();
            o.forEach(p::add);
            return p;
        }

        Polynomial times(Polynomial o) {
            Polynomial p = new Polynomial();
            forEach((n1, m1, r1) -> o.forEach((n2, m2, r2) -> {
                for (long a = n1, b = n2; a > 0 || b > 0; a /= SLOT, b /= SLOT) {
                    if (a % SLOT + b % SLOT >= SLOT) {
                        throw new ActionException("a power of a field in the action is too large");
                    }
                }
                p.add(n1 + n2, m1.times(m2), r1.multiply(r2));
            }));
            return p;
        }

        Polynomial copy() {
            Polynomial p = new Polynomial();
            forEach(p::add);
            return p;
        }

        interface TermVisitor {
            void visit(long power, CouplingMonomial m, BigFraction r);
        }

        void forEach(TermVisitor v) {
            terms.forEach((n, row) -> row.forEach((m, r) -> v.visit(n, m, r)));
        }

        /** A single term without the field, such as 24 or lambda^2/3: can be inverted exactly. */
        boolean isMonomialConstant() {
            return terms.size() == 1 && terms.firstKey() == 0L && terms.firstEntry().getValue().size() == 1;
        }
    }

    private Polynomial expand(ASTNode node) {
        if (node instanceof IntegerNode i) {
            return Polynomial.constant(BigFraction.of(new BigInteger(i.toString())), CouplingMonomial.ONE, 0);
        }
        if (node instanceof FractionNode f) {
            BigInteger denominator = new BigInteger(f.getDenominator().toString());
            if (denominator.signum() == 0) {
                throw new ActionException("division by zero in '" + f + "' in the action");
            }
            return Polynomial.constant(BigFraction.of(new BigInteger(f.getNumerator().toString()), denominator),
                    CouplingMonomial.ONE, 0);
        }
        if (node instanceof FloatNode) {
            throw new ActionException("inexact number '" + node + "' in the action: write it as a fraction, e.g. 5/2");
        }
        if (node instanceof SymbolNode s) {
            String name = s.getString();
            int field = fields.indexOf(name);
            if (field >= 0) {
                return fieldPower(field);
            }
            if (RESERVED.contains(name)) {
                throw new ActionException("'" + name + "' cannot be a coupling: Symja reads it as a built-in"
                        + " or the notation uses it; choose another name");
            }
            if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
                throw new ActionException("'" + name + "' is not a valid coupling name");
            }
            if (couplings != null && !couplings.contains(name)) {
                throw new ActionException("'" + name + "' in the action is neither a declared field " + fields
                        + " nor a declared coupling " + new java.util.TreeSet<>(couplings));
            }
            return Polynomial.constant(BigFraction.ONE, CouplingMonomial.of(name), 0);
        }
        if (node instanceof FunctionNode f) {
            String head = f.get(0).toString();
            if (fields.stream().anyMatch(name -> name.startsWith(head + "["))) {
                // a field at a time of a multi-local vertex: zt[t1], W[t1,t2]
                StringBuilder name = new StringBuilder(head).append('[');
                for (int k = 1; k < f.size(); k++) {
                    name.append(k > 1 ? "," : "").append(f.get(k));
                }
                String leg = name.append(']').toString();
                int field = fields.indexOf(leg);
                if (field < 0) {
                    throw new ActionException("'" + leg + "' in the action: a field sits at [t1] or [t2], a bilocal field"
                            + " at [t1,t2]");
                }
                return fieldPower(field);
            }
            switch (head) {
                case "Plus": {
                    Polynomial p = new Polynomial();
                    for (int k = 1; k < f.size(); k++) {
                        p = p.plus(expand(f.get(k)));
                    }
                    return p;
                }
                case "Times": {
                    Polynomial p = Polynomial.constant(BigFraction.ONE, CouplingMonomial.ONE, 0);
                    for (int k = 1; k < f.size(); k++) {
                        p = p.times(expand(f.get(k)));
                    }
                    return p;
                }
                case "Power":
                    return power(f);
                case "Factorial": {
                    if (f.size() == 2 && f.get(1) instanceof IntegerNode i) {
                        int n = Integer.parseInt(i.toString());
                        if (n < 0 || n > 100) {
                            throw new ActionException("factorial of " + n + " in the action is not allowed");
                        }
                        return Polynomial.constant(BigFraction.of(VertexRule.factorial(n)), CouplingMonomial.ONE, 0);
                    }
                    throw new ActionException("factorial of '" + f.get(1) + "' in the action: only integers n! are allowed");
                }
                case "Dot": {
                    if (f.size() != 3 || !f.get(1).toString().equals(FIELD) || !f.get(2).toString().equals(FIELD)
                            || fields.size() != 1) {
                        throw new ActionException("'" + f + "': the only O(N) invariant is " + FIELD + "." + FIELD
                                + ", of a single vector field " + FIELD);
                    }
                    return Polynomial.constant(BigFraction.ONE, CouplingMonomial.ONE, 1);
                }
                default:
                    throw new ActionException("non-polynomial term '" + f + "' in the action: only sums and products"
                            + " of couplings, numbers and powers of " + FIELD + " are allowed");
            }
        }
        throw new ActionException("cannot read '" + node + "' in the action");
    }

    /** The polynomial of one field: its digit in the key (base SLOT, digit 0 is the power of φ·φ). */
    private static Polynomial fieldPower(int field) {
        long key = SLOT;
        for (int i = 0; i < field; i++) {
            key *= SLOT;
        }
        return Polynomial.constant(BigFraction.ONE, CouplingMonomial.ONE, key);
    }

    private Polynomial power(FunctionNode f) {
        ASTNode exponent = f.get(2);
        if (!(exponent instanceof IntegerNode)) {
            throw new ActionException("exponent '" + exponent + "' in '" + f + "' must be an integer");
        }
        int k;
        try {
            k = Integer.parseInt(exponent.toString());
        } catch (NumberFormatException e) {
            throw new ActionException("exponent '" + exponent + "' in '" + f + "' is too large");
        }
        if (Math.abs(k) > 64) {
            throw new ActionException("exponent " + k + " in '" + f + "' is too large");
        }
        Polynomial base = expand(f.get(1));
        if (k < 0) {
            if (base.terms.isEmpty()) {
                throw new ActionException("division by zero in '" + f + "' in the action");
            }
            if (!base.isMonomialConstant()) {
                throw new ActionException("division by '" + f.get(1) + "' makes the action non-polynomial");
            }
            Map.Entry<CouplingMonomial, BigFraction> t = base.terms.firstEntry().getValue().firstEntry();
            return Polynomial.constant(t.getValue().reciprocal().pow(-k), t.getKey().pow(k), 0);
        }
        Polynomial p = Polynomial.constant(BigFraction.ONE, CouplingMonomial.ONE, 0);
        for (int i = 0; i < k; i++) {
            p = p.times(base);
        }
        return p;
    }
}
