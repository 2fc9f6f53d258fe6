using AngleSharp.Html.Parser;
using ArticleExtract.Output;

namespace ArticleExtract.Tests.Output;

/// <summary>How the body's HTML is written: structure kept, clutter unwrapped, images and links resolved, any depth.</summary>
public sealed class BodyOutputTests
{
    private static string Html(string body, Uri? baseUrl = null, string? canonical = null, string head = "") =>
        OutputFixture.Build($"<html><head>{head}</head><body>{body}</body></html>", baseUrl, canonical).Html;

    private static void ShouldBe(string actualHtml, string expectedHtml) =>
        HtmlTrees.FirstDifference(expectedHtml, actualHtml).Should().BeNull("actual:\n{0}", actualHtml);

    [Fact]
    public void Divs_and_spans_are_unwrapped_and_loose_text_becomes_paragraphs()
    {
        ShouldBe(Html("<div><section><span>One</span> <font>two</font></section><div>Three</div></div>"), "<p>One two</p><p>Three</p>");
    }

    [Fact]
    public void A_heading_one_in_the_body_becomes_a_heading_two()
    {
        ShouldBe(Html("<h1>Title</h1><h4>Minor</h4>"), "<h2>Title</h2><h4>Minor</h4>");
    }

    [Fact]
    public void Two_line_breaks_in_loose_text_end_a_paragraph_and_one_stays_a_break()
    {
        ShouldBe(Html("<div>Line one<br>line two<br><br>Next paragraph</div>"), "<p>Line one<br>line two</p><p>Next paragraph</p>");
    }

    [Fact]
    public void A_link_around_blocks_is_unwrapped_so_the_blocks_stay_blocks()
    {
        ShouldBe(Html("<a href=\"https://x.example/\"><h3>Teaser</h3><p>Summary</p></a>"), "<h3>Teaser</h3><p>Summary</p>");
    }

    [Fact]
    public void A_space_before_an_inline_element_is_written_outside_it()
    {
        var html = Html("<p>Hello<em> world</em> again</p>");
        html.Should().Contain("Hello <em>world</em> again");
    }

    [Fact]
    public void Layout_tables_are_unwrapped_and_data_tables_kept()
    {
        ShouldBe(Html("<table><tr><td><p>Article text.</p><p>More text.</p></td><td>Sidebar</td></tr></table>"),
            "<p>Article text.</p><p>More text.</p><p>Sidebar</p>");
        ShouldBe(Html("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>"),
            "<table><tbody><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></tbody></table>");
    }

    [Fact]
    public void Loose_content_in_a_list_is_put_in_an_item()
    {
        var body = new HtmlParser().ParseDocument("<html><body></body></html>");
        var list = body.CreateElement("ul");
        list.AppendChild(body.CreateTextNode("loose"));
        var item = body.CreateElement("li");
        item.TextContent = "real";
        list.AppendChild(item);
        body.Body!.AppendChild(list);
        ShouldBe(SafeHtmlWriter.Write(BodyTreeBuilder.Build(body.Body, null)), "<ul><li>loose</li><li>real</li></ul>");
    }

    [Fact]
    public void Preformatted_text_keeps_its_whitespace_and_drops_markup()
    {
        var html = Html("<pre><span class=k>if</span> (a &lt; b)\n    <b>return</b>;</pre>");
        html.Should().Contain("<pre><code>if (a &lt; b)\n    return;</code></pre>");
    }

    [Fact]
    public void Empty_elements_and_tracking_pixels_are_left_out()
    {
        ShouldBe(Html("<p>Text</p><p> </p><ul><li></li></ul><em></em><img src=\"https://t.example/p.gif\" width=1 height=1>"), "<p>Text</p>");
    }

    [Fact]
    public void Lazy_images_get_their_real_source()
    {
        var baseUrl = new Uri("https://site.example/a/");
        Html("<img src=\"data:image/gif;base64,AAAA\" data-src=\"/real.jpg\">", baseUrl).Should().Contain("src=\"https://site.example/real.jpg\"");
        Html("<img data-srcset=\"s.jpg 300w, l.jpg 1200w\">", baseUrl).Should().Contain("src=\"https://site.example/a/l.jpg\"");
        Html("<img src=\"s.jpg\" srcset=\"m.jpg 1x, l.jpg 2x\">", baseUrl).Should().Contain("src=\"https://site.example/a/l.jpg\"");
        Html("<img data-original=\"o.jpg\">", baseUrl).Should().Contain("src=\"https://site.example/a/o.jpg\"");
        Html("<img src=\"data:image/gif;base64,AAAA\"><noscript><img src=\"n.jpg\" alt=\"N\"></noscript>", baseUrl).Should().Contain("src=\"https://site.example/a/n.jpg\"");
    }

    [Fact]
    public void A_noscript_fallback_does_not_duplicate_an_image()
    {
        var html = Html("<img data-src=\"real.jpg\"><noscript><img src=\"real.jpg\"></noscript>", new Uri("https://site.example/"));
        HtmlTrees.Parse(html).QuerySelectorAll("img").Should().HaveCount(1);
    }

    [Theory]
    [InlineData("a,b.jpg 100w, c.jpg 50w", "a,b.jpg")]
    [InlineData("one.jpg, two.jpg 2x", "two.jpg")]
    [InlineData("x.jpg 2x, y.jpg 400w", "y.jpg")]
    [InlineData("  ", null)]
    public void The_largest_srcset_candidate_is_picked(string srcset, string? expected)
    {
        ImageSource.LargestCandidate(srcset).Should().Be(expected);
    }

    [Fact]
    public void Relative_urls_resolve_against_the_callers_base_then_the_documents_base_then_the_canonical_url()
    {
        const string body = "<p><a href=\"page.html\">link</a></p>";
        const string head = "<base href=\"https://base.example/dir/\">";
        Html(body, new Uri("https://caller.example/x/"), "https://canonical.example/c/", head).Should().Contain("https://caller.example/x/page.html");
        Html(body, null, "https://canonical.example/c/", head).Should().Contain("https://base.example/dir/page.html");
        Html(body, null, "https://canonical.example/c/").Should().Contain("https://canonical.example/c/page.html");
        Html(body).Should().NotContain("href").And.Contain("link");
    }

    [Fact]
    public void A_document_base_that_is_not_http_is_ignored()
    {
        Html("<p><a href=\"p.html\">link</a></p>", null, "https://canonical.example/", "<base href=\"javascript:alert(1)//\">")
            .Should().Contain("https://canonical.example/p.html");
    }

    [Fact]
    public void Very_deep_trees_are_written_without_overflowing_the_stack()
    {
        const int depth = 200_000;
        var document = new HtmlParser().ParseDocument("<html><body></body></html>");
        AngleSharp.Dom.IElement parent = document.Body!;
        string[] names = ["div", "blockquote", "em", "ul", "li", "span", "a", "table"];
        for (var i = 0; i < depth; i++)
        {
            var child = document.CreateElement(names[i % names.Length]);
            if (child.LocalName == "a")
            {
                child.SetAttribute("href", "https://deep.example/");
            }

            parent.AppendChild(child);
            parent = child;
        }

        parent.TextContent = "Deep text";
        var body = BodyTreeBuilder.Build(document.Body!, null);
        var html = SafeHtmlWriter.Write(body);
        html.Should().Contain("Deep text");
        html.Length.Should().BeLessThan(10_000, "nesting beyond the limit is unwrapped");
        MarkdownWriter.Write(body).Should().Contain("Deep text");
        BlockWriter.Write(body).Should().NotBeEmpty();
        SafeHtmlAssertions.Problems(html).Should().BeEmpty();
    }

    [Fact]
    public void Text_input_paragraphs_become_paragraphs()
    {
        var article = OutputFixture.BuildText("First paragraph with <b>markup-like</b> text & more.", "Second paragraph.");
        ShouldBe(article.Html, "<p>First paragraph with &lt;b&gt;markup-like&lt;/b&gt; text &amp; more.</p><p>Second paragraph.</p>");
        article.Blocks.Select(b => b.Kind).Should().Equal(ArticleBlockKind.Paragraph, ArticleBlockKind.Paragraph);
        OutputFixture.MarkdownWords(article.ToMarkdown()).Should().Equal(HtmlTrees.Words(article.Text));
    }

    [Fact]
    public void No_content_gives_empty_outputs()
    {
        var article = OutputFixture.Build("<html><body><script>x()</script></body></html>");
        article.Html.Should().BeEmpty();
        article.ToMarkdown().Should().BeEmpty();
        article.Blocks.Should().BeEmpty();
    }

    [Fact]
    public void The_safety_check_itself_finds_live_markup()
    {
        SafeHtmlAssertions.Problems("<p onclick=x>a</p><script>b</script><a href=\"javascript:c\">d</a>")
            .Should().HaveCount(3);
        HtmlTrees.FirstDifference("<p>a<em>b</em></p>", "<p>a<strong>b</strong></p>").Should().Be("body/p[0]/em[1]: expected <em>, got <strong>");
    }
}
