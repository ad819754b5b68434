using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AdminPortal.Benchmarks.Previews;

/// <summary>
/// A short job for a 2-core machine shared with others: one launch, 3 warm-up and 10 measured iterations, run in
/// this process (no generated project to build under the repository's warnings-as-errors), with allocations.
/// </summary>
public class PreviewBenchmarkConfig : ManualConfig
{
    public PreviewBenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median);
    }
}
