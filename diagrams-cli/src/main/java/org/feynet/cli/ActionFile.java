package org.feynet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.feynet.rules.ActionParser;
import org.feynet.rules.Theory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code --action-file F}: an action in JSON, for what an expression cannot say — which symbols are
 * fields, how many components each has, which symbols are couplings:
 * <pre>
 * {"name": "yukawa-like",
 *  "fields": [{"name": "phi"}, {"name": "psi"}],
 *  "couplings": ["g", "h"],
 *  "action": "g/2*phi^2*psi + h/3!*psi^3"}
 * </pre>
 * A field's {@code "components"} is 1 (a scalar, the default) or {@code "N"} (an O(N) vector field,
 * N symbolic). Unknown keys, undeclared symbols and component counts ≤ 0 are refused, naming them.
 */
final class ActionFile {

    private static final Set<String> KEYS = Set.of("name", "fields", "couplings", "action");
    private static final Set<String> FIELD_KEYS = Set.of("name", "components");

    private ActionFile() {
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
        for (Iterator<String> it = root.propertyNames().iterator(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("action file '" + file + "': unknown key '" + key + "' (known: " + KEYS + ")");
            }
        }
        JsonNode action = root.get("action");
        if (action == null || !action.isString()) {
            throw new IllegalArgumentException("action file '" + file + "' needs \"action\": \"…\"");
        }
        List<String> fields = new ArrayList<>();
        boolean vector = false;
        JsonNode fieldList = root.get("fields");
        if (fieldList == null) {
            fields.add(ActionParser.FIELD);
        } else {
            if (!fieldList.isArray() || fieldList.isEmpty()) {
                throw new IllegalArgumentException("action file '" + file + "': \"fields\" must be a list of {\"name\": …}");
            }
            for (JsonNode f : fieldList) {
                for (Iterator<String> it = f.propertyNames().iterator(); it.hasNext(); ) {
                    String key = it.next();
                    if (!FIELD_KEYS.contains(key)) {
                        throw new IllegalArgumentException("action file '" + file + "': unknown field key '" + key + "'");
                    }
                }
                JsonNode name = f.get("name");
                if (name == null || !name.isString()) {
                    throw new IllegalArgumentException("action file '" + file + "': every field needs a \"name\"");
                }
                fields.add(name.asString());
                JsonNode components = f.get("components");
                if (components != null) {
                    String c = components.isString() ? components.asString() : components.toString();
                    if (c.equals("N")) {
                        vector = true;
                    } else if (!c.equals("1")) {
                        throw new IllegalArgumentException("action file '" + file + "': field '" + name.asString()
                                + "' has components " + c + "; give 1 (a scalar) or \"N\" (an O(N) vector)"
                                + (c.matches("-?[0-9]+") && Long.parseLong(c) <= 0 ? ": N must be positive" : ""));
                    }
                }
            }
        }
        Set<String> couplings = null;
        JsonNode couplingList = root.get("couplings");
        if (couplingList != null) {
            if (!couplingList.isArray()) {
                throw new IllegalArgumentException("action file '" + file + "': \"couplings\" must be a list of names");
            }
            couplings = new LinkedHashSet<>();
            for (JsonNode c : couplingList) {
                couplings.add(c.asString());
            }
        }
        String name = root.has("name") ? root.get("name").asString() : "action";
        Theory theory = ActionParser.parse(name, action.asString(), fields, couplings);
        boolean parsedVector = theory.vertices().stream().anyMatch(v -> v.isVector());
        if (vector != parsedVector) {
            throw new IllegalArgumentException("action file '" + file + "': " + (vector
                    ? "a field with \"components\": \"N\" must enter through (phi.phi)"
                    : "(phi.phi) needs the field declared with \"components\": \"N\""));
        }
        return theory;
    }
}
