package org.feynet.graph;

/**
 * Told how generation advances, so that a caller may draw a progress bar; the engine never prints.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, diagramsSoFar) -> { };

    /**
     * @param stepsDone vertex compositions finished
     * @param stepsTotal vertex compositions to do
     * @param diagramsSoFar diagrams accepted so far
     */
    void progress(int stepsDone, int stepsTotal, long diagramsSoFar);
}
