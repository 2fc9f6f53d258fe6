using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>What a heading or a title carries besides the headline (issue 21), on pages of our own making.</summary>
public sealed class TitleShapeTests
{
    private const string Site = "<meta property=\"og:site_name\" content=\"Garden Notes\">";

    [Fact]
    public void A_heading_set_in_capitals_takes_the_case_of_the_title_that_says_the_same()
    {
        var metadata = MetadataPages.Extract(
            "<title>Winter Pruning of Apple Trees: Tips From Growers | Garden Notes</title>" + Site,
            "<article><h1>WINTER PRUNING OF APPLE TREES: TIPS FROM GROWERS</h1>" + MetadataPages.Story + "</article>");
        metadata.Title.Should().Be("Winter Pruning of Apple Trees: Tips From Growers");
    }

    [Fact]
    public void An_empty_bracket_in_the_title_is_no_fuller_headline()
    {
        var metadata = MetadataPages.Extract(
            "<title>Cedar Planter Box, Large () | Garden Notes</title>" + Site,
            "<article><h1>Cedar Planter Box, Large</h1>" + MetadataPages.Story + "</article>");
        metadata.Title.Should().Be("Cedar Planter Box, Large");
    }

    [Theory]
    [InlineData("Pruning Apple Trees | - Garden Notes")]
    [InlineData("Pruning Apple Trees - | - Garden Notes")]
    [InlineData("Pruning Apple Trees :: | Garden Notes")]
    public void Two_separators_in_a_row_are_no_part_and_no_fault(string title)
    {
        SiteNameStripper.Segments(title).Should().AllSatisfy(part => part.End.Should().BeGreaterThanOrEqualTo(part.Start));
        var metadata = MetadataPages.Extract($"<title>{title}</title>" + Site, "<article>" + MetadataPages.Story + "</article>");
        metadata.Title.Should().StartWith("Pruning Apple Trees");
    }

    [Fact]
    public void A_title_of_a_separator_and_the_site_name_gives_way_to_the_heading()
    {
        var metadata = MetadataPages.Extract(
            "<title> | Garden Notes</title>" + Site,
            "<article><h1>Raised Beds for Small Yards</h1>" + MetadataPages.Story + "</article>");
        metadata.Title.Should().Be("Raised Beds for Small Yards");
    }

    [Theory]
    [InlineData("Frost Arrives Early This Year (news.example.org)", "Frost Arrives Early This Year")]
    [InlineData("Frost Arrives Early (Again)", "Frost Arrives Early (Again)")]
    [InlineData("Version Notes (v2.0)", "Version Notes (v2.0)")]
    public void A_host_name_in_brackets_after_a_heading_is_no_part_of_it(string heading, string expected)
    {
        TitleChooser.WithoutSourceHost(heading).Should().Be(expected);
    }

    [Theory]
    [InlineData("Frost Arrives Early This Year (news.example.org) 87", "Frost Arrives Early This Year")]
    [InlineData("Top 10 Apples 2025", "Top 10 Apples 2025")]
    public void A_comment_count_after_the_source_host_goes_with_it(string heading, string expected)
    {
        TitleChooser.WithoutSourceHost(heading).Should().Be(expected);
    }

    [Fact]
    public void A_heading_that_ends_with_the_site_name_is_cut_before_it()
    {
        var metadata = MetadataPages.Extract(
            "<title>Pruning Apple Trees in Winter – Garden Notes - Garden Notes</title>" + Site,
            "<article><h1>Pruning Apple Trees in Winter – Garden Notes</h1>" + MetadataPages.Story + "</article>");
        metadata.Title.Should().Be("Pruning Apple Trees in Winter");
    }

    [Theory]
    [InlineData("Dec 18 2025 Preparing a Bed for Spring", "Preparing a Bed for Spring")]
    [InlineData("Spring Beds Preparing a Bed for Spring", "Spring Beds Preparing a Bed for Spring")]
    public void A_date_set_before_the_headline_in_its_heading_is_no_part_of_it(string heading, string expected)
    {
        var metadata = MetadataPages.Extract(
            "<title>Preparing a Bed for Spring | Garden Notes</title><meta property=\"og:title\" content=\"Preparing a Bed for Spring\">" + Site,
            "<article><h1>" + heading + "</h1>" + MetadataPages.Story + "</article>");
        metadata.PageType = PageType.Article;
        HtmlMetadataExtractor.Settle(metadata);
        metadata.Title.Should().Be(expected);
    }

    [Fact]
    public void A_thread_title_before_its_board_and_forum_after_slashes_is_the_thread_title()
    {
        var metadata = MetadataPages.Extract(
            "<title>Which mulch keeps weeds away longest? / Soil and Mulch / Allotment Forums</title>",
            "<div><h1>Allotment</h1>" + MetadataPages.Story + "</div>");
        metadata.Title.Should().Be("Which mulch keeps weeds away longest?");
    }

    [Theory]
    [InlineData(PageType.Forum, "Which mulch keeps weeds away the longest in clay soil?")]
    [InlineData(PageType.Article, "Which mulch keeps weeds away the longest in clay soil?")]
    [InlineData(PageType.Service, "Allotmentia - The heart of gardening")]
    public void A_post_takes_its_heading_over_a_title_that_is_only_the_site_name_and_tagline(PageType type, string expected)
    {
        var metadata = MetadataPages.Extract(
            "<title>Allotmentia - The heart of gardening</title>",
            "<div><h1>Which mulch keeps weeds away the longest in clay soil?</h1>" + MetadataPages.Story + "</div>");
        metadata.PageType = type;
        HtmlMetadataExtractor.Settle(metadata);
        metadata.Title.Should().Be(expected);
    }

    [Fact]
    public void A_post_keeps_a_title_that_words_the_heading_subject()
    {
        var metadata = MetadataPages.Extract(
            "<title>Mulch for clay soil - Allotmentia</title>",
            "<div><h1>Which mulch keeps weeds away the longest in clay soil?</h1>" + MetadataPages.Story + "</div>");
        metadata.PageType = PageType.Forum;
        HtmlMetadataExtractor.Settle(metadata);
        metadata.PostHeadline.Should().BeNull();
    }

    [Fact]
    public void An_article_heading_in_parts_set_off_by_bars_is_read_as_a_title_is()
    {
        var metadata = MetadataPages.Extract(
            "<title>Raised Beds for Small Yards | Ten Designs Tested | Garden Notes</title>" + Site,
            "<article><h1>Raised Beds for Small Yards | Ten Designs Tested</h1>" + MetadataPages.Story + "</article>");
        metadata.PageType = PageType.Article;
        HtmlMetadataExtractor.Settle(metadata);
        metadata.Title.Should().Be("Raised Beds for Small Yards");
    }

    [Theory]
    [InlineData("Winter Pruning of Apple and Pear Trees: What Growers in Cold Valleys Told Us About Timing (And", "Winter Pruning of Apple and Pear Trees: What Growers in Cold Valleys Told Us About Timing (And One Trick)")]
    public void A_json_ld_headline_cut_at_a_length_limit_gives_way_to_the_full_title(string headline, string expected)
    {
        var full = "Winter Pruning of Apple and Pear Trees: What Growers in Cold Valleys Told Us About Timing (And One Trick)";
        var metadata = MetadataPages.Extract(
            "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"" + headline + "\"}</script>"
            + "<meta property=\"og:title\" content=\"" + full + " - Garden Notes\">" + Site,
            "<article>" + MetadataPages.Story + "</article>");
        metadata.Title.Should().Be(expected);
    }

    [Theory]
    [InlineData("Home - Garden Notes")]
    [InlineData("Garden Notes | Shop")]
    [InlineData("jobs | Garden Notes")]
    public void A_title_part_that_only_names_a_generic_page_leaves_the_site_name_as_the_headline(string title)
    {
        var metadata = MetadataPages.Extract($"<title>{title}</title>", "<main><p>Seeds, tools and planters for every garden.</p></main>");
        metadata.Title.Should().Be("Garden Notes");
    }

    [Fact]
    public void A_title_of_a_generic_name_alone_yields_to_a_title_that_says_more()
    {
        var metadata = MetadataPages.Extract(
            "<title>Shop - Garden Notes Quarterly</title><meta property=\"og:title\" content=\"Shop\">",
            "<main><h1>Latest Seeds of the Year</h1><p>Spring, summer and autumn numbers.</p></main>");
        metadata.Title.Should().Be("Garden Notes Quarterly");
    }
}
