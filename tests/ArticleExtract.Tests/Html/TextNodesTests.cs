using System.IO.Compression;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArticleExtract.Html;
using FluentAssertions;
using Xunit;

namespace ArticleExtract.Tests.Html;

public sealed class TextNodesTests
{
    /// <summary>Caps as the metadata readers use them, a small one, and none.</summary>
    private static readonly int[] Caps = [1, 12, 80, 300, int.MaxValue];

    [Fact]
    public void The_walk_agrees_with_the_plain_one_and_with_text_content_on_every_element_of_the_corpus_pages()
    {
        var pages = new[] { "scrapinghub-dev/html", "readability" }
            .Select(Fixture.CorpusFolder)
            .Where(folder => folder is not null)
            .SelectMany(folder => Directory.EnumerateFiles(folder!, "*", SearchOption.AllDirectories))
            .Where(path => path.EndsWith(".html.gz", StringComparison.Ordinal) || path.EndsWith(".html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (pages.Count == 0)
        {
            return; // No shared corpus beside the repository: the pages below still check the walk.
        }

        var copied = 0;
        foreach (var page in pages)
        {
            var document = new HtmlParser().ParseDocument(Read(page));
            foreach (var element in document.All)
            {
                Agrees(element, page);
                copied += TextNodes.TryCopy(element, new char[256], out _) ? 1 : 0;
            }
        }

        copied.Should().BeGreaterThan(0, "short texts are copied (a walk that never fits would agree trivially)");
    }

    [Fact]
    public void A_deep_and_wide_page_is_read_in_document_order()
    {
        // 40 levels (past the walk's inline frames), then a wide level; text between the levels.
        var html = string.Concat(Enumerable.Range(0, 40).Select(i => $"<div> {i} <!-- note -->")) + "<p>" + string.Concat(Enumerable.Range(0, 500).Select(i => $"<b>w{i}</b> ")) + "</p>"
            + string.Concat(Enumerable.Range(0, 40).Select(i => $"</div> end{i} "));
        var body = new HtmlParser().ParseDocument(html).Body!;

        var buffer = new char[body.TextContent.Length];
        TextNodes.TryCopy(body, buffer, out var written).Should().BeTrue();
        new string(buffer, 0, written).Should().Be(body.TextContent);
        TextNodes.TryCopy(body, new char[written - 1], out _).Should().BeFalse();
        foreach (var cap in Caps)
        {
            TextNodes.TrimmedLength(body, cap).Should().Be(Math.Min(cap, body.TextContent.Trim().Length));
        }

        TextNodes.TrimmedLength(body.QuerySelector("b")!.FirstChild!, 10).Should().Be(2, "a text root is its own only text node");
    }

    private static void Agrees(IElement element, string page)
    {
        foreach (var cap in Caps)
        {
            var length = TextNodes.TrimmedLength(element, cap);
            if (length != TextNodes.ReferenceTrimmedLength(element, cap))
            {
                length.Should().Be(TextNodes.ReferenceTrimmedLength(element, cap), $"<{element.LocalName}> in {page}, cap {cap}");
            }
        }

        var buffer = new char[256];
        if (TextNodes.TryCopy(element, buffer, out var written))
        {
            var text = element.TextContent;
            if (!buffer.AsSpan(0, written).SequenceEqual(text))
            {
                new string(buffer, 0, written).Should().Be(text, $"<{element.LocalName}> in {page}");
            }
        }
        else
        {
            element.TextContent.Length.Should().BeGreaterThan(buffer.Length, $"<{element.LocalName}> in {page} fits, yet was not copied");
        }
    }

    private static string Read(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.Ordinal))
        {
            return File.ReadAllText(path);
        }

        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}
