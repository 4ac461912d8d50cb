package org.feynet.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.feynet.graph.DiagramExpansion;
import org.feynet.graph.ExpansionRequest;
import org.feynet.graph.Filters;
import org.feynet.graph.ProgressListener;
import org.feynet.rules.BuiltinTheories;
import org.feynet.rules.Theory;
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
 * Generation speed, count-only with exact weights (the README's performance table). Machines are
 * noisy, so {@link #calibrationSort} — sorting 10⁷ random longs, a fixed piece of CPU work — runs
 * in the same fork and the README reports each time as a ratio to it.
 *
 * <pre>
 * mvn -B -q -DskipTests install
 * java -jar benchmarks/target/benchmarks.jar -rf json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx512m", "-XX:+UseSerialGC"})
public class GeneratorBenchmark {

    /** φ⁴ two-point connected at this many loops: 9 → 180,148 diagrams, 10 → 1,281,437. */
    @Param({"8", "9", "10"})
    public int loops;

    private final Theory phi4 = BuiltinTheories.byName("phi4");

    @Benchmark
    public long phi4TwoPointCountOnly() {
        ExpansionRequest r = ExpansionRequest.loops(phi4, 2, loops, Filters.CONNECTED);
        return DiagramExpansion.count(r, ProgressListener.NONE).totalCount();
    }

    @Benchmark
    public long phi4FourPointCountOnly() {
        ExpansionRequest r = ExpansionRequest.loops(phi4, 4, loops - 3, Filters.CONNECTED);
        return DiagramExpansion.count(r, ProgressListener.NONE).totalCount();
    }

    @Benchmark
    public long calibrationSort() {
        long[] a = new SplittableRandom(42).longs(10_000_000).toArray();
        Arrays.sort(a);
        return a[a.length / 2];
    }
}
