using System.IO.Compression;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArticleExtract.Html;
using ArticleExtract.Tests.Robustness;

namespace ArticleExtract.Tests.Html;

/// <summary>The lock-free text of an element is AngleSharp's TextContent, character for character.</summary>
public sealed class ElementTextTests
{
    [Fact]
    public void The_text_of_nested_pieces_skips_comments_and_keeps_order_and_whitespace()
    {
        var document = new HtmlParser().ParseDocument(
            "<div id='x'> One <b>two<!-- not text --></b>\n<i><u>three</u> four</i><span></span>five </div><p id='y'>alone</p><p id='z'></p>");
        ElementText.Of(document.GetElementById("x")!).Should().Be(" One two\nthree fourfive ");
        ElementText.Of(document.GetElementById("y")!).Should().Be("alone");
        ElementText.Of(document.GetElementById("z")!).Should().BeEmpty();
    }

    [Fact]
    public void A_tree_deeper_than_the_walk_holds_gives_the_same_text()
    {
        var html = string.Concat(Enumerable.Repeat("<span>a", 1500)) + string.Concat(Enumerable.Repeat("b</span>", 1500));
        var document = new HtmlParser().ParseDocument("<div id='deep'>" + html + "</div>");
        var deep = document.GetElementById("deep")!;
        ElementText.Of(deep).Should().Be(deep.TextContent).And.HaveLength(3000);
    }

    [Fact]
    public void Form_outputs_and_text_areas_read_as_AngleSharp_reads_them()
    {
        var document = new HtmlParser().ParseDocument("<form><output id='o'>1<b>2</b></output><textarea id='t'>some\ntext</textarea></form>");
        foreach (var id in new[] { "o", "t" })
        {
            var element = document.GetElementById(id)!;
            ElementText.Of(element).Should().Be(element.TextContent);
        }
    }

    [CorpusFact("scrapinghub-dev/html")]
    public void Every_element_of_every_corpus_page_has_its_TextContent()
    {
        var parser = new HtmlParser();
        var pages = 0;
        foreach (var folder in new[] { "scrapinghub-dev/html", "wcxb-dev/html" })
        {
            if (Fixture.CorpusFolder(folder) is not { } path)
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(path, "*.html.gz").Order(StringComparer.Ordinal))
            {
                using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
                var document = parser.ParseDocument(gzip);
                foreach (var element in document.All)
                {
                    var actual = ElementText.Of(element);
                    if (actual != element.TextContent)
                    {
                        actual.Should().Be(element.TextContent, $"{Path.GetFileName(file)} <{element.LocalName}>");
                    }
                }

                pages++;
            }
        }

        pages.Should().BeGreaterThan(100);
    }
}
