using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json;

namespace ArticleExtract.Tests.Robustness;

/// <summary>
/// Every real page of the shared corpus goes through <c>Parse</c> without an exception, and one
/// extractor used from many threads gives exactly the sequential results.
/// </summary>
public sealed class ConcurrencyAndCorpusTests
{
    [CorpusFact("scrapinghub-dev/html")]
    public void One_extractor_on_many_threads_gives_the_sequential_results()
    {
        var pages = HtmlPages().ToArray();
        var extractor = new ArticleExtractor();
        var sequential = pages.Select(p => Fingerprint(extractor.Parse(p.Bytes))).ToArray();
        var parallel = new ConcurrentDictionary<int, string>();
        for (var round = 0; round < 2; round++)
        {
            Parallel.ForEach(Enumerable.Range(0, pages.Length).Reverse(), new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            {
                parallel[(i * 7919) + round] = Fingerprint(extractor.Parse(pages[i].Bytes));
            });
            for (var i = 0; i < pages.Length; i++)
            {
                parallel[(i * 7919) + round].Should().Be(sequential[i], "page {0} must not depend on other threads", pages[i].Id);
            }
        }
    }

    [CorpusFact("scrapinghub-dev/html")]
    public void Every_html_page_of_the_corpus_extracts()
    {
        foreach (var (id, bytes) in HtmlPages())
        {
            Robust.Extract(() => ArticleExtractor.Default.Parse(bytes)).Should().NotBeNull(id);
        }
    }

    [CorpusFact("text-dev")]
    public void Every_text_page_of_the_corpus_extracts()
    {
        var extractor = new ArticleExtractor(new ExtractionOptions { InputKind = InputKind.Text });
        foreach (var file in Directory.GetFiles(Fixture.CorpusFolder("text-dev")!, "*.txt"))
        {
            var text = File.ReadAllText(file);
            Robust.Extract(() => extractor.Parse(text));
            Robust.Extract(() => ArticleExtractor.Default.Parse(text));
        }
    }

    [CorpusFact("readability")]
    public void Every_readability_source_page_extracts()
    {
        foreach (var file in Directory.GetFiles(Fixture.CorpusFolder("readability")!, "source.html", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            Robust.Extract(() => ArticleExtractor.Default.Parse(bytes, baseUrl: new Uri("https://example.com/a/b.html")));
        }
    }

    private static IEnumerable<(string Id, byte[] Bytes)> HtmlPages()
    {
        foreach (var file in Directory.GetFiles(Fixture.CorpusFolder("scrapinghub-dev/html")!).Order(StringComparer.Ordinal))
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            yield return (Path.GetFileName(file), buffer.ToArray());
        }
    }

    /// <summary>Everything an article says, as one string to compare.</summary>
    private static string Fingerprint(Article article) => JsonSerializer.Serialize(new
    {
        article.Title, article.Byline, article.Authors, article.Published, article.Modified, article.SiteName,
        article.Language, article.Excerpt, article.LeadImage, article.CanonicalUrl, article.Tags, article.Text,
        article.Html, article.WordCount, article.InputKind,
        Boilerplate = article.Boilerplate.Select(b => $"{b.Kind}:{b.Text}").ToArray(),
    });
}
