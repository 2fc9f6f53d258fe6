namespace ArticleExtract.Tests.Text;

/// <summary>
/// Whether a text page is an article: a long list of teaser headlines beside it (good lines, but no
/// sentence) is no prose of the page, and does not make the article one card of a listing.
/// </summary>
public sealed class TeaserHeadlineTests
{
    private static readonly string[] Menu = ["Home", "World", "Politics", "Business", "Sport", "Culture", "Opinion"];

    private static readonly string[] Footer = ["About Us", "Privacy Policy", "Terms of Use", "© 2024 Harbour Times. All rights reserved."];

    private static readonly string[] Sharing = ["Share", "Facebook", "Twitter", "Email", "WhatsApp", "LinkedIn", "Pinterest", "Reddit", "Telegram", "Print", "Copy link", "Tumblr"];

    private static readonly string[] Places = ["the harbour", "the old quay", "the estuary", "the north bank", "the fish market"];

    private static readonly string[] Things = ["a new ferry", "the bus lines", "the library", "a summer festival"];

    /// <summary>Fourteen headlines of other stories, each a line of prose words without a sentence end.</summary>
    private static IEnumerable<string> Headlines()
    {
        for (var i = 0; i < 14; i++)
        {
            yield return $"Residents of {Places[i % Places.Length]} are asking the council for {Things[i % Things.Length]} before the winter of {2030 + i} and say that they have waited long enough for it";
        }
    }

    [Fact]
    public void Teaser_headlines_beside_an_article_do_not_make_it_a_listing()
    {
        // The page's most read stories above an article of four long paragraphs, sharing buttons between.
        var body = TextPageBuilder.Body;
        string[] paragraphs = [body[0] + " " + body[1], body[1] + " " + body[2], body[2] + " " + body[3], body[3] + " " + body[0]];
        var page = TextPageBuilder.WithBlankLines([.. Menu, .. Headlines(), .. Sharing, TextPageBuilder.Title, .. paragraphs, .. Footer]);

        var article = ArticleExtractor.Parse(page);

        article.PageType.Should().Be(PageType.Article);
        article.Text.Should().Contain(paragraphs[3]).And.NotContain("before the winter of 2035");
    }
}
