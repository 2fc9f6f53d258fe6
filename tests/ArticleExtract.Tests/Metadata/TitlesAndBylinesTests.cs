using AngleSharp.Html.Parser;
using ArticleExtract.Metadata;
using ArticleExtract.Pipeline;

namespace ArticleExtract.Tests.Metadata;

/// <summary>Site-level titles, doubled site names and bylines split over elements (issue 21), on pages of our own making.</summary>
public sealed class TitlesAndBylinesTests
{
    private const string Story =
        "<p>The first paragraph of the story tells what happened and why it matters to the readers of this page.</p>" +
        "<p>The second paragraph goes on with the story and adds more of the detail that was found.</p>";

    private static ArticleMetadata Extract(string head, string body)
    {
        var document = new HtmlParser().ParseDocument("<html><head>" + head + "</head><body>" + body + "</body></html>");
        return HtmlMetadataExtractor.Extract(document, new ExtractionContext(new ExtractionOptions(), null, CancellationToken.None));
    }

    [Fact]
    public void A_site_name_written_twice_at_the_end_is_cut_both_times()
    {
        var metadata = Extract("<title>Snow closes the northern trails – Hill Walkers - Hill Walkers</title>", "<article>" + Story + "</article>");
        metadata.Title.Should().Be("Snow closes the northern trails");
        metadata.SiteName.Should().Be("Hill Walkers");
    }
}
