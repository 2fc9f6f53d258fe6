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
}
