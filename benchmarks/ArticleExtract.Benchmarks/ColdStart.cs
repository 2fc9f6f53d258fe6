using System.Diagnostics;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// The cold start of the command-line tool: wall time of whole processes, each started afresh,
/// on one page and on the 123 pages of scrapinghub-dev, for the framework-dependent build (JIT,
/// <c>dotnet ArticleExtract.Cli.dll</c>) and the Native AOT build. Output goes to a temporary
/// file; both builds must write the same bytes.
/// </summary>
/// <remarks>
/// Build both first:
/// <code>
/// dotnet build src/ArticleExtract.Cli -c Release
/// dotnet publish src/ArticleExtract.Cli -c Release -r linux-x64 -o artifacts/aot
/// dotnet run -c Release --project benchmarks/ArticleExtract.Benchmarks -- coldstart [RUNS]
/// </code>
/// </remarks>
internal static class ColdStart
{
    private const int DefaultRuns = 7;

    public static void Run(string[] args)
    {
        var runs = args.Length > 1 && int.TryParse(args[1], out var n) ? n : DefaultRuns;
        var repository = RepositoryRoot();
        var jit = Path.Combine(repository, "src", "ArticleExtract.Cli", "bin", "Release", "net10.0", "ArticleExtract.Cli.dll");
        var aot = Path.Combine(repository, "artifacts", "aot", OperatingSystem.IsWindows() ? "ArticleExtract.Cli.exe" : "ArticleExtract.Cli");
        var folder = CorpusPages.Folder("scrapinghub-dev/html");
        var onePage = Directory.GetFiles(folder, "*.html.gz").Order(StringComparer.Ordinal).First();
        var builds = new List<(string Name, string File, string Prefix)>();
        if (File.Exists(jit))
        {
            builds.Add(("JIT (dotnet ArticleExtract.Cli.dll)", "dotnet", $"\"{jit}\" "));
        }

        if (File.Exists(aot))
        {
            builds.Add(("Native AOT", aot, ""));
        }

        if (builds.Count == 0)
        {
            Console.Error.WriteLine($"Neither {jit} nor {aot} exists: build and publish the CLI first (see ColdStart.cs).");
            return;
        }

        Console.WriteLine($"{runs} runs each: median (min-max) wall seconds; {Environment.ProcessorCount} processors; load average {LoadAverage()}");
        foreach (var (label, arguments) in new[] { ("one page", $"\"{onePage}\" --format jsonl"), ("123 pages", $"\"{folder}\"") })
        {
            string? reference = null;
            foreach (var (name, file, prefix) in builds)
            {
                var output = Path.GetTempFileName();
                var times = new List<double>();
                for (var i = 0; i < runs; i++)
                {
                    times.Add(Time(file, $"{prefix}{arguments} --out \"{output}\""));
                }

                times.Sort();
                var bytes = File.ReadAllText(output);
                File.Delete(output);
                var same = reference is null ? "" : bytes == reference ? ", output identical" : ", OUTPUT DIFFERS";
                reference ??= bytes;
                Console.WriteLine($"{label,-10} {name,-36} {times[times.Count / 2],6:F3} ({times[0]:F3}-{times[^1]:F3}){same}");
            }
        }
    }

    /// <summary>The wall time of one run, from the start of the process to its exit.</summary>
    private static double Time(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var seconds = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} exited with {process.ExitCode}.");
        }

        return seconds;
    }

    /// <summary>The one-minute load average (Linux), since other processes bend every figure here.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArticleExtract.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ArticleExtract.sln was not found above the working folder.");
    }
}
