namespace ArticleExtract.Tests.Output;

/// <summary>The Markdown and the blocks are written when first asked for: once, the same for every caller.</summary>
public sealed class DeferredOutputTests
{
    private const string Page = "<html><body><article><h1>Title</h1><p>First <em>paragraph</em> of the body.</p><ul><li>one</li><li>two</li></ul></article></body></html>";

    [Fact]
    public void Markdown_and_blocks_asked_from_many_threads_at_once_are_written_once()
    {
        var article = OutputFixture.Build(Page);
        var markdowns = new string[16];
        var blockLists = new IReadOnlyList<ArticleBlock>[16];
        Parallel.For(0, markdowns.Length, i =>
        {
            markdowns[i] = article.ToMarkdown();
            blockLists[i] = article.Blocks;
        });

        markdowns.Should().AllSatisfy(markdown => markdown.Should().BeSameAs(markdowns[0]));
        blockLists.Should().AllSatisfy(blocks => blocks.Should().BeSameAs(blockLists[0]));
        markdowns[0].Should().Contain("First *paragraph* of the body.").And.Contain("- one\n- two\n");
        blockLists[0].Select(block => block.Kind).Should().Equal(ArticleBlockKind.Heading, ArticleBlockKind.Paragraph, ArticleBlockKind.List);
    }

    [Fact]
    public void An_empty_article_has_no_markdown_and_no_blocks()
    {
        var article = Article.Empty(InputKind.Html);
        article.ToMarkdown().Should().BeEmpty();
        article.Blocks.Should().BeEmpty();
    }
}
