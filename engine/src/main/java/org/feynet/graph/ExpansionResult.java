package org.feynet.graph;

import java.util.List;

/**
 * The generated expansion: the per-order table and, unless only counts were asked for, the diagrams.
 *
 * @param request what was asked for
 * @param orders one row per (order, coupling monomial), in increasing order
 * @param diagrams every diagram, grouped by order in generation order; empty for count-only runs
 */
public record ExpansionResult(ExpansionRequest request, List<OrderSummary> orders, List<Diagram> diagrams) {
    public ExpansionResult {
        orders = List.copyOf(orders);
        diagrams = List.copyOf(diagrams);
    }

    public long totalCount() {
        return orders.stream().mapToLong(OrderSummary::count).sum();
    }
}
