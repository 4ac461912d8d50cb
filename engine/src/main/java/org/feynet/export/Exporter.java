package org.feynet.export;

import java.io.IOException;
import java.util.List;
import org.feynet.graph.Diagram;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.OrderSummary;

/**
 * A streaming writer of an expansion: {@link #begin}, then {@link #diagram} for each diagram in
 * generation order (never called for count-only output), then {@link #end} with the per-order table.
 */
public interface Exporter {

    void begin(ExpansionRequest request) throws IOException;

    void diagram(Diagram diagram) throws IOException;

    void end(List<OrderSummary> orders) throws IOException;
}
