package org.feynet.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.feynet.graph.Diagram;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.IndexContraction;
import org.feynet.graph.OrderSummary;
import org.feynet.graph.Propagator;
import org.feynet.rules.CouplingMonomial;
import org.feynet.rules.Field;
import org.feynet.rules.Theory;
import org.feynet.rules.VertexRule;
import org.feynet.symbolic.Term;
import org.feynet.symbolic.Notation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON as DESIGN.md's contract names its fields:
 * {@code {"theory":{…},"points":n,"filters":[…],"orders":[…],"diagrams":[…]}}, each order
 * {@code {"order","couplings","count","weightSum"}}, each diagram {@code {"order","couplings","loops",
 * "symmetryFactor","weight","nickel","expression","latex","vertices","propagators"}} (with several
 * fields also {@code "colouredNickel"}, the index with the fields of every line). Written with
 * Jackson's streaming generator: {@code diagrams} is streamed as the diagrams come, and {@code orders} follows it, since the table is complete only at
 * the end (JSON objects are unordered). Count-only output has no {@code diagrams}.
 */
public final class JsonExporter implements Exporter {

    private final Writer out;
    private final JsonGenerator json;
    private final boolean countOnly;
    private java.util.SortedSet<String> couplingSymbols = new java.util.TreeSet<>();
    private List<String> fieldNames = List.of();
    private Theory theory;

    private final Notation notation;

    public JsonExporter(Writer out, boolean countOnly, Notation notation) {
        this.notation = notation;
        this.out = out;
        this.json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().createGenerator(out);
        this.countOnly = countOnly;
    }

    @Override
    public void begin(ExpansionRequest request) {
        Theory theory = request.theory();
        this.theory = theory;
        couplingSymbols = theory.couplingSymbols();
        fieldNames = theory.fields().stream().map(Field::name).toList();
        json.writeStartObject();
        json.writeObjectPropertyStart("theory");
        json.writeStringProperty("name", theory.name());
        json.writeStringProperty("action", theory.action());
        json.writeArrayPropertyStart("fields");
        for (Field f : theory.fields()) {
            json.writeString(f.name());
        }
        json.writeEndArray();
        if (!theory.hasDiagonalPropagators()) {
            json.writeArrayPropertyStart("propagators");
            for (org.feynet.rules.PropagatorRule r : theory.propagators()) {
                json.writeStartObject();
                json.writeArrayPropertyStart("fields");
                json.writeString(r.a().name());
                json.writeString(r.b().name());
                json.writeEndArray();
                json.writeBooleanProperty("retarded", r.retarded());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeArrayPropertyStart("vertices");
        for (VertexRule v : theory.vertices()) {
            json.writeStartObject();
            json.writeStringProperty("term", v.term());
            json.writeNumberProperty("valence", v.valence());
            json.writeStringProperty("vertexFactor", v.vertexFactor().toString());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeNumberProperty("points", request.points());
        if (!request.externalFields().isEmpty()) {
            json.writeArrayPropertyStart("legs");
            for (int f : request.externalFields()) {
                json.writeString(fieldNames.get(f));
            }
            json.writeEndArray();
        }
        if (request.byLoops()) {
            json.writeNumberProperty("loops", request.loops());
        }
        json.writeArrayPropertyStart("filters");
        for (String f : request.filters().names()) {
            json.writeString(f);
        }
        json.writeEndArray();
        if (!countOnly) {
            json.writeArrayPropertyStart("diagrams");
        }
    }

    @Override
    public void diagram(Diagram d) {
        json.writeStartObject();
        json.writeNumberProperty("order", d.order());
        writeCouplings(d.couplings());
        json.writeNumberProperty("loops", d.loops());
        json.writeNumberProperty("symmetryFactor", d.symmetryFactor());
        if (d.tensor().isEmpty()) {
            json.writeStringProperty("weight", d.weight().toString());
        } else {
            // O(N): the weight is the coefficient of delta[a1,a2]*delta[a3,a4]*…, the tensor gives every pairing
            Map<String, String> tensor = d.tensorWeights();
            json.writeStringProperty("weight", tensor.getOrDefault(IndexContraction.standardPairing(d.points()), "0"));
            json.writeObjectPropertyStart("tensor");
            tensor.forEach(json::writeStringProperty);
            json.writeEndObject();
        }
        if (d.scaling() != null) {
            json.writeStringProperty("nPower", d.scaling().nPowerText());
            if (d.scaling().tPower() >= 0) {
                json.writeNumberProperty("tPower", d.scaling().tPower());
            }
            json.writeStringProperty("scaling", d.scaling().order());
            json.writeStringProperty("indices", d.scaling().indices());
            if (!d.scaling().seedName().isEmpty()) {
                json.writeStringProperty("group", d.scaling().seedName());
            }
        }
        json.writeStringProperty("nickel", d.nickel());
        if (theory.hasSeveralFields()) {
            json.writeStringProperty("colouredNickel", org.feynet.graph.ColouredNickel.of(d, theory));
        }
        Term term = Term.of(d, theory, notation);
        json.writeStringProperty("expression", term.symja());
        json.writeStringProperty("latex", term.latex(notation.cutoff()));
        json.writeArrayPropertyStart("vertices");
        for (int i = 0; i < d.vertexTypes().size(); i++) {
            json.writeStartObject();
            json.writeStringProperty("name", d.pointName(d.points() + i));
            json.writeNumberProperty("type", d.vertexTypes().get(i));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("propagators");
        for (Propagator p : d.propagators()) {
            json.writeStartArray();
            json.writeString(d.pointName(p.from()));
            json.writeString(d.pointName(p.to()));
            if (fieldNames.size() > 1) {
                // several fields: each propagator names the field at each end (one name when they are equal)
                org.feynet.rules.PropagatorRule rule = theory.propagators().get(p.kind());
                json.writeString(rule.a().name());
                if (!rule.isSymmetric()) {
                    json.writeString(rule.b().name());
                }
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    @Override
    public void end(List<OrderSummary> orders) throws IOException {
        if (!countOnly) {
            json.writeEndArray();
        }
        json.writeArrayPropertyStart("orders");
        for (OrderSummary s : orders) {
            json.writeStartObject();
            json.writeNumberProperty("order", s.order());
            writeCouplings(s.couplings());
            json.writeNumberProperty("count", s.count());
            json.writeStringProperty("weightSum", s.weightSumText());
            if (!s.groups().isEmpty()) {
                json.writeArrayPropertyStart("groups");
                for (OrderSummary.Group g : s.groups()) {
                    json.writeStartObject();
                    json.writeStringProperty("scaling", g.scaling().order());
                    json.writeStringProperty("nPower", g.scaling().nPowerText());
                    if (g.scaling().tPower() >= 0) {
                        json.writeNumberProperty("tPower", g.scaling().tPower());
                    }
                    if (s.order() > 0 && !g.scaling().seedName().isEmpty()) {
                        json.writeStringProperty("name", g.scaling().seedName());
                    }
                    json.writeStringProperty("indices", g.scaling().indices());
                    json.writeNumberProperty("count", g.count());
                    json.writeStringProperty("weightSum",
                            new org.feynet.rules.Coefficient(g.weightSumRational(), s.couplings()).toString());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        out.write('\n');
        out.flush();
    }

    /** Every coupling of the theory with its power, 0 included: {@code {"kappa":0,"lambda":2}}. */
    private void writeCouplings(CouplingMonomial m) {
        json.writeObjectPropertyStart("couplings");
        for (String symbol : couplingSymbols) {
            json.writeNumberProperty(symbol, m.powers().getOrDefault(symbol, 0));
        }
        json.writeEndObject();
    }
}
