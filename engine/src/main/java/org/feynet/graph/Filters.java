package org.feynet.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Which diagrams are kept (DESIGN.md, conventions). The default is the connected diagrams without
 * vacuum bubbles.
 *
 * @param full all diagrams of the n-point function without vacuum bubbles: disconnected pieces
 *             allowed, each attached to external points
 * @param onePI one-particle-irreducible (amputated): no internal propagator is a bridge
 * @param noTadpoles no snails (self-loops) and no tadpoles (a piece without external points
 *                   hanging on a single propagator)
 * @param noSelfEnergy skeleton diagrams: no self-energy insertion, i.e. no piece without external
 *                     points attached by exactly two propagators
 * @param dressed the exact-propagator (skeleton) expansion: every propagator stands for the full
 *                two-point function, which is why self-energy insertions must be left out; it changes
 *                which function the diagrams sum to, not the diagrams or their weights
 */
public record Filters(boolean full, boolean onePI, boolean noTadpoles, boolean noSelfEnergy, boolean dressed) {

    public static final Filters CONNECTED = new Filters(false, false, false, false);

    public Filters {
        if (full && onePI) {
            throw new InvalidRequestException("--full and --1pi exclude each other: 1PI diagrams are connected");
        }
        if (dressed && !noSelfEnergy) {
            throw new InvalidRequestException("--dressed needs --no-self-energy: with exact propagators a self-energy"
                    + " insertion would be counted twice");
        }
    }

    /** Bare propagators. */
    public Filters(boolean full, boolean onePI, boolean noTadpoles, boolean noSelfEnergy) {
        this(full, onePI, noTadpoles, noSelfEnergy, false);
    }

    /** The names as the command line and the JSON output write them. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(full ? "full" : "connected");
        if (onePI) {
            names.add("1pi");
        }
        if (noTadpoles) {
            names.add("no-tadpoles");
        }
        if (noSelfEnergy) {
            names.add("no-self-energy");
        }
        if (dressed) {
            names.add("dressed");
        }
        return names;
    }

    /** True when a filter beyond connectivity must look at each generated diagram. */
    public boolean needsTopologyFilter() {
        return onePI || noTadpoles || noSelfEnergy;
    }
}
