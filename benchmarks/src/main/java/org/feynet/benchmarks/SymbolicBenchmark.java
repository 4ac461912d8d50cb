package org.feynet.benchmarks;

import java.util.concurrent.TimeUnit;
import org.feynet.graph.DiagramExpansion;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.Filters;
import org.feynet.graph.ProgressListener;
import org.feynet.rules.BuiltinTheories;
import org.feynet.rules.Theory;
import org.feynet.symbolic.DiagramTerm;
import org.feynet.symbolic.Notation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The symbolic expansion: every diagram of φ⁴ 4-point at order 4 (255 diagrams) or 5 (1,592) turned
 * into its term with canonical dummies and collected into one Symja sum. No Symja start-up is paid:
 * terms are written as Symja input text (tests check that Symja reads them).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx512m", "-XX:+UseSerialGC"})
public class SymbolicBenchmark {

    @Param({"4", "5"})
    public int order;

    private final Theory phi4 = BuiltinTheories.byName("phi4");

    @Benchmark
    public int phi4FourPointCollectedSum() {
        var diagrams = DiagramExpansion.expand(ExpansionRequest.orders(phi4, 4, order, order, Filters.CONNECTED),
                ProgressListener.NONE).diagrams();
        return DiagramTerm.sum(diagrams.stream().map(d -> DiagramTerm.of(d, Notation.DEFAULT)).toList()).length();
    }
}
