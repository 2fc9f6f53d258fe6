using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// One page at a time, over a sample of the dev corpus (every 12th page of
/// <c>scrapinghub-dev</c>, and the same pages as scraped text from <c>text-dev</c>):
/// AngleSharp's bare parse (the floor, the baseline), <c>ArticleExtractor.Parse</c> reading the
/// text (what a caller of <c>Parse</c> and <c>Text</c> pays), the same reading every output
/// (<c>Html</c>, <c>ToMarkdown()</c> and <c>Blocks</c> are written on first read), SmartReader,
/// and text mode.
/// </summary>
/// <remarks>
/// Each benchmark first runs its own workload over every page of the corpus until its round
/// time stops falling (<see cref="WarmUp"/>): the JIT's tiering needs several hundred calls
/// of <c>Parse</c> before the code is optimised, far more than BenchmarkDotNet's own warm-up
/// gives an operation of tens of milliseconds, and a short job otherwise times unoptimised code
/// (SmartReader's and ours alike). The figures are steady-state ones, as in a long-running service.
/// </remarks>
[MemoryDiagnoser]
public class PageBenchmarks
{
    private string[] _html = [];
    private string[] _text = [];
    private readonly ArticleExtractor _extractor = new();
    private readonly ArticleExtractor _textExtractor = new(new ExtractionOptions { InputKind = InputKind.Text });

    /// <summary>Warm-up stops once this many rounds in a row are no faster than the best one.</summary>
    private const int FlatRounds = 2;

    /// <summary>A round counts as faster when it beats the best by this share.</summary>
    private const double Improvement = 0.02;

    private const int MinWarmUpRounds = 5;
    private const int MaxWarmUpRounds = 20;

    [GlobalSetup(Target = nameof(BareParse))]
    public void SetupBareParse() => Setup(page => new HtmlParser().ParseDocument(page), html: true);

    [GlobalSetup(Target = nameof(ArticleExtractHtml))]
    public void SetupHtml() => Setup(page => _extractor.Parse(page), html: true);

    [GlobalSetup(Target = nameof(ArticleExtractHtmlAllOutputs))]
    public void SetupHtmlAllOutputs() => Setup(page => ReadAllOutputs(_extractor.Parse(page)), html: true);

    [GlobalSetup(Target = nameof(SmartReader))]
    public void SetupSmartReader() => Setup(page => new SmartReader.Reader("https://example.com/article", page).GetArticle(), html: true);

    [GlobalSetup(Target = nameof(ArticleExtractText))]
    public void SetupText() => Setup(page => _textExtractor.Parse(page), html: false);

    private void Setup(Action<string> workload, bool html)
    {
        (_html, _text) = CorpusPages.Load();
        var (allHtml, allText) = CorpusPages.Load(all: true);
        WarmUp(html ? allHtml : allText, workload);
    }

    /// <summary>Runs the workload over every page, round after round, until the JIT has settled.</summary>
    private static void WarmUp(string[] pages, Action<string> workload)
    {
        var best = double.MaxValue;
        var flat = 0;
        for (var round = 1; round <= MaxWarmUpRounds; round++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            foreach (var page in pages)
            {
                workload(page);
            }

            var ms = clock.Elapsed.TotalMilliseconds;
            flat = ms < best * (1 - Improvement) ? 0 : flat + 1;
            best = Math.Min(best, ms);
            Console.WriteLine($"// warm-up round {round}: {ms:F0} ms");
            if (round >= MinWarmUpRounds && flat >= FlatRounds)
            {
                return;
            }
        }
    }

    [Benchmark(Baseline = true, Description = "AngleSharp ParseDocument (floor)")]
    public int BareParse()
    {
        var count = 0;
        foreach (var page in _html)
        {
            count += new HtmlParser().ParseDocument(page).ChildElementCount;
        }

        return count;
    }

    [Benchmark(Description = "ArticleExtractor.Parse (HTML)")]
    public int ArticleExtractHtml()
    {
        var words = 0;
        foreach (var page in _html)
        {
            words += _extractor.Parse(page).WordCount;
        }

        return words;
    }

    [Benchmark(Description = "ArticleExtractor.Parse (HTML) + read all outputs")]
    public int ArticleExtractHtmlAllOutputs()
    {
        var length = 0;
        foreach (var page in _html)
        {
            length += ReadAllOutputs(_extractor.Parse(page));
        }

        return length;
    }

    /// <summary>Reads the text and every output written on first read: the safe HTML, the Markdown and the blocks.</summary>
    private static int ReadAllOutputs(Article article) =>
        article.Text.Length + article.Html.Length + article.ToMarkdown().Length + article.Blocks.Count;

    [Benchmark(Description = "SmartReader GetArticle")]
    public int SmartReader()
    {
        var length = 0;
        foreach (var page in _html)
        {
            length += new SmartReader.Reader("https://example.com/article", page).GetArticle().Length;
        }

        return length;
    }

    [Benchmark(Description = "ArticleExtractor.Parse (text)")]
    public int ArticleExtractText()
    {
        var words = 0;
        foreach (var page in _text)
        {
            words += _textExtractor.Parse(page).WordCount;
        }

        return words;
    }
}
