namespace ArticleExtract.Tests.Output;

/// <summary>The HTML, the Markdown and the blocks are written when first asked for: once, the same for every caller.</summary>
public sealed class DeferredOutputTests
{
    private const string Page = "<html><body><article><h1>Title</h1><p>First <em>paragraph</em> of the body.</p><ul><li>one</li><li>two</li></ul></article></body></html>";

    [Fact]
    public void Html_markdown_and_blocks_asked_from_many_threads_at_once_are_written_once()
    {
        var article = OutputFixture.Build(Page);
        var htmls = new string[16];
        var markdowns = new string[16];
        var blockLists = new IReadOnlyList<ArticleBlock>[16];
        Parallel.For(0, markdowns.Length, i =>
        {
            htmls[i] = article.Html;
            markdowns[i] = article.ToMarkdown();
            blockLists[i] = article.Blocks;
        });

        htmls.Should().AllSatisfy(html => html.Should().BeSameAs(htmls[0]));
        htmls[0].Should().Contain("<p>First <em>paragraph</em> of the body.</p>");
        markdowns.Should().AllSatisfy(markdown => markdown.Should().BeSameAs(markdowns[0]));
        blockLists.Should().AllSatisfy(blocks => blocks.Should().BeSameAs(blockLists[0]));
        markdowns[0].Should().Contain("First *paragraph* of the body.").And.Contain("- one\n- two\n");
        blockLists[0].Select(block => block.Kind).Should().Equal(ArticleBlockKind.Heading, ArticleBlockKind.Paragraph, ArticleBlockKind.List);
    }

    [Fact]
    public void A_text_article_writes_its_body_once_whichever_output_is_read_first()
    {
        const string Paragraph = "The council met on Tuesday and voted to rebuild the harbour bridge, which has been closed since the storm in March.";
        string[] paragraphs =
        [
            Paragraph,
            "Work on the new span is to start in the spring, and the ferry will run every half hour until it opens again.",
            "Traders on the quay said the closure had cost them a third of their summer custom, and asked for help with rents.",
            "The council will publish the contract and the engineers' report on its website before the next meeting in June.",
        ];
        var article = ArticleExtractor.Parse(string.Join("\n\n", paragraphs), new ExtractionOptions { InputKind = InputKind.Text });
        var outputs = new object[16];
        Parallel.For(0, outputs.Length, i => outputs[i] = (i % 3) switch
        {
            0 => article.Html,
            1 => article.ToMarkdown(),
            _ => article.Blocks,
        });

        ReferenceEquals(article.Html, outputs[0]).Should().BeTrue();
        ReferenceEquals(article.ToMarkdown(), outputs[1]).Should().BeTrue();
        ReferenceEquals(article.Blocks, outputs[2]).Should().BeTrue();
        article.Html.Should().Contain($"<p>{Paragraph}</p>");
        article.ToMarkdown().Should().Contain(Paragraph);
        article.Blocks.Should().HaveCount(4);
    }

    [Fact]
    public void An_empty_article_has_no_html_no_markdown_and_no_blocks()
    {
        var article = Article.Empty(InputKind.Html);
        article.Html.Should().BeEmpty();
        article.ToMarkdown().Should().BeEmpty();
        article.Blocks.Should().BeEmpty();
    }
}
