namespace ArticleExtract.Benchmarks;

/// <summary>
/// Runs <c>ArticleExtractor.Parse</c> over every dev page, round after round, for a number of
/// seconds: a steady workload to attach a profiler to.
/// Run: <c>dotnet-trace collect --profile cpu-sampling -- dotnet ArticleExtract.Benchmarks.dll loop html|text [SECONDS]</c>.
/// </summary>
internal static class LoopDriver
{
    private const int DefaultSeconds = 20;

    public static void Run(string[] args)
    {
        var text = args.Length > 1 && args[1] == "text";
        var seconds = args.Length > 2 && int.TryParse(args[2], out var s) ? s : DefaultSeconds;
        var (htmlPages, textPages) = CorpusPages.Load(all: true);
        var pages = text ? textPages : htmlPages;
        var extractor = new ArticleExtractor(new ExtractionOptions { InputKind = text ? InputKind.Text : InputKind.Html });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var pausedBefore = GC.GetTotalPauseDuration();
        var until = DateTime.UtcNow.AddSeconds(seconds);
        var rounds = 0;
        long words = 0;
        while (DateTime.UtcNow < until)
        {
            foreach (var page in pages)
            {
                words += extractor.Parse(page).WordCount;
            }

            rounds++;
        }

        var paused = GC.GetTotalPauseDuration() - pausedBefore;
        Console.WriteLine($"{rounds} rounds of {pages.Length} pages, {words} words; GC paused {paused.TotalMilliseconds:F0} ms of {clock.Elapsed.TotalMilliseconds:F0} ms ({100 * paused / clock.Elapsed:F1}%), gen0/1/2 collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
    }
}
