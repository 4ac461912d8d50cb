/**
 * JMH benchmarks of the engine, run by hand and reported in the README; never run by CI and never
 * asserted by tests. Each run includes a calibration workload so results are read as ratios.
 */
package org.feynet.benchmarks;
