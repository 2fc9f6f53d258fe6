using System.Globalization;
using System.Runtime.InteropServices;
using AngleSharp.Html.Parser;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// The speed goals measured in CPU time of the calling thread, for a machine whose other work
/// makes wall-clock figures useless (BenchmarkDotNet's processes each meet a different load):
/// on every page, AngleSharp's bare parse, <c>Parse</c> in HTML and <c>Parse</c> of the same
/// page as text, one after the other, round after round (the order turned each round); the
/// ratios are of the sums. What the calling thread does not do is not counted, such as a
/// background garbage collection: BenchmarkDotNet counts gen1 and gen2 collections for the bare
/// parse that Parse does not cause, and the ratio to the bare parse reads higher here (1.8-2.0x on
/// 2026-12-07) than in BenchmarkDotNet's wall time on an idle machine (1.40x on 2026-11-29).
/// Linux only (CLOCK_THREAD_CPUTIME_ID); elsewhere the wall clock stands in.
/// Run: <c>dotnet run -c Release --project benchmarks/ArticleExtract.Benchmarks -- cpu [ROUNDS] [all]</c>.
/// </summary>
internal static class CpuTimer
{
    private const int DefaultRounds = 10;

    /// <summary>Rounds over every page before the measured ones: the JIT's tiering needs several hundred calls.</summary>
    private const int WarmUpRounds = 6;

    public static void Run(string[] args)
    {
        var rounds = args.Length > 1 && int.TryParse(args[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : DefaultRounds;
        var (html, text) = CorpusPages.Load(all: args.Contains("all"));
        var (allHtml, allText) = CorpusPages.Load(all: true);
        var extractor = new ArticleExtractor();
        var textExtractor = new ArticleExtractor(new ExtractionOptions { InputKind = InputKind.Text });
        for (var round = 0; round < WarmUpRounds; round++)
        {
            for (var i = 0; i < allHtml.Length; i++)
            {
                new HtmlParser().ParseDocument(allHtml[i]);
                extractor.Parse(allHtml[i]);
                textExtractor.Parse(allText[i]);
            }
        }

        long bare = 0, parse = 0, parseText = 0, bareBytes = 0, parseBytes = 0;
        var perRound = new List<string>();
        for (var round = 0; round < rounds; round++)
        {
            long roundBare = 0, roundParse = 0;
            for (var i = 0; i < html.Length; i++)
            {
                var page = html[i];
                var (bareTime, bareAllocated) = Measure(() => new HtmlParser().ParseDocument(page));
                var (parseTime, parseAllocated) = Measure(() => extractor.Parse(page));
                var (textTime, _) = Measure(() => textExtractor.Parse(text[i]));
                (roundBare, roundParse) = (roundBare + bareTime, roundParse + parseTime);
                parseText += textTime;
                (bareBytes, parseBytes) = (bareBytes + bareAllocated, parseBytes + parseAllocated);
            }

            (bare, parse) = (bare + roundBare, parse + roundParse);
            perRound.Add(((double)roundParse / roundBare).ToString("F2", CultureInfo.InvariantCulture));
        }

        Console.WriteLine($"{html.Length} pages, {rounds} rounds, {(ThreadClock.IsCpuTime ? "thread CPU time" : "wall time (no thread CPU clock here)")}");
        Console.WriteLine($"bare parse {Ms(bare, rounds)} ms/round, Parse (HTML) {Ms(parse, rounds)} ms/round, Parse (text) {Ms(parseText, rounds)} ms/round");
        Console.WriteLine($"Parse / bare parse: time {(double)parse / bare:F3}x (rounds {string.Join(' ', perRound)}), allocated {(double)parseBytes / bareBytes:F3}x");
        Console.WriteLine($"HTML / text: {(double)parse / parseText:F2}x");
    }

    private static string Ms(long nanoseconds, int rounds) => (nanoseconds / 1e6 / rounds).ToString("F1", CultureInfo.InvariantCulture);

    private static (long Nanoseconds, long Bytes) Measure(Action work)
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var start = ThreadClock.Now();
        work();
        var end = ThreadClock.Now();
        return (end - start, GC.GetAllocatedBytesForCurrentThread() - bytes);
    }

    /// <summary>The calling thread's CPU time in nanoseconds (Linux), else the wall clock's.</summary>
    private static class ThreadClock
    {
        private const int ClockThreadCpuTimeId = 3;

        public static bool IsCpuTime { get; } = OperatingSystem.IsLinux();

        public static long Now()
        {
            if (!IsCpuTime)
            {
                return (long)(System.Diagnostics.Stopwatch.GetTimestamp() * (1e9 / System.Diagnostics.Stopwatch.Frequency));
            }

            clock_gettime(ClockThreadCpuTimeId, out var time);
            return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
        }

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc", SetLastError = false)]
        private static extern int clock_gettime(int clock, out TimeSpec time);
    }
}
