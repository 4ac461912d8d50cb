package org.feynet.export;

import org.feynet.graph.Diagram;
import org.feynet.rules.CouplingMonomial;

/**
 * The (order, coupling monomial) group of a stream of diagrams. The generator emits a group's
 * diagrams together, so an exporter that writes a heading per group only has to notice the change.
 */
final class OrderGroup {
    private int order = -1;
    private CouplingMonomial couplings;

    /** True when {@code d} starts a new group, which then becomes the current one. */
    boolean startsNew(Diagram d) {
        if (d.order() == order && d.couplings().equals(couplings)) {
            return false;
        }
        order = d.order();
        couplings = d.couplings();
        return true;
    }

    int order() {
        return order;
    }

    CouplingMonomial couplings() {
        return couplings;
    }

    /** {@code order 2, lambda^2}, or {@code order 0} without couplings. */
    String heading() {
        return "order " + order + (couplings.isOne() ? "" : ", " + couplings);
    }
}
