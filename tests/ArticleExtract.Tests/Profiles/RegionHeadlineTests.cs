using ArticleExtract.Html;
using ArticleExtract.Profiles;

namespace ArticleExtract.Tests.Profiles;

/// <summary>The content region keeps the page's headline and its introduction over a grid of cards (profiles.txt "region-keeps-headline"), on a page of our own making.</summary>
public sealed class RegionHeadlineTests
{
    private const string Card = "<div class=\"card\"><h3>Hand trowel</h3><p>A forged steel trowel with an ash handle, sharpened along both edges for clay soil and stony beds alike.</p></div>";

    private static readonly string Page = $"""
        <html><body><div id="page">
        <h1>Garden hand tools</h1><p id="intro">Everything for planting out, weeding and potting on.</p>
        <div id="grid">{string.Concat(Enumerable.Repeat(Card, 8))}</div>
        </div></body></html>
        """;

    private static string RegionId(ProfileSettings settings)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Page);
        var body = document.Body!;
        return RegionSelection.Run(body, NodeStats.Measure(body), settings).Id ?? "";
    }

    [Theory]
    [InlineData(PageType.Collection)]
    [InlineData(PageType.Service)]
    [InlineData(PageType.Documentation)]
    public void The_region_holds_the_headline_and_the_introduction(PageType type) =>
        RegionId(ContentProfile.For(type).Settings).Should().Be("page");

    [Fact]
    public void Without_the_setting_the_region_is_the_grid_alone() =>
        RegionId(ContentProfile.For(PageType.Collection).Settings with { RegionKeepsHeadline = false }).Should().Be("grid");
}
