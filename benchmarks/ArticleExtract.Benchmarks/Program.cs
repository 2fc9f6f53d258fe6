using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ArticleExtract.Benchmarks.ParseBenchmarks).Assembly).Run(args);
