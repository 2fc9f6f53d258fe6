using System.Diagnostics;
using System.Globalization;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// How often the SmartReader fallback is consulted and wins, and what it costs: every page of
/// a corpus parsed with and without the fallback, alternately.
/// Run: <c>dotnet run -c Release --project benchmarks/ArticleExtract.Benchmarks -- fallback [scrapinghub|readability]</c>.
/// </summary>
internal static class FallbackProbe
{
    public static void Run(string[] args)
    {
        var corpus = args.Length > 1 ? args[1] : "scrapinghub";
        var pages = corpus == "readability"
            ? Directory.GetDirectories(CorpusPages.Folder("readability")).Order(StringComparer.Ordinal)
                .Select(d => (Path.GetFileName(d), File.ReadAllText(Path.Combine(d, "source.html")))).ToArray()
            : CorpusPages.LoadNamed();
        var with = new ArticleExtractor();
        var without = new ArticleExtractor(new ExtractionOptions { UseFallbackExtractor = false });
        double timeWith = 0, timeWithout = 0;
        var won = 0;
        var ci = CultureInfo.InvariantCulture;
        foreach (var (name, html) in pages)
        {
            var start = Stopwatch.GetTimestamp();
            var ours = without.Parse(html);
            var ms0 = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            start = Stopwatch.GetTimestamp();
            var final = with.Parse(html);
            var ms1 = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            timeWith += ms1;
            timeWithout += ms0;
            if (final.Text != ours.Text)
            {
                won++;
            }

            if (ours.Text.Length < 1200 || final.Text != ours.Text)
            {
                Console.WriteLine(string.Create(ci, $"{name[..Math.Min(12, name.Length)],-14} ours {ours.Text.Length,6} final {final.Text.Length,6} {(final.Text != ours.Text ? "WON" : "   ")} {ms0,7:F1} ms without, {ms1,7:F1} ms with"));
            }
        }

        Console.WriteLine(string.Create(ci, $"{pages.Length} pages: fallback changed {won}; total {timeWithout:F0} ms without, {timeWith:F0} ms with"));
    }
}
