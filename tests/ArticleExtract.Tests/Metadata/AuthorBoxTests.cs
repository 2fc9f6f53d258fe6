namespace ArticleExtract.Tests.Metadata;

/// <summary>The name an author box opens with (issue 21), on pages of our own making.</summary>
public sealed class AuthorBoxTests
{
    private const string Box =
        "<div class=\"post-author-box\"><img src=\"/jane.jpg\" alt=\"\"><div class=\"name\">Jane Roberts</div>" +
        "<p>Jane Roberts writes about gardens, orchards and the weather that ruins them, and has done so for twenty years from a small farm in the hills.</p></div>";

    [Fact]
    public void An_author_box_too_long_for_a_byline_gives_the_name_it_opens_with()
    {
        var metadata = MetadataPages.Extract("<title>Pruning roses in winter</title>", "<article><h1>Pruning roses in winter</h1>" + MetadataPages.Story + Box + "</article>");
        metadata.Authors.Should().Equal("Jane Roberts");
    }

    [Fact]
    public void A_byline_the_page_shows_comes_before_the_author_box()
    {
        var metadata = MetadataPages.Extract(
            "<title>Pruning roses in winter</title>",
            "<article><h1>Pruning roses in winter</h1><p>By Tom Baker</p>" + MetadataPages.Story + Box + "</article>");
        metadata.Authors.Should().Equal("Tom Baker");
    }

    [Fact]
    public void An_author_box_that_opens_with_a_label_names_nobody()
    {
        var metadata = MetadataPages.Extract(
            "<title>Pruning roses in winter</title>",
            "<article><h1>Pruning roses in winter</h1>" + MetadataPages.Story + Box.Replace("<img src=\"/jane.jpg\" alt=\"\">", "<h3>Share this story</h3>", StringComparison.Ordinal) + "</article>");
        metadata.Authors.Should().NotContain("Share this story");
    }

    [Theory]
    [InlineData("by Jane Roberts ● December 23, 2025 ● 6 min read")]
    [InlineData("Jane Roberts ∙ 4 min read")]
    public void A_round_bullet_separates_the_name_from_its_date(string byline)
    {
        ArticleExtract.Metadata.Authors.Parse(byline, ArticleExtract.Metadata.MetadataVocabulary.Shared).Should().Equal("Jane Roberts");
    }

    [Fact]
    public void A_scholarly_pages_citation_tags_name_every_author_given_name_first()
    {
        var metadata = MetadataPages.Extract(
            "<title>Frost and the apple bud</title><meta name=\"author\" content=\"Jane Roberts\">" +
            "<meta name=\"citation_author\" content=\"Roberts, Jane\"><meta name=\"citation_author\" content=\"Tom Baker\">",
            "<article><h1>Frost and the apple bud</h1>" + MetadataPages.Story + "</article>");
        metadata.Authors.Should().Equal("Jane Roberts", "Tom Baker");
    }

    [Theory]
    [InlineData("Ask the Gardeners", "Ask the Gardeners")]
    [InlineData("By Jane Roberts for The Orchard Gazette", "Jane Roberts")]
    [InlineData("Jane in the garden", "Jane")]
    public void A_title_cased_name_reads_on_past_a_short_lower_case_word(string byline, string name)
    {
        ArticleExtract.Metadata.Authors.Parse(byline, ArticleExtract.Metadata.MetadataVocabulary.Shared).Should().Equal(name);
    }

    [Fact]
    public void The_name_just_before_an_authors_description_is_the_author()
    {
        var box = "<div class=\"post-credits\"><p class=\"headline-text\">Jane Roberts</p><div class=\"dynamic-author-description\">Licensed Grader, M.A. Journalism</div></div>";
        var metadata = MetadataPages.Extract("<title>Pruning roses in winter</title>", "<article><h1>Pruning roses in winter</h1>" + MetadataPages.Story + box + "</article>");
        metadata.Authors.Should().Equal("Jane Roberts");
    }

    [Fact]
    public void A_heading_before_an_authors_description_is_no_author()
    {
        var box = "<div class=\"post-credits\"><h3>About the writer</h3><div class=\"author-bio\">Licensed Grader, M.A. Journalism</div></div>";
        var metadata = MetadataPages.Extract("<title>Pruning roses in winter</title>", "<article><h1>Pruning roses in winter</h1>" + MetadataPages.Story + box + "</article>");
        metadata.Authors.Should().BeEmpty();
    }
}
