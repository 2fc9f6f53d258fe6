using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/ArticleExtract.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(ArticleExtract.Benchmarks.PageBenchmarks).Assembly).Run(args);
