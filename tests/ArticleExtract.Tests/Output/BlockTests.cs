namespace ArticleExtract.Tests.Output;

/// <summary>The body as structured blocks: kinds, text, levels, list items with depth, table rows, figures.</summary>
public sealed class BlockTests
{
    private static IReadOnlyList<ArticleBlock> Blocks(string body) =>
        OutputFixture.Build($"<html><body>{body}</body></html>", new Uri("https://site.example/")).Blocks;

    [Fact]
    public void Headings_and_paragraphs_have_their_text_and_level()
    {
        var blocks = Blocks("<h1>Main</h1><p>First <b>bold</b> paragraph.</p><h3>Sub</h3><div>Loose line<br>second line</div>");
        blocks.Select(b => (b.Kind, b.Text, b.Level)).Should().Equal(
            (ArticleBlockKind.Heading, "Main", 2),
            (ArticleBlockKind.Paragraph, "First bold paragraph.", 0),
            (ArticleBlockKind.Heading, "Sub", 3),
            (ArticleBlockKind.Paragraph, "Loose line\nsecond line", 0));
    }

    [Fact]
    public void Nested_lists_are_one_block_with_items_and_depths()
    {
        var block = Blocks("<ol><li>One<ul><li>One a</li><li>One b</li></ul></li><li>Two</li></ol>").Should().ContainSingle().Subject;
        block.Kind.Should().Be(ArticleBlockKind.List);
        block.Ordered.Should().BeTrue();
        block.Items.Select(i => (i.Text, i.Depth, i.Ordered)).Should().Equal(("One", 0, true), ("One a", 1, false), ("One b", 1, false), ("Two", 0, true));
        block.Text.Should().Be("One\nOne a\nOne b\nTwo");
    }

    [Fact]
    public void Quotes_code_and_tables_are_blocks()
    {
        var blocks = Blocks(
            "<blockquote><p>Said one.</p><p>Said two.</p></blockquote>" +
            "<pre>x = 1\n  y = 2</pre>" +
            "<table><thead><tr><th>Name</th><th>Age</th></tr></thead><tbody><tr><td>Ann</td><td>7</td></tr></tbody></table>");
        blocks.Select(b => b.Kind).Should().Equal(ArticleBlockKind.Quote, ArticleBlockKind.Code, ArticleBlockKind.Table);
        blocks[0].Text.Should().Be("Said one.\n\nSaid two.");
        blocks[1].Text.Should().Be("x = 1\n  y = 2");
        blocks[2].HasHeaderRow.Should().BeTrue();
        blocks[2].Rows.Select(r => string.Join(",", r)).Should().Equal("Name,Age", "Ann,7");
        blocks[2].Text.Should().Be("Name | Age\nAnn | 7");
    }

    [Fact]
    public void Figures_carry_their_image_and_caption()
    {
        var blocks = Blocks("<figure><img data-src=\"/p.jpg\" alt=\"A pier\"><figcaption>The pier at dusk.</figcaption></figure><p><img src=\"/q.jpg\"></p>");
        blocks.Should().HaveCount(2);
        blocks[0].Should().BeEquivalentTo(new { Kind = ArticleBlockKind.Figure, ImageUrl = "https://site.example/p.jpg", AltText = "A pier", Text = "The pier at dusk." });
        blocks[1].Should().BeEquivalentTo(new { Kind = ArticleBlockKind.Figure, ImageUrl = "https://site.example/q.jpg", AltText = (string?)null, Text = "" });
    }

    [Fact]
    public void Blocks_hold_the_words_of_the_text_in_order()
    {
        var article = OutputFixture.Build(Fixture.ReadText("output/basic.html"), new Uri("https://news.example/"));
        HtmlTrees.Words(string.Join("\n", article.Blocks.Select(b => b.Text))).Should().Equal(HtmlTrees.Words(article.Text));
    }
}
