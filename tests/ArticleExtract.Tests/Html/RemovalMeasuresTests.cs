using System.IO.Compression;
using AngleSharp.Dom;
using ArticleExtract.Html;
using ArticleExtract.Input;
using ArticleExtract.Metadata;
using ArticleExtract.Pipeline;
using ArticleExtract.Tests.Robustness;

namespace ArticleExtract.Tests.Html;

/// <summary>
/// The prepared body's elements, read from the metadata scan's list, are those a walk of the
/// prepared body finds; the measures boilerplate removal hands to scoring, summed again from the
/// measures taken before the removal, are those a fresh walk of the body after it gives, element by element.
/// </summary>
public sealed class RemovalMeasuresTests
{
    private const string Standfirst =
        "A standfirst long enough to be running text under the headline, with no links in it at all, so the header is an article header.";

    private const string Prose =
        "The council met on Tuesday, and after a long debate, it voted to rebuild the harbour bridge, which had been closed since the storm.";

    private static readonly string Page =
        "<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav>" +
        $"<header><h1>The <b>headline</b></h1><p>{Standfirst}</p><div class=byline>By A. Writer</div></header>" +
        $"<main><article><p>{Prose}</p><div class=share-bar>Share <a href=#>this</a></div><p>{Prose} <a href=/more>More, here</a></p>" +
        $"<a href=/x><span>in a link</span><aside>related, inside a link</aside></a>" +
        $"<p>{Prose}</p><aside><ul><li><a href=/r>Related story</a></li></ul></aside></article></main>" +
        "<footer>Copyright, 2026</footer><div id=comments><p>First!</p></div></body></html>";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Measures_after_removal_are_those_of_a_fresh_walk(bool strict) => AssertSameMeasures(Page, strict, "the fixture");

    [CorpusFact("scrapinghub-dev/html")]
    public void Measures_after_removal_are_those_of_a_fresh_walk_on_every_corpus_page()
    {
        foreach (var file in Directory.GetFiles(Fixture.CorpusFolder("scrapinghub-dev/html")!).Order(StringComparer.Ordinal))
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            var html = reader.ReadToEnd();
            AssertSameMeasures(html, strict: true, file);
            AssertSameMeasures(html, strict: false, file);
        }
    }

    private static void AssertSameMeasures(string html, bool strict, string page)
    {
        var document = DocumentLoader.ParseHtml(PageInput.FromString(html), int.MaxValue, CancellationToken.None);
        var context = new ExtractionContext(new ExtractionOptions(), null, CancellationToken.None);

        // As the pipeline does it: the metadata's scan lists the page's elements, and preparation reads the body's from that list.
        var scan = PageScan.Of(document);
        HtmlMetadataExtractor.Extract(document, scan, context);
        var prepared = Preparation.PrepareInPlace(document, scan.Elements)!;
        var body = prepared.Root;
        var walked = TreeOrder.Of(body);
        prepared.Count.Should().Be(walked.Count, page);
        for (var i = 0; i < walked.Count; i++)
        {
            prepared[i].Should().BeSameAs(walked[i], "{0}: prepared position {1}", page, i);
            prepared.End(i).Should().Be(walked.End(i), "{0}: the prepared subtree of {1} at {2}", page, Describe(walked[i]), i);
        }

        var summed = BoilerplateRemoval.Run(prepared, context, strict);

        var fresh = NodeStats.Measure(body);
        summed.Order.Count.Should().Be(fresh.Order.Count, page);
        for (var i = 0; i < fresh.Order.Count; i++)
        {
            var element = fresh.Order[i];
            summed.Order[i].Should().BeSameAs(element, "{0}: position {1}", page, i);
            summed.Order.End(i).Should().Be(fresh.Order.End(i), "{0}: the subtree of {1} at {2}", page, Describe(element), i);
            summed[element].Should().Be(fresh[element], "{0}: {1} at {2}", page, Describe(element), i);
        }
    }

    private static string Describe(IElement element) => $"<{element.LocalName} class=\"{element.ClassName}\">";
}
