using AngleSharp.Html.Parser;
using ArticleExtract.Html.Candidates;
using ArticleExtract.Metadata;
using static ArticleExtract.Tests.Html.HarbourStory;

namespace ArticleExtract.Tests.Html;

/// <summary>
/// The body the publisher states in its JSON-LD (articleBody) as a body candidate: read from the
/// scripts, an input to the arbiter, and the article only when the page shows no text.
/// </summary>
public sealed class PublisherBodyTests
{
    private static readonly string Stated = string.Join("\\n", Lead, Second, Third, Fourth);

    private static string Script(string json) => $"<script type='application/ld+json'>{json}</script>";

    private static PublisherBody? Read(string scripts)
    {
        var document = new HtmlParser().ParseDocument($"<html><head>{scripts}</head><body></body></html>");
        using var jsonLd = ParsedJsonLd.Of([.. document.QuerySelectorAll("script")]);
        return PublisherBody.Of(jsonLd);
    }

    [Fact]
    public void The_longest_article_body_of_the_scripts_is_read_also_inside_a_graph()
    {
        var body = Read(
            Script("{\"@type\":\"WebSite\",\"name\":\"Harbour News\"}") +
            Script($"{{\"@graph\":[{{\"@type\":\"WebPage\"}},{{\"@type\":\"NewsArticle\",\"articleBody\":\"{Stated}\"}}]}}"));

        body.Should().NotBeNull();
        body!.Text.Should().StartWith(Lead).And.EndWith(Fourth);
    }

    [Fact]
    public void A_body_written_with_raw_line_breaks_inside_a_cdata_wrapper_is_read_as_the_metadata_reads_it()
    {
        var body = Read(Script($"<![CDATA[{{\"@type\":\"NewsArticle\",\"articleBody\":\"{string.Join("\n", Lead, Second, Third, Fourth)}\"}}]]>"));

        body.Should().NotBeNull("a raw line break in a JSON string is read as a space, as the metadata reader reads it");
        body!.Text.Should().StartWith(Lead).And.Contain(Third).And.EndWith(Fourth);
    }

    [Fact]
    public void A_short_summary_or_a_broken_script_gives_no_body()
    {
        Read(Script("{\"@type\":\"NewsArticle\",\"articleBody\":\"The council voted to rebuild the bridge.\"}")).Should().BeNull();
        Read(Script($"{{\"@type\":\"NewsArticle\",\"articleBody\":\"{Stated}\"")).Should().BeNull();
    }

    [Fact]
    public void The_arbiter_widens_a_container_that_holds_too_little_of_the_stated_body()
    {
        var document = new HtmlParser().ParseDocument(
            $"<html><body><div id='story'><div id='lead'><p>{Lead}</p><p>{Second}</p><p>{Third}</p></div><figure>Photo</figure><div id='rest'><p>{Fourth}</p></div></div>" +
            "<div id='other'><p>Weather for the coast: rain in the morning, sun later.</p></div></body></html>");
        var body = Read(Script($"{{\"@type\":\"NewsArticle\",\"articleBody\":\"{Stated}\"}}"));

        var chosen = Arbiter.AgreeWithPublisher(document.GetElementById("rest")!, body, document.Body!);

        chosen.Id.Should().Be("story");
    }

    [Fact]
    public void The_arbiter_keeps_a_container_that_holds_the_stated_body()
    {
        var document = new HtmlParser().ParseDocument($"<html><body><div id='wrap'><div id='story'><p>{Lead}</p><p>{Second}</p><p>{Third}</p><p>{Fourth}</p></div><div><p>{Fifth}</p></div></div></body></html>");
        var body = Read(Script($"{{\"@type\":\"NewsArticle\",\"articleBody\":\"{Stated}\"}}"));

        Arbiter.AgreeWithPublisher(document.GetElementById("story")!, body, document.Body!).Id.Should().Be("story");
    }

    [Fact]
    public void A_page_that_shows_no_text_gives_the_stated_body_as_its_article()
    {
        var html = $"<html><head><title>Council votes</title>{Script($"{{\"@type\":\"NewsArticle\",\"articleBody\":\"{Stated}\"}}")}</head><body><div id='app'></div></body></html>";

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().StartWith(Lead).And.Contain(Third).And.EndWith(Fourth);
    }

    [Fact]
    public void A_page_with_its_own_text_never_shows_the_stated_body_instead()
    {
        var html = Page($"<article><p>{Lead}</p><p>{Second}</p><p>{Third}</p></article>")
            .Replace("</title>", $"</title>{Script($"{{\"@type\":\"NewsArticle\",\"articleBody\":\"{string.Join("\\n", Lead, Second, Third, Fifth)}\"}}")}");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Contain(Third).And.NotContain(Fifth);
    }
}
