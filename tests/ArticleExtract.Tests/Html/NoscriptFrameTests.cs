namespace ArticleExtract.Tests.Html;

/// <summary>
/// A tag manager's fallback frame written self-closing inside a noscript (<c>&lt;iframe /&gt;</c>
/// does not close in HTML) must not swallow the page after it.
/// </summary>
public sealed class NoscriptFrameTests
{
    private const string Story =
        "<p>The first paragraph of the story tells what happened and why it matters to the readers of this page, at length.</p>" +
        "<p>The second paragraph goes on with the story and adds more of the detail that the reporter found on the day.</p>" +
        "<p>The third paragraph closes the story with what comes next, and who will decide it, and when that will be.</p>";

    [Fact]
    public void A_self_closed_frame_in_a_noscript_does_not_swallow_the_page()
    {
        var article = ArticleExtractor.Parse(
            "<html><head><title>A story</title></head><body>" +
            "<noscript><iframe src=\"https://tags.example/ns.html?id=1\" height=\"0\" width=\"0\" style=\"display:none\" /></noscript>" +
            "<article><h1>A story</h1>" + Story + "</article></body></html>");

        article.Text.Should().Contain("The second paragraph goes on with the story").And.NotContain("iframe");
    }

    [Fact]
    public void A_page_served_in_a_noscript_is_still_read_from_it()
    {
        var article = ArticleExtractor.Parse(
            "<html><head><title>A story</title></head><body><div id=\"app\"></div>" +
            "<noscript><article><h1>A story</h1>" + Story + Story + "</article></noscript></body></html>");

        article.Text.Should().Contain("The third paragraph closes the story");
    }
}
