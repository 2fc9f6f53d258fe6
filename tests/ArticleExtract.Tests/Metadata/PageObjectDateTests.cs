using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>The publication date of a JSON-LD that describes no article, only its page (issue 21), on pages of our own making.</summary>
public sealed class PageObjectDateTests
{
    private static ArticleMetadata Settled(string jsonLd, string body = "")
    {
        var metadata = MetadataPages.Extract(
            "<title>Pruning roses in winter</title><script type=\"application/ld+json\">" + jsonLd + "</script>",
            "<article><h1>Pruning roses in winter</h1>" + body + MetadataPages.Story + "</article>");
        HtmlMetadataExtractor.Settle(metadata);
        return metadata;
    }

    [Fact]
    public void The_web_page_of_a_graph_dates_the_page()
    {
        var metadata = Settled(
            "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Garden Notes\"}," +
            "{\"@type\":\"WebPage\",\"name\":\"Pruning roses in winter\",\"datePublished\":\"2024-03-17T19:47:39+01:00\",\"dateModified\":\"2024-05-03T10:57:58+01:00\"}]}");
        metadata.Published.Should().Be(new DateTimeOffset(2024, 3, 17, 19, 47, 39, TimeSpan.FromHours(1)));
        metadata.PublishedPrecision.Should().Be(DatePrecision.Time);
        metadata.Modified!.Value.Date.Should().Be(new DateTime(2024, 5, 3));
    }

    [Fact]
    public void The_page_objects_date_outranks_a_date_the_page_shows()
    {
        var metadata = Settled(
            "{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\",\"datePublished\":\"2024-03-17\"}",
            "<p class=\"date\">Published June 2, 2025</p>");
        metadata.Published!.Value.Date.Should().Be(new DateTime(2024, 3, 17));
    }

    [Fact]
    public void A_date_nested_in_another_object_does_not_date_the_page()
    {
        var metadata = Settled(
            "{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Secateurs\"," +
            "\"review\":{\"@type\":\"Review\",\"datePublished\":\"2019-01-02\"}}");
        metadata.Published.Should().BeNull();
    }

    [Fact]
    public void A_publication_day_the_page_shows_well_before_the_machine_date_is_the_publication()
    {
        var metadata = MetadataPages.Extract(
            "<meta property=\"article:published_time\" content=\"2025-11-29T10:00:00-05:00\">",
            "<article><h1>Pruning roses in winter</h1><div class=\"published\">Published <time datetime=\"2025-08-13\">August 13, 2025</time></div>" + MetadataPages.Story + "</article>");
        metadata.Published!.Value.Date.Should().Be(new DateTime(2025, 8, 13));
        metadata.Modified!.Value.Date.Should().Be(new DateTime(2025, 11, 29));
    }

    [Fact]
    public void A_shown_day_one_day_off_the_machine_date_leaves_the_machine_date()
    {
        var metadata = MetadataPages.Extract(
            "<meta property=\"article:published_time\" content=\"2025-11-29T10:00:00-05:00\">",
            "<article><h1>Pruning roses in winter</h1><p class=\"date\">Published November 28, 2025</p>" + MetadataPages.Story + "</article>");
        metadata.Published.Should().Be(new DateTimeOffset(2025, 11, 29, 10, 0, 0, TimeSpan.FromHours(-5)));
    }

    [Fact]
    public void An_update_day_the_page_shows_replaces_another_machine_update()
    {
        var metadata = MetadataPages.Extract(
            "<meta property=\"article:published_time\" content=\"2025-05-19T10:00:00-05:00\"><meta property=\"article:modified_time\" content=\"2025-11-20T10:00:00-05:00\">",
            "<article><h1>Pruning roses in winter</h1><p class=\"byline-dates\">Updated August 14, 2025</p>" + MetadataPages.Story + "</article>");
        metadata.Modified!.Value.Date.Should().Be(new DateTime(2025, 8, 14));
        metadata.Published!.Value.Date.Should().Be(new DateTime(2025, 5, 19));
    }

    [Fact]
    public void A_machine_date_glued_to_the_bylines_name_dates_the_page()
    {
        var metadata = MetadataPages.Extract(
            "<title>Pruning roses in winter</title>",
            "<article><h1>Pruning roses in winter</h1><div class=\"author\"><p class=\"author-name\">Jane Roberts</p><p><span>2022-11-23T08:10+02:00 </span></p></div>" + MetadataPages.Story + "</article>");
        metadata.Authors.Should().Equal("Jane Roberts");
        metadata.Published.Should().Be(new DateTimeOffset(2022, 11, 23, 8, 10, 0, TimeSpan.FromHours(2)));
    }
}
