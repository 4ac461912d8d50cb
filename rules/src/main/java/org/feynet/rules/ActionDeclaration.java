package org.feynet.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * An action with everything an expression alone cannot say: which symbols are fields and of what
 * kind (scalar, O(N) vector, neuron-indexed, bilocal), which free two-point functions do not vanish
 * (e.g. ⟨h h⟩ and the retarded ⟨h z̃⟩ of a response-field action, with ⟨z̃ z̃⟩ = 0), and which
 * couplings carry powers of N. {@link #theory()} turns it into the {@link Theory} the generator reads.
 *
 * <p>Multi-local interactions write each field with its time: {@code sw*W[t1,t2]*zt[t1]*zt[t2]} is
 * ∫dt1 dt2 W(t1,t2) Σ_i z̃_i(t1) z̃_i(t2) (Grosvenor and Jefferson, SciPost Phys. 12 (2022) 081,
 * sec. 4: the auxiliary fields of a network averaged over its weights). Each field at each time
 * becomes a field of its own for the generator ({@code zt[t1]}, {@code zt[t2]}), so the vertex factor
 * −c · Π n! counts the permutations of legs at the same time only, and each declared propagator
 * becomes one rule per pair of these (⟨h zt⟩ gives ⟨h[t1] zt[t2]⟩, …); the propagator of bilocal
 * fields, ⟨W(t1,t2) W̃(t3,t4)⟩ ∝ δ(t1 − t3) δ(t2 − t4), joins the pair of times of one vertex to
 * the pair of the other, first to first and second to second.
 *
 * @param name the theory's name
 * @param action the interaction part of the action, Symja syntax
 * @param fields the declared fields: {@link Field.Time#LOCAL} for ordinary fields,
 *               {@link Field.Time#PAIR} for bilocal ones; components 1, N (O(N)) or a neuron index
 * @param propagators the non-vanishing free two-point functions between declared fields; empty for
 *                    independent fields (⟨f f⟩ each)
 * @param couplings the declared couplings, or null to accept every other symbol as a coupling
 * @param nPowers the power of N that a coupling carries (e.g. −1/2 for σ_w/√N)
 */
public record ActionDeclaration(String name, String action, List<Field> fields, List<PropagatorRule> propagators,
                                Set<String> couplings, Map<String, BigFraction> nPowers) {

    private static final Pattern TIMED = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\s*\\[([^\\]]*)\\]");

    public ActionDeclaration {
        fields = List.copyOf(fields);
        propagators = List.copyOf(propagators);
        nPowers = Map.copyOf(nPowers);
    }

    /** The theory: fields at their times, vertices, and the propagator rules between them. */
    public Theory theory() {
        if (fields.isEmpty()) {
            throw new ActionException("declare at least one field");
        }
        for (Field f : fields) {
            if (f.time() == Field.Time.PAIR && f.isVector()) {
                throw new ActionException("bilocal field '" + f.name() + "' cannot also be an O(N) vector");
            }
        }
        List<Field> legs = fieldsAtTheirTimes();
        boolean vector = fields.stream().anyMatch(Field::isVector);
        Theory parsed;
        if (vector) {
            if (legs.size() != fields.size() || !propagators.isEmpty()) {
                throw new ActionException("an O(N) vector field takes neither times nor propagator rules here");
            }
            parsed = ActionParser.parse(name, action, fields.stream().map(Field::name).toList(), couplings);
        } else {
            parsed = ActionParser.parse(name, action, legs.stream().map(Field::name).toList(), couplings);
        }
        boolean parsedVector = parsed.vertices().stream().anyMatch(VertexRule::isVector);
        if (vector != parsedVector) {
            throw new ActionException(vector
                    ? "a field with \"components\": \"N\" must enter through (phi.phi)"
                    : "(phi.phi) needs the field declared with \"components\": \"N\"");
        }
        // an O(N) action has the one vector field phi; with N given it is the declared field, else symbolic
        List<Field> theoryFields = vector ? fields : legs;
        List<VertexRule> vertices = new ArrayList<>();
        for (VertexRule v : parsed.vertices()) {
            List<Field> own = vector ? java.util.Collections.nCopies(v.valence(), fields.get(0))
                    : v.legs().stream().map(f -> theoryFields.get(parsed.fieldIndex(f))).toList();
            checkTimes(own, v.term());
            vertices.add(new VertexRule(own, v.actionCoefficient(), v.term()));
        }
        for (String coupling : nPowers.keySet()) {
            if (!parsed.couplingSymbols().contains(coupling)) {
                throw new ActionException("coupling '" + coupling + "' has a power of N but does not occur in the action");
            }
        }
        if (vector) {
            return new Theory(name, action, theoryFields, vertices,
                    theoryFields.stream().map(PropagatorRule::diagonal).toList(), nPowers);
        }
        return new Theory(name, action, theoryFields, vertices, rulesBetween(theoryFields), nPowers);
    }

    /**
     * The declared local fields, then every field at a time that the action uses ({@code zt[t1]}),
     * and every bilocal field on its pair of times ({@code W[t1,t2]}).
     */
    private List<Field> fieldsAtTheirTimes() {
        List<Field> out = new ArrayList<>();
        for (Field f : fields) {
            if (f.time() == Field.Time.LOCAL) {
                out.add(f);
            }
        }
        Set<Field> timed = new LinkedHashSet<>();
        Matcher m = TIMED.matcher(action);
        while (m.find()) {
            String base = m.group(1);
            String args = m.group(2).replaceAll("\\s", "");
            Field declared = fields.stream().filter(f -> f.name().equals(base)).findFirst().orElseThrow(() ->
                    new ActionException("'" + m.group() + "' in the action: '" + base + "' is not a declared field"));
            Field.Time time = switch (args) {
                case "t1" -> Field.Time.T1;
                case "t2" -> Field.Time.T2;
                case "t1,t2" -> Field.Time.PAIR;
                default -> throw new ActionException("'" + m.group() + "' in the action: times are written [t1], [t2]"
                        + " or, for a bilocal field, [t1,t2]");
            };
            if ((time == Field.Time.PAIR) != (declared.time() == Field.Time.PAIR)) {
                throw new ActionException("'" + m.group() + "' in the action: " + (time == Field.Time.PAIR
                        ? "'" + base + "' is not declared bilocal" : "the bilocal field '" + base + "' sits at [t1,t2]"));
            }
            timed.add(declared.at(time));
        }
        for (Field f : fields) {
            if (f.time() == Field.Time.PAIR && Pattern.compile("\\b" + Pattern.quote(f.name()) + "\\b(?!\\s*\\[)")
                    .matcher(action).find()) {
                throw new ActionException("the bilocal field '" + f.name() + "' appears without its times: write "
                        + f.name() + "[t1,t2]");
            }
        }
        out.addAll(timed);
        if (out.size() > ActionParser.MAX_FIELDS) {
            throw new ActionException("the action uses " + out.size() + " fields at their times " + out.stream()
                    .map(Field::name).toList() + "; at most " + ActionParser.MAX_FIELDS + " are supported");
        }
        return out;
    }

    /** A vertex is local (no times) or multi-local with legs at both t1 and t2. */
    private static void checkTimes(List<Field> legs, String term) {
        boolean local = legs.stream().anyMatch(f -> f.time() == Field.Time.LOCAL);
        boolean timed = legs.stream().anyMatch(f -> f.time() != Field.Time.LOCAL);
        if (local && timed) {
            throw new ActionException("term '" + term + "' mixes fields with and without times: in a multi-local"
                    + " term every field sits at [t1], [t2] or [t1,t2]");
        }
        if (timed) {
            boolean t1 = legs.stream().anyMatch(f -> f.time() == Field.Time.T1 || f.time() == Field.Time.PAIR);
            boolean t2 = legs.stream().anyMatch(f -> f.time() == Field.Time.T2 || f.time() == Field.Time.PAIR);
            if (!t1 || !t2) {
                throw new ActionException("term '" + term + "' sits at one time only: write it without times");
            }
        }
    }

    /** Each declared propagator between every pair of the fields at their times that it joins. */
    private List<PropagatorRule> rulesBetween(List<Field> legs) {
        List<PropagatorRule> declared = propagators.isEmpty()
                ? fields.stream().map(PropagatorRule::diagonal).toList() : propagators;
        for (PropagatorRule r : declared) {
            for (Field end : List.of(r.a(), r.b())) {
                if (!fields.contains(end)) {
                    throw new ActionException("propagator " + r.label() + " joins '" + end.name() + "', not a declared field");
                }
            }
            if (r.a().components() != r.b().components()) {
                throw new ActionException("propagator " + r.label() + " joins fields of different index kinds");
            }
            if (r.a().isBilocal() != r.b().isBilocal()) {
                throw new ActionException("propagator " + r.label() + " joins a bilocal field to a local one");
            }
        }
        List<PropagatorRule> out = new ArrayList<>();
        for (PropagatorRule r : declared) {
            for (int i = 0; i < legs.size(); i++) {
                for (int j = 0; j < legs.size(); j++) {
                    Field x = legs.get(i);
                    Field y = legs.get(j);
                    if (!x.base().equals(r.a().base()) || !y.base().equals(r.b().base())) {
                        continue;
                    }
                    if (r.isSymmetric() && j < i) {
                        continue; // ⟨h[t1] h[t2]⟩ once, not again as ⟨h[t2] h[t1]⟩
                    }
                    PropagatorRule rule = r.between(x, y);
                    if (out.stream().noneMatch(o -> o.joins(x, y))) {
                        out.add(rule);
                    }
                }
            }
        }
        return out;
    }
}
