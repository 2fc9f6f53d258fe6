using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>An article's title is the headline it shows when its metadata titles word it otherwise (issue 21), on pages of our own making.</summary>
public sealed class ShownHeadlineTests
{
    private const string Head = "<title>Keep Tomatoes Healthy: Our Dry Summer Guide | Garden Notes</title><meta property=\"og:site_name\" content=\"Garden Notes\">";

    private static ArticleMetadata Page(string heading, PageType type)
    {
        var metadata = MetadataPages.Extract(Head, "<article><h1>" + heading + "</h1>" + MetadataPages.Story + "</article>");
        metadata.PageType = type;
        HtmlMetadataExtractor.Settle(metadata);
        return metadata;
    }

    [Fact]
    public void An_article_takes_its_visible_headline_over_a_title_worded_otherwise()
    {
        Page("Seven Ways to Keep Tomatoes Healthy Through a Dry Summer", PageType.Article).Title
            .Should().Be("Seven Ways to Keep Tomatoes Healthy Through a Dry Summer");
    }

    [Fact]
    public void A_visible_headline_set_in_capitals_leaves_the_title_in_ordinary_case()
    {
        Page("SEVEN WAYS TO KEEP TOMATOES HEALTHY THROUGH A DRY SUMMER", PageType.Article).Title
            .Should().Be("Keep Tomatoes Healthy: Our Dry Summer Guide");
    }

    [Fact]
    public void A_subheading_saying_the_title_word_for_word_keeps_the_title_over_an_h1_worded_otherwise()
    {
        var metadata = MetadataPages.Extract(Head, "<article><h2>Keep Tomatoes Healthy: Our Dry Summer Guide</h2><h1>Seven Ways to Keep Tomatoes Healthy Through a Dry Summer</h1>" + MetadataPages.Story + "</article>");
        metadata.PageType = PageType.Article;
        HtmlMetadataExtractor.Settle(metadata);
        metadata.Title.Should().Be("Keep Tomatoes Healthy: Our Dry Summer Guide");
    }

    [Fact]
    public void A_page_of_another_type_keeps_its_metadata_title()
    {
        Page("Seven Ways to Keep Tomatoes Healthy Through a Dry Summer", PageType.Service).Title
            .Should().Be("Keep Tomatoes Healthy: Our Dry Summer Guide");
    }

    [Theory]
    [InlineData("Opening Hours of the Shop")]
    [InlineData("KEEP TOMATOESHEALTHY")]
    [InlineData("Tomatoes")]
    public void A_heading_about_something_else_a_glued_copy_or_one_word_is_not_the_headline(string heading)
    {
        Page(heading, PageType.Article).Title.Should().Be("Keep Tomatoes Healthy: Our Dry Summer Guide");
    }

    [Fact]
    public void A_title_in_bar_parts_once_the_site_name_is_gone_keeps_its_first_part()
    {
        var metadata = MetadataPages.Extract(
            "<title>Winter Pruning of Apple Trees | Tools, Timing & Tips | Garden Notes</title><meta property=\"og:site_name\" content=\"Garden Notes\">",
            "<article>" + MetadataPages.Story + "</article>");
        metadata.Title.Should().Be("Winter Pruning of Apple Trees");
    }

    [Theory]
    [InlineData("Garden | Winter Pruning of Apple Trees", "Garden | Winter Pruning of Apple Trees")]
    [InlineData("Winter Pruning - Apple Trees", "Winter Pruning - Apple Trees")]
    public void A_first_part_of_one_word_or_a_dash_leaves_the_title_whole(string title, string expected)
    {
        TitleChooser.FirstBarPart(title).Should().Be(expected);
    }

    [Fact]
    public void A_label_and_colon_before_the_shown_headline_are_no_part_of_it()
    {
        var metadata = MetadataPages.Extract("<title>Garden Notes: Winter Pruning of Apple Trees</title>", "<article><h1>Winter Pruning of Apple Trees</h1>" + MetadataPages.Story + "</article>");
        metadata.Title.Should().Be("Winter Pruning of Apple Trees");
    }

    [Theory]
    [InlineData("Winter Pruning of Apple Trees, December 2025", "Winter Pruning of Apple Trees")]
    [InlineData("Winter Pruning of Apple Trees 2025", "Winter Pruning of Apple Trees")]
    public void A_date_or_a_year_after_the_shown_headline_is_no_part_of_it(string title, string expected)
    {
        var metadata = MetadataPages.Extract("<title>" + title + "</title>", "<article><h1>Winter Pruning of Apple Trees</h1>" + MetadataPages.Story + "</article>");
        metadata.Title.Should().Be(expected);
    }

    [Fact]
    public void A_heading_with_one_word_of_a_short_title_is_not_its_headline()
    {
        var metadata = MetadataPages.Extract("<title>Orchard notes</title><meta name=\"dc:title\" content=\"Frost notes\">", "<article><h1>Ten notes on pruning apple trees</h1>" + MetadataPages.Story + "</article>");
        metadata.PageType = PageType.Article;
        HtmlMetadataExtractor.Settle(metadata);
        metadata.Title.Should().Be("Frost notes");
    }

    [Fact]
    public void A_heading_that_only_opens_with_the_host_name_names_the_product_not_the_site()
    {
        var metadata = MetadataPages.Extract(
            "<title>Acmestudio Community | Download the Free Edition</title><meta property=\"og:url\" content=\"https://www.acmestudio.com/community/\">",
            "<article><h1>Acmestudio Community</h1>" + MetadataPages.Story + "</article>");
        metadata.Title.Should().Be("Acmestudio Community");
    }

    [Fact]
    public void A_heading_like_the_host_name_at_the_end_of_the_title_is_the_site_logo()
    {
        var metadata = MetadataPages.Extract(
            "<title>Quick Start Guide — Acmestudio Docs</title><meta property=\"og:url\" content=\"https://docs.acmestudio.com/start/\">",
            "<h1>Acmestudio Docs</h1><article><h1>Quick Start Guide</h1>" + MetadataPages.Story + "</article>");
        metadata.Title.Should().Be("Quick Start Guide");
    }
}
