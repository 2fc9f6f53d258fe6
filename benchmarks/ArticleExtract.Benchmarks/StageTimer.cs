using System.Diagnostics;
using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ArticleExtract.Classification;
using ArticleExtract.Html;
using ArticleExtract.Input;
using ArticleExtract.Metadata;
using ArticleExtract.Output;
using ArticleExtract.Pipeline;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// Where the time of <c>ArticleExtractor.Parse</c> goes, stage by stage, on a loaded machine:
/// the bare parse, the whole Parse and a copy of the HTML pipeline with a clock around every
/// stage run alternately on each page, round after round; every figure is the median of the
/// rounds, so ratios measured side by side stay meaningful when absolute times are noisy.
/// Allocation is counted per stage with <see cref="GC.GetAllocatedBytesForCurrentThread"/>.
/// Run: <c>dotnet run -c Release --project benchmarks/ArticleExtract.Benchmarks -- stages [ROUNDS] [all]</c>.
/// </summary>
internal static class StageTimer
{
    private const int DefaultRounds = 9;

    /// <summary>
    /// Rounds run before the measured ones. The JIT's tiering takes several hundred calls of
    /// Parse to reach its optimised code (round times fall for about eight rounds of the corpus),
    /// so fewer warm-up rounds measure partly unoptimised code. Override with <c>warm=N</c>.
    /// </summary>
    private const int DefaultWarmUpRounds = 4;

    public static void Run(string[] args)
    {
        var rounds = args.Length > 1 && int.TryParse(args[1], out var r) ? r : DefaultRounds;
        var (html, text) = CorpusPages.Load(all: args.Contains("all"));
        var extractor = new ArticleExtractor();
        var textExtractor = new ArticleExtractor(new ExtractionOptions { InputKind = InputKind.Text });
        var options = extractor.Options;
        var warmUp = args.FirstOrDefault(a => a.StartsWith("warm=", StringComparison.Ordinal)) is { } w ? int.Parse(w[5..], CultureInfo.InvariantCulture) : DefaultWarmUpRounds;
        Console.WriteLine($"{html.Length} pages, {rounds} rounds (+{warmUp} warm-up)");

        var perRound = new List<Dictionary<string, (double Ms, long Bytes)>>();
        var fastest = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var counters = new Dictionary<string, int>();
        for (var round = 1 - warmUp; round <= rounds; round++)
        {
            var clock = new Clock();
            counters.Clear();
            for (var i = 0; i < html.Length; i++)
            {
                var page = html[i];
                clock.Time("bare parse", () => new HtmlParser().ParseDocument(page));
                var words = clock.Time("Parse (HTML)", () => extractor.Parse(page)).WordCount;
                clock.Time("Parse (text)", () => ParseText(textExtractor, text[i]));
                var staged = Staged(page, options, clock, counters);
                StagedText(text[i], textExtractor.Options, clock);
                if (round == 1 - warmUp && staged != words)
                {
                    Console.WriteLine($"warning: page {i}: staged copy gives {staged} words, Parse {words}");
                }

                if (round > 0)
                {
                    foreach (var (name, ms) in clock.TakePage())
                    {
                        if (!fastest.TryGetValue(name, out var perPage))
                        {
                            fastest[name] = perPage = Enumerable.Repeat(double.MaxValue, html.Length).ToArray();
                        }

                        perPage[i] = Math.Min(perPage[i], ms);
                    }
                }
            }

            if (round > 0)
            {
                perRound.Add(clock.Totals);
            }
        }

        Report(perRound, fastest, counters, html.Length);
    }

    /// <summary>A copy of <see cref="HtmlPipeline"/>.Run with a clock around each stage; returns the word count.</summary>
    private static int Staged(string page, ExtractionOptions options, Clock clock, Dictionary<string, int> counters)
    {
        var context = new ExtractionContext(options, null, CancellationToken.None);
        clock.Time("1a nesting guard (extra)", () => NestingGuard.Apply(page));
        var document = clock.Time("1 load (guard+parse)", () => DocumentLoader.ParseHtml(PageInput.FromString(page), options.MaxElementCount, CancellationToken.None));

        // Metadata parts, timed apart (extra: the stage below runs them again).
        var meta = clock.Time("2a meta tags (extra)", () => MetaTags.Read(PageScan.Of(document)));
        var jsonLd = clock.Time("2b json-ld (extra)", () =>
        {
            var own = PageScan.Of(document);
            try
            {
                return JsonLd.Read(own, MetadataVocabulary.Shared);
            }
            finally
            {
                own.ReleaseJsonLd();
            }
        });
        clock.Time("2c microdata (extra)", () => Microdata.Read(PageScan.Of(document)));
        clock.Time("2d lead paragraph (extra)", () => Safe(() => LeadParagraph.Find(document, PageScan.Of(document), MetadataVocabulary.Shared)));
        clock.Time("2e byline element (extra)", () => BylineElement.Find(document, MetadataVocabulary.Shared) ?? "");
        clock.Time("2f title cleaner (extra)", () => TitleCleaner.Clean(document, PageScan.Of(document)));
        clock.Time("2g language (extra)", () => Language.Detect(document, meta, jsonLd) ?? "");
        var scan = clock.Time("2s page scan", () => PageScan.Of(document));
        if (clock.Time("2h noscript (own)", () => NoscriptContent.UnwrapPage(document, scan.Elements)))
        {
            scan = PageScan.Of(document);
        }

        var metadata = clock.Time("2 metadata", () => HtmlMetadataExtractor.Extract(document, scan, context));
        if (scan.Elements is { } elements)
        {
            clock.Time("2q page features (extra)", () => PageFeatures.Of(elements, scan, metadata, HtmlPipeline.AddressOf(metadata, context)));
            clock.Time("2p classify (own)", () => PageTypeClassifier.Default.Classify(elements, scan, metadata, HtmlPipeline.AddressOf(metadata, context)));
        }

        // As in the pipeline, the JSON-LD is parsed once, in the metadata stage (its first reader), and given back after the classifier.
        scan.ReleaseJsonLd();

        // The probes work on a document of their own: preparation works on the page's own body.
        var probe = Preparation.PrepareInPlace(DocumentLoader.ParseHtml(PageInput.FromString(page), options.MaxElementCount, CancellationToken.None));
        if (probe is not null)
        {
            clock.Time("4x KindOf on every element (extra)", () =>
            {
                var n = 0;
                foreach (var element in probe.Elements)
                {
                    n += BoilerplateRemoval.KindOf(element) is null ? 0 : 1;
                }

                return n;
            });
            var quiet = new ExtractionContext(options with { ReportBoilerplate = false }, null, CancellationToken.None);
            clock.Time("4y removal, no report (extra)", () => { BoilerplateRemoval.Run(probe, quiet, true); return 0; });
        }

        var prepared = clock.Time("3 prepare (in place)", () => Preparation.PrepareInPlace(document, scan.Elements));
        var attempts = 0;
        IElement? content = null;
        if (prepared is not null)
        {
            var timedBefore = clock.Elapsed;
            var start = Stopwatch.GetTimestamp();
            content = CandidateComparison.Best(
                prepared,
                context,
                (copy, flags) =>
                {
                    attempts++;
                    return Attempt(copy, flags, metadata, context, clock);
                });
            clock.Add("4-8 compare (own)", Stopwatch.GetElapsedTime(start).TotalMilliseconds - (clock.Elapsed - timedBefore), 0);
        }

        Count(counters, $"attempts={attempts}");
        if (content is not null)
        {
            var baseUri = SafeUrl.BaseOf(context.BaseUrl, content.Owner, metadata.CanonicalUrl);
            clock.Time("9a plain text (extra)", () => PlainTextWriter.Paragraphs(content));
            var body = clock.Time("9b body tree (extra)", () => BodyTreeBuilder.Build(content, baseUri));
            clock.Time("9c safe html (extra)", () => SafeHtmlWriter.Write(body));
            clock.Time("9d markdown (extra)", () => MarkdownWriter.Write(body));
            clock.Time("9e blocks (extra)", () => BlockWriter.Write(body));
        }

        var article = clock.Time("9 build", () => ArticleBuilder.Build(metadata, content, InputKind.Html, context));
        return article.WordCount;
    }

    /// <summary>A copy of <see cref="TextPipeline"/>.Run with a clock around each stage.</summary>
    private static void StagedText(string text, ExtractionOptions options, Clock clock)
    {
        try
        {
            var context = new ExtractionContext(options, null, CancellationToken.None);
            var vocabulary = Vocabulary.BoilerplateVocabulary.Shared;
            var metadata = new ArticleMetadata();
            var blocks = clock.Time("T1 split", () => Text.TextBlocks.Split(text, CancellationToken.None));
            var words = clock.Time("T2 language", () => Text.PageWords.Read(blocks, vocabulary, CancellationToken.None));
            var language = clock.Time("T2 language", () => Text.PageLanguage.Detect(words));
            clock.Time("T3 features", () => { Text.BlockFeatures.Measure(blocks, words, language, CancellationToken.None); return 0; });
            clock.Time("T4 known boilerplate", () => { Text.KnownBoilerplate.Mark(blocks, words, vocabulary); return 0; });
            clock.Time("T5 classify", () => { Text.BlockClassifier.Classify(blocks); return 0; });
            clock.Time("T6 revise", () => { Text.ContextRevision.Revise(blocks); return 0; });
            var (bodyStart, _, _) = clock.Time("T7 body", () => Text.BodyChoice.Select(blocks, Text.TextRules.Shared));
            var title = clock.Time("T8 title", () => bodyStart < 0 ? -1 : Text.TitleFinder.Find(blocks, words, bodyStart, Text.TextRules.Shared));
            if (title >= 0)
            {
                metadata.Title = TextNormalizer.CollapseWhitespace(blocks[title].Clean);
                blocks[title].MetadataKind = BoilerplateKind.Title;
            }

            clock.Time("T9 header metadata", () => { Text.HeaderMetadata.Read(blocks, bodyStart, metadata); return 0; });
            clock.Time("T10 report", () => { Text.BoilerplateReport.Record(blocks, bodyStart, context); return 0; });
            var paragraphs = blocks.Where(b => b.InBody).Select(b => b.Clean).ToList();
            clock.Time("T11 build", () => ArticleBuilder.Build(metadata, paragraphs, InputKind.Text, context));
        }
        catch (FormatException)
        {
        }
    }

    private static IElement? Attempt(TreeOrder tree, AttemptFlags flags, ArticleMetadata metadata, ExtractionContext context, Clock clock)
    {
        var body = tree.Root;
        var stats = clock.Time("4 boilerplate removal (measures of the rest)", () => BoilerplateRemoval.Run(tree, context, flags.StripBoilerplateTokens));
        var scores = clock.Time("5b scoring", () => Scoring.Run(body, stats, flags.WeighClasses));
        var content = clock.Time("6 selection", () => Selection.Run(body, stats, scores, context.Undo));
        if (content is null)
        {
            return null;
        }

        clock.Time("7 cleaning", () => { Cleaning.Run(content, context, flags.CleanConditionally ? ArticleExtract.Html.CleanRules.All : ArticleExtract.Html.CleanRules.None); return content; });
        clock.Time("8 post-process", () => { PostProcessing.Run(content, metadata, context); return content; });
        return content;
    }

    /// <summary>Text mode, a failing page counting as empty (a failure is the text helper's to fix, not a timing).</summary>
    private static int ParseText(ArticleExtractor extractor, string text)
    {
        try
        {
            return extractor.Parse(text).WordCount;
        }
        catch (FormatException)
        {
            return 0;
        }
    }

    /// <summary>A probe that may throw on a page where the pipeline itself would not call it.</summary>
    private static string Safe(Func<string?> probe)
    {
        try
        {
            return probe() ?? "";
        }
        catch (FormatException)
        {
            return "";
        }
    }

    private static void Count(Dictionary<string, int> counters, string key) =>
        counters[key] = counters.GetValueOrDefault(key) + 1;

    private static void Report(List<Dictionary<string, (double Ms, long Bytes)>> rounds, Dictionary<string, double[]> fastest, Dictionary<string, int> counters, int pages)
    {
        Console.WriteLine("Medians of the rounds' sums:");
        var names = rounds[0].Keys.Order(StringComparer.Ordinal).ToList();
        var parse = Median(rounds.Select(x => x["Parse (HTML)"].Ms));
        var parseBytes = rounds[^1]["Parse (HTML)"].Bytes;
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ci, $"{"stage",-30} {"ms/round",10} {"% Parse",8} {"ms/page",8} {"KB/page",9} {"% alloc",8}"));
        foreach (var name in names)
        {
            var ms = Median(rounds.Select(x => x.GetValueOrDefault(name).Ms));
            var bytes = rounds[^1].GetValueOrDefault(name).Bytes;
            Console.WriteLine(string.Create(ci,
                $"{name,-30} {ms,10:F1} {100 * ms / parse,7:F1}% {ms / pages,8:F2} {bytes / 1024.0 / pages,9:F0} {100.0 * bytes / parseBytes,7:F1}%"));
        }

        var bare = Median(rounds.Select(x => x["bare parse"].Ms));
        var text = Median(rounds.Select(x => x["Parse (text)"].Ms));
        Console.WriteLine(string.Create(ci, $"Parse / bare parse: time {parse / bare:F2}x, allocated {(double)parseBytes / rounds[^1]["bare parse"].Bytes:F2}x; HTML / text: {parse / text:F1}x"));
        // The fastest of the rounds, page by page: preemption on a loaded machine only ever adds time.
        Console.WriteLine();
        Console.WriteLine("Fastest round per page and stage, summed over the pages:");
        var parseMin = fastest["Parse (HTML)"].Sum();
        foreach (var name in names)
        {
            var ms = fastest.TryGetValue(name, out var perPage) ? perPage.Where(x => x < double.MaxValue).Sum() : 0;
            Console.WriteLine(string.Create(ci, $"{name,-34} {ms,10:F1} ms {100 * ms / parseMin,7:F1}% {ms / pages,8:F2} ms/page"));
        }

        Console.WriteLine(string.Create(ci, $"Parse / bare parse (fastest): {parseMin / fastest["bare parse"].Sum():F2}x; HTML / text: {parseMin / fastest["Parse (text)"].Sum():F1}x"));
        Console.WriteLine(string.Join(", ", counters.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}: {c.Value}")));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>Sums time and allocation per stage name.</summary>
    private sealed class Clock
    {
        public Dictionary<string, (double Ms, long Bytes)> Totals { get; } = new(StringComparer.Ordinal);

        private Dictionary<string, double> _page = new(StringComparer.Ordinal);

        /// <summary>The times of the current page by stage; starts the next page.</summary>
        public Dictionary<string, double> TakePage()
        {
            var page = _page;
            _page = new(StringComparer.Ordinal);
            return page;
        }

        /// <summary>Milliseconds timed so far, all stages together.</summary>
        public double Elapsed { get; private set; }

        public T Time<T>(string name, Func<T> action)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            var result = action();
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            Add(name, ms, GC.GetAllocatedBytesForCurrentThread() - bytes);
            if (!name.EndsWith("(extra)", StringComparison.Ordinal) && !name.StartsWith("Parse", StringComparison.Ordinal) && name != "bare parse")
            {
                Elapsed += ms;
            }

            return result;
        }

        public void Add(string name, double ms, long bytes)
        {
            var (m, b) = Totals.GetValueOrDefault(name);
            Totals[name] = (m + ms, b + bytes);
            _page[name] = _page.GetValueOrDefault(name) + ms;
        }
    }
}
