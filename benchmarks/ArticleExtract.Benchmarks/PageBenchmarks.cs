using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// One page at a time, over a sample of the dev corpus (every 12th page of
/// <c>scrapinghub-dev</c>, and the same pages as scraped text from <c>text-dev</c>):
/// AngleSharp's bare parse (the floor, the baseline), <c>ArticleExtractor.Parse</c>,
/// SmartReader, and text mode.
/// </summary>
[MemoryDiagnoser]
public class PageBenchmarks
{
    private string[] _html = [];
    private string[] _text = [];
    private readonly ArticleExtractor _extractor = new();
    private readonly ArticleExtractor _textExtractor = new(new ExtractionOptions { InputKind = InputKind.Text });

    [GlobalSetup]
    public void Setup() => (_html, _text) = CorpusPages.Load();

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
