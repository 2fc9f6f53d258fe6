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
}
