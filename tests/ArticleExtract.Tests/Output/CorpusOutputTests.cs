using System.IO.Compression;

namespace ArticleExtract.Tests.Output;

/// <summary>
/// Every page of the shared development corpus (skipped when the corpus is absent): the HTML is
/// safe, and the HTML and the Markdown (rendered back by Markdig) hold the same words as the text.
/// </summary>
public sealed class CorpusOutputTests
{
    [Fact]
    public void Every_scrapinghub_page_gives_safe_html_and_markdown_with_the_words_of_the_text()
    {
        var folder = Fixture.CorpusFolder("scrapinghub-dev/html");
        if (folder is null)
        {
            return;
        }

        var pages = Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(path => (Path.GetFileName(path)[..12], path));
        Check(pages);
    }

    [Fact]
    public void Every_readability_page_gives_safe_html_and_markdown_with_the_words_of_the_text()
    {
        var folder = Fixture.CorpusFolder("readability");
        if (folder is null)
        {
            return;
        }

        var pages = Directory.GetDirectories(folder).Order(StringComparer.Ordinal)
            .Select(dir => (Path.GetFileName(dir), Path.Combine(dir, "source.html")))
            .Where(page => File.Exists(page.Item2));
        Check(pages);
    }

    private static void Check(IEnumerable<(string Name, string Path)> pages)
    {
        var failures = new List<string>();
        foreach (var (name, path) in pages)
        {
            var article = ArticleExtractor.Parse(Read(path));
            var problems = SafeHtmlAssertions.Problems(article.Html);
            if (problems.Count > 0)
            {
                failures.Add($"{name}: unsafe html: {string.Join(", ", problems.Take(3))}");
            }

            var text = HtmlTrees.Words(article.Text);
            AddWordDifference(failures, name, "html", text, OutputFixture.HtmlWords(article.Html));
            AddWordDifference(failures, name, "markdown", text, OutputFixture.MarkdownWords(article.ToMarkdown()));
            AddWordDifference(failures, name, "blocks", text, HtmlTrees.Words(string.Join("\n", article.Blocks.Select(b => b.Text))));
        }

        failures.Should().BeEmpty("every page should pass, but:\n{0}", string.Join("\n", failures));
    }

    private static byte[] Read(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.Ordinal))
        {
            return File.ReadAllBytes(path);
        }

        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static void AddWordDifference(List<string> failures, string name, string form, List<string> expected, List<string> actual)
    {
        var length = Math.Min(expected.Count, actual.Count);
        for (var i = 0; i < length; i++)
        {
            if (expected[i] != actual[i])
            {
                var context = string.Join(" ", expected.Skip(Math.Max(0, i - 5)).Take(10));
                var got = string.Join(" ", actual.Skip(Math.Max(0, i - 5)).Take(10));
                failures.Add($"{name}: {form} word {i}: text has \"{context}\", {form} has \"{got}\"");
                return;
            }
        }

        if (expected.Count != actual.Count)
        {
            failures.Add($"{name}: {form} has {actual.Count} words, text {expected.Count}");
        }
    }
}
