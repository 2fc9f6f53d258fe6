namespace ArticleExtract.Tests.Html;

/// <summary>
/// The parser keeps no raw text (style sheets, iframe/noembed/noframes fallbacks): a style sheet
/// that CSS-in-JS libraries write inside an element never reaches the metadata or the body.
/// </summary>
public sealed class RawTextTests
{
    private const string Story =
        "<p>The first paragraph of the story tells what happened and why it matters to the readers of this page, at length.</p>" +
        "<p>The second paragraph goes on with the story and adds more of the detail that the reporter found on the day.</p>" +
        "<p>The third paragraph closes the story with what comes next, and who will decide it, and when that will be.</p>";

    [Fact]
    public void A_style_sheet_inside_the_byline_is_not_part_of_it()
    {
        var article = ArticleExtractor.Parse(
            "<html><head><title>A story</title></head><body><article><h1>A story</h1>" +
            "<div class=\"byline\"><style>.css-1q2w{color:red;font-weight:700}</style>By Jane Doe</div>" +
            Story + "</article></body></html>");

        article.Byline.Should().Contain("Jane Doe").And.NotContain("css-1q2w").And.NotContain("color");
    }
}
