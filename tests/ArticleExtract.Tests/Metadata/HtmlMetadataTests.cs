using AngleSharp.Html.Parser;
using ArticleExtract.Metadata;
using ArticleExtract.Pipeline;

namespace ArticleExtract.Tests.Metadata;

/// <summary>The metadata of small pages, one source at a time, and their merge by trust.</summary>
public sealed class HtmlMetadataTests
{
    private const string Body =
        "<body><article><h1>The headline</h1><p>The first paragraph of the story tells what happened and why it matters to the readers of this page.</p>" +
        "<p>The second paragraph goes on with the story and adds more of the detail that was found.</p></article></body>";

    private static ArticleMetadata Extract(string html, Uri? baseUrl = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        return HtmlMetadataExtractor.Extract(document, new ExtractionContext(new ExtractionOptions(), baseUrl, CancellationToken.None));
    }

    [Fact]
    public void Json_ld_in_a_graph_gives_title_authors_dates_and_publisher()
    {
        var metadata = Extract("""
            <html><head><title>Wrong title | Site</title>
            <meta property="og:title" content="OpenGraph title">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"The Site"},
              {"@type":["NewsArticle"],"headline":"Graph headline","datePublished":"2023-03-21T10:15:00+01:00",
               "dateModified":"2023-03-22T08:00:00+01:00","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
               "publisher":{"@type":"Organization","name":"Daily Example"},"keywords":"politics, budget","image":{"url":"https://example.com/a.jpg"}}]}
            </script></head>
            """ + Body + "</html>");
        metadata.Title.Should().Be("Graph headline");
        metadata.Authors.Should().Equal("Jane Doe", "John Roe");
        metadata.Byline.Should().Be("Jane Doe, John Roe");
        metadata.Published.Should().Be(new DateTimeOffset(2023, 3, 21, 10, 15, 0, TimeSpan.FromHours(1)));
        metadata.Published!.Value.Offset.Should().Be(TimeSpan.FromHours(1));
        metadata.Modified.Should().Be(new DateTimeOffset(2023, 3, 22, 8, 0, 0, TimeSpan.FromHours(1)));
        metadata.SiteName.Should().Be("Daily Example");
        metadata.Tags.Should().Contain(["politics", "budget"]);
        metadata.LeadImage.Should().Be("https://example.com/a.jpg");
    }

    [Fact]
    public void Broken_json_ld_is_skipped_and_meta_tags_are_used()
    {
        var metadata = Extract("""
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":</script>
            <meta property="og:title" content="OpenGraph title"><meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2023-03-21T10:15:00Z"><meta name="author" content="Jane Doe">
            <meta property="article:tag" content="Budget"><meta property="article:tag" content="City">
            <meta name="description" content="A short description."></head>
            """ + Body + "</html>");
        metadata.Title.Should().Be("OpenGraph title");
        metadata.SiteName.Should().Be("Example News");
        metadata.Published.Should().Be(new DateTimeOffset(2023, 3, 21, 10, 15, 0, TimeSpan.Zero));
        metadata.Byline.Should().Be("Jane Doe");
        metadata.Authors.Should().Equal("Jane Doe");
        metadata.Excerpt.Should().Be("A short description.");
        metadata.Tags.Should().Equal("Budget", "City");
    }

    [Fact]
    public void Dublin_core_is_trusted_over_open_graph()
    {
        var metadata = Extract("""
            <html><head><meta property="og:title" content="OpenGraph title"><meta name="DC.title" content="Dublin Core title">
            <meta name="DC.creator" content="Jane Doe"></head>
            """ + Body + "</html>");
        metadata.Title.Should().Be("Dublin Core title");
        metadata.Byline.Should().Be("Jane Doe");
    }

    [Theory]
    [InlineData("The mayor opens the new bridge over the river | Daily Example", "The mayor opens the new bridge over the river")]
    [InlineData("The mayor opens the new bridge over the river - Daily Example", "The mayor opens the new bridge over the river")]
    [InlineData("Daily Example: The mayor opens the new bridge", "The mayor opens the new bridge")]
    [InlineData("Short title", "Short title")]
    public void The_site_name_is_split_off_the_title_element(string title, string expected)
    {
        // The name before a colon is split off when the page names its site so (a colon is often part of a headline).
        Extract($"<html><head><title>{title}</title><meta property=\"og:site_name\" content=\"Daily Example\"></head>{Body}</html>").Title.Should().Be(expected);
    }

    [Fact]
    public void A_displayed_byline_is_kept_as_shown_and_cleaned_into_names()
    {
        var metadata = Extract("""
            <html><head><title>A title long enough to be kept</title></head><body><article><h1>The headline</h1>
            <div class="byline">By Jane Doe and John Roe, Reuters</div>
            <p>The first paragraph of the story tells what happened and why it matters to the readers of this page.</p></article></body></html>
            """);
        metadata.Byline.Should().Be("By Jane Doe and John Roe, Reuters");
        metadata.Authors.Should().Equal("Jane Doe", "John Roe");
    }

    [Fact]
    public void A_byline_in_the_comments_is_not_the_article_byline()
    {
        var metadata = Extract("""
            <html><head><title>A title long enough to be kept</title></head><body><article><h1>The headline</h1>
            <p>The first paragraph of the story tells what happened and why it matters to the readers of this page.</p></article>
            <section class="comments"><div class="comment-author">Some Commenter</div></section></body></html>
            """);
        metadata.Byline.Should().BeNull();
    }

    [Fact]
    public void Without_a_description_the_excerpt_is_the_first_paragraph()
    {
        var metadata = Extract("<html><head><title>A title long enough to be kept</title></head>" + Body + "</html>");
        metadata.Excerpt.Should().StartWith("The first paragraph of the story");
    }

    [Fact]
    public void Relative_image_and_canonical_urls_are_made_absolute()
    {
        var metadata = Extract("""
            <html><head><link rel="canonical" href="https://example.com/news/story.html"><meta property="og:image" content="/img/lead.jpg"></head>
            """ + Body + "</html>");
        metadata.CanonicalUrl.Should().Be("https://example.com/news/story.html");
        metadata.LeadImage.Should().Be("https://example.com/img/lead.jpg");
    }

    [Fact]
    public void The_language_comes_from_the_html_element_else_from_the_text()
    {
        Extract("<html lang=\"de-DE\"><head></head>" + Body + "</html>").Language.Should().Be("de-DE");
        Extract("<html><head><meta http-equiv=\"content-language\" content=\"fr\"></head>" + Body + "</html>").Language.Should().Be("fr");
        Extract("<html><head></head>" + Body + "</html>").Language.Should().Be("en");
    }

    [Fact]
    public void Entities_escaped_twice_are_decoded_and_an_impossible_date_is_ignored()
    {
        var metadata = Extract("""
            <html><head><meta property="og:description" content="That&amp;#039;s &amp;quot;it&amp;quot;">
            <meta property="article:published_time" content="2023-13-45T10:00:00Z"></head>
            """ + Body + "</html>");
        metadata.Excerpt.Should().Be("That's \"it\"");
        metadata.Published.Should().BeNull();
    }

    [Fact]
    public void Weaker_dates_count_when_no_trusted_source_gives_one()
    {
        var metadata = Extract("""
            <html><head><link rel="canonical" href="https://example.com/2023/03/21/story"></head>
            """ + Body + "</html>");
        metadata.Published.Should().Be(new DateTimeOffset(2023, 3, 21, 0, 0, 0, TimeSpan.Zero));
        metadata.PublishedPrecision.Should().Be(DatePrecision.Day);

        var withTime = Extract("<html><head></head><body><article><time datetime=\"2022-05-04T08:00:00+02:00\">4 May</time><p>Text of the story.</p></article></body></html>");
        withTime.Published.Should().Be(new DateTimeOffset(2022, 5, 4, 8, 0, 0, TimeSpan.FromHours(2)));
        withTime.PublishedPrecision.Should().Be(DatePrecision.Time);
    }

    [Fact]
    public void A_very_deep_page_is_read_without_recursion()
    {
        // Built as a DOM, not parsed: the parser's own cost on deep markup is not what is measured here.
        const int Depth = 200_000;
        var document = new HtmlParser().ParseDocument("<html><head><title>Deep</title></head><body></body></html>");
        AngleSharp.Dom.IElement parent = document.Body!;
        for (var i = 0; i < Depth; i++)
        {
            var div = document.CreateElement("div");
            div.ClassName = i % 2 == 0 ? "content" : "story";
            parent.AppendChild(div);
            parent = div;
        }

        var paragraph = document.CreateElement("p");
        paragraph.TextContent = "The only paragraph, at the bottom of the page.";
        parent.AppendChild(paragraph);
        var metadata = HtmlMetadataExtractor.Extract(document, new ExtractionContext(new ExtractionOptions(), null, CancellationToken.None));
        metadata.Excerpt.Should().Be("The only paragraph, at the bottom of the page.");
        // The language detector read the paragraph at the bottom as well (its stopwords are English).
        metadata.Language.Should().Be("en");
    }
}
