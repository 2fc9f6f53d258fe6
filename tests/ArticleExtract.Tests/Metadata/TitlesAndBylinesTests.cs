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

    [Fact]
    public void A_byline_label_and_the_name_in_sibling_elements_read_as_one_byline()
    {
        var metadata = Extract("", "<article><h1>Snow closes the northern trails</h1>" + Story
            + "<div class=\"bio\"><div class=\"small\">Written by</div><div class=\"big\">Jane Roberts</div></div></article>");
        metadata.Authors.Should().Equal("Jane Roberts");
    }

    [Fact]
    public void A_label_followed_by_no_name_gives_no_author()
    {
        var metadata = Extract("", "<article><h1>Snow closes the northern trails</h1>" + Story
            + "<div class=\"bio\"><div class=\"small\">Written by</div><div class=\"big\">the tallest snow drifts of the winter in the northern hills</div></div></article>");
        metadata.Authors.Should().BeEmpty();
    }

    [Fact]
    public void A_by_line_long_only_by_its_indentation_is_a_byline()
    {
        var indent = "\n" + new string(' ', 120);
        var metadata = Extract("", "<article><h1>Snow closes the northern trails</h1><div class=\"small\">" + indent + "By" + indent + "Jane Roberts" + indent + "</div>" + Story + "</article>");
        metadata.Authors.Should().Equal("Jane Roberts");
    }

    [Fact]
    public void A_by_line_set_in_an_aside_beside_the_story_is_a_byline()
    {
        var metadata = Extract("", "<article><h1>Snow closes the northern trails</h1><aside><p>By Jane Roberts</p></aside>" + Story + "</article>");
        metadata.Authors.Should().Equal("Jane Roberts");
    }
}
