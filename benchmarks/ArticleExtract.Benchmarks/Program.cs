using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/ArticleExtract.Benchmarks -- --filter '*'
// Stage timings side by side: dotnet run -c Release --project benchmarks/ArticleExtract.Benchmarks -- stages [ROUNDS] [all] [warm=N]
if (args.Length > 0 && args[0] == "stages")
{
    ArticleExtract.Benchmarks.StageTimer.Run(args);
    return;
}

// Output walks on very wide elements (linear or not): ... -- wide
if (args.Length > 0 && args[0] == "wide")
{
    ArticleExtract.Benchmarks.WideProbe.Run();
    return;
}

// Linear-time checks (the wall-clock checks kept out of dotnet test): ... -- scaling
if (args.Length > 0 && args[0] == "scaling")
{
    Environment.Exit(ArticleExtract.Benchmarks.ScalingProbe.Run());
}

// The CLI's cold start, JIT against Native AOT (publish first, see ColdStart.cs): ... -- coldstart [RUNS]
if (args.Length > 0 && args[0] == "coldstart")
{
    ArticleExtract.Benchmarks.ColdStart.Run(args);
    return;
}

// Parse against the bare parse and text mode against HTML mode in thread CPU time, for a loaded machine: ... -- cpu [ROUNDS] [all]
if (args.Length > 0 && args[0] == "cpu")
{
    ArticleExtract.Benchmarks.CpuTimer.Run(args);
    return;
}

// A steady workload for a profiler: ... -- loop html|text [SECONDS]
if (args.Length > 0 && args[0] == "loop")
{
    ArticleExtract.Benchmarks.LoopDriver.Run(args);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ArticleExtract.Benchmarks.PageBenchmarks).Assembly).Run(args);
