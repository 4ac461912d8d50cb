package org.feynet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.feynet.rules.ActionDeclaration;
import org.feynet.rules.ActionException;
import org.feynet.rules.Field;
import org.feynet.rules.PropagatorRule;
import org.feynet.rules.Theory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code --action-file F}: an action in JSON, for what an expression cannot say — which symbols are
 * fields and of what kind, which propagators do not vanish, which symbols are couplings and what
 * power of N they carry:
 * <pre>
 * {"name": "yukawa-like",
 *  "fields": [{"name": "phi"}, {"name": "psi"}],
 *  "couplings": ["g", "h"],
 *  "action": "g/2*phi^2*psi + h/3!*psi^3"}
 * </pre>
 * A field's {@code "components"} is 1 (a scalar, the default) or {@code "N"} (an O(N) vector field,
 * N symbolic); {@code "neuron": true} gives it a neuron index i = 1 … N (diagonal vertices, index
 * loops count powers of N); {@code "bilocal": true} puts it on a pair of times, {@code W[t1,t2]}.
 * {@code "propagators"} lists the free two-point functions that do not vanish, e.g.
 * {@code [{"fields": ["h","h"]}, {"fields": ["h","zt"], "retarded": true}]} (⟨zt zt⟩ = 0), each
 * optionally {@code "equalTime": true}; without it every field has its own ⟨f f⟩. A coupling may be
 * {@code {"name": "sw", "N": "-1/2"}}. Unknown keys, undeclared symbols and component counts ≤ 0
 * are refused, naming them.
 */
final class ActionFile {

    private static final Set<String> KEYS = Set.of("name", "fields", "couplings", "action", "propagators");
    private static final Set<String> FIELD_KEYS = Set.of("name", "components", "neuron", "bilocal");
    private static final Set<String> PROPAGATOR_KEYS = Set.of("fields", "retarded", "equalTime");
    private static final Set<String> COUPLING_KEYS = Set.of("name", "N");

    private final String file;

    private ActionFile(String file) {
        this.file = file;
    }

    static Theory read(String file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(Path.of(file)));
        } catch (NoSuchFileException e) {
            throw new IOException("cannot read action file '" + file + "': no such file");
        } catch (JacksonException e) {
            throw new IllegalArgumentException("action file '" + file + "' is not valid JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("action file '" + file + "' must hold a JSON object");
        }
        return new ActionFile(file).theory(root);
    }

    private Theory theory(JsonNode root) {
        checkKeys(root, KEYS, "");
        JsonNode action = root.get("action");
        if (action == null || !action.isString()) {
            throw bad("needs \"action\": \"…\"");
        }
        List<Field> fields = fields(root.get("fields"));
        Set<String> couplings = null;
        Map<String, BigFraction> nPowers = new LinkedHashMap<>();
        JsonNode couplingList = root.get("couplings");
        if (couplingList != null) {
            if (!couplingList.isArray()) {
                throw bad("\"couplings\" must be a list of names or {\"name\": …, \"N\": power}");
            }
            couplings = new LinkedHashSet<>();
            for (JsonNode c : couplingList) {
                if (c.isObject()) {
                    checkKeys(c, COUPLING_KEYS, "coupling ");
                    String name = text(c.get("name"), "every coupling object needs a \"name\"");
                    couplings.add(name);
                    if (c.has("N")) {
                        nPowers.put(name, fraction(c.get("N"), "coupling '" + name + "'"));
                    }
                } else {
                    couplings.add(c.asString());
                }
            }
        }
        List<PropagatorRule> propagators = propagators(root.get("propagators"), fields);
        String name = root.has("name") ? root.get("name").asString() : "action";
        try {
            return new ActionDeclaration(name, action.asString(), fields, propagators, couplings, nPowers).theory();
        } catch (ActionException e) {
            throw new ActionException("action file '" + file + "': " + e.getMessage());
        }
    }

    private List<Field> fields(JsonNode fieldList) {
        List<Field> fields = new ArrayList<>();
        if (fieldList == null) {
            fields.add(Field.scalar(org.feynet.rules.ActionParser.FIELD));
            return fields;
        }
        if (!fieldList.isArray() || fieldList.isEmpty()) {
            throw bad("\"fields\" must be a list of {\"name\": …}");
        }
        for (JsonNode f : fieldList) {
            checkKeys(f, FIELD_KEYS, "field ");
            String name = text(f.get("name"), "every field needs a \"name\"");
            int components = 1;
            JsonNode c = f.get("components");
            if (c != null) {
                String value = c.isString() ? c.asString() : c.toString();
                if (value.equals("N")) {
                    components = Field.SYMBOLIC_N;
                } else if (value.matches("[0-9]{1,6}") && Integer.parseInt(value) >= 1) {
                    components = Integer.parseInt(value); // 1: a scalar; N >= 2: an O(N) vector with N given
                } else {
                    throw bad("field '" + name + "' has components " + value + "; give 1 (a scalar), \"N\" (an O(N)"
                            + " vector, N symbolic) or a number N >= 2" + (value.matches("-?[0-9]+") ? ": N must be positive" : ""));
                }
            }
            if (flag(f, "neuron")) {
                if (components == Field.SYMBOLIC_N) {
                    throw bad("field '" + name + "': \"neuron\" (a neuron index, diagonal vertices) and"
                            + " \"components\": \"N\" (an O(N) vector, (phi.phi) vertices) exclude each other");
                }
                components = Field.NEURON_INDEX;
            }
            Field field = new Field(name, components);
            fields.add(flag(f, "bilocal") ? new Field(name, components, name, Field.Time.PAIR) : field);
        }
        return fields;
    }

    private List<PropagatorRule> propagators(JsonNode list, List<Field> fields) {
        List<PropagatorRule> rules = new ArrayList<>();
        if (list == null) {
            return rules;
        }
        if (!list.isArray() || list.isEmpty()) {
            throw bad("\"propagators\" must be a list of {\"fields\": [a, b], \"retarded\": …}");
        }
        for (JsonNode p : list) {
            checkKeys(p, PROPAGATOR_KEYS, "propagator ");
            JsonNode ends = p.get("fields");
            if (ends == null || !ends.isArray() || ends.size() != 2) {
                throw bad("every propagator needs \"fields\": [a, b], two field names");
            }
            Field[] end = new Field[2];
            for (int k = 0; k < 2; k++) {
                String n = ends.get(k).asString();
                end[k] = fields.stream().filter(f -> f.name().equals(n)).findFirst()
                        .orElseThrow(() -> bad("propagator " + ends + " names '" + n + "', not a declared field"));
            }
            boolean retarded = flag(p, "retarded");
            if (retarded && end[0].equals(end[1])) {
                throw bad("propagator " + ends + " is retarded, but a retarded propagator joins a field to its"
                        + " response field, two different fields");
            }
            rules.add(new PropagatorRule(end[0], end[1], retarded, flag(p, "equalTime")));
        }
        return rules;
    }

    private boolean flag(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null) {
            return false;
        }
        if (!v.isBoolean()) {
            throw bad("\"" + key + "\" must be true or false, got " + v);
        }
        return v.asBoolean();
    }

    private BigFraction fraction(JsonNode v, String what) {
        String s = v.isString() ? v.asString().trim() : v.toString();
        if (!s.matches("-?[0-9]+(/[0-9]+)?")) {
            throw bad(what + " has power of N " + s + "; give an integer or a fraction such as \"-1/2\"");
        }
        String[] parts = s.split("/");
        long den = parts.length > 1 ? Long.parseLong(parts[1]) : 1;
        if (den == 0) {
            throw bad(what + " has power of N " + s + ": division by zero");
        }
        return BigFraction.of(Long.parseLong(parts[0]), den);
    }

    private String text(JsonNode v, String message) {
        if (v == null || !v.isString()) {
            throw bad(message);
        }
        return v.asString();
    }

    private void checkKeys(JsonNode node, Set<String> known, String what) {
        if (!node.isObject()) {
            throw bad("expected a JSON object, got " + node);
        }
        for (Iterator<String> it = node.propertyNames().iterator(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                throw bad("unknown " + what + "key '" + key + "' (known: " + new java.util.TreeSet<>(known) + ")");
            }
        }
    }

    private IllegalArgumentException bad(String message) {
        return new IllegalArgumentException("action file '" + file + "': " + message);
    }
}
