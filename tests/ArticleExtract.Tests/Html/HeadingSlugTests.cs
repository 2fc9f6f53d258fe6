using static ArticleExtract.Tests.Html.HarbourStory;

namespace ArticleExtract.Tests.Html;

/// <summary>
/// A section whose id is the slug of its heading (as documentation generators make them) is
/// named by its topic, not by a role: a word such as "comments" or "reply" in the slug does not
/// make it a comment thread. A short id naming a role still does.
/// </summary>
public sealed class HeadingSlugTests
{
    private const string Advice =
        "Answer each question of the harbour engineers in the same thread, point by point, and say plainly which of their suggestions you took and which you did not.";

    [Fact]
    public void A_section_whose_id_is_its_headings_slug_stays_though_the_slug_says_comments()
    {
        var html = Page(
            $"<article><section id='survey-of-the-harbour-bridge'><h2>Survey of the harbour bridge</h2><p>{Lead}</p><p>{Second}</p></section>" +
            $"<section id='respond-to-review-comments'><h2>Respond to review comments</h2><p>{Advice}</p></section>" +
            $"<section id='the-works-ahead-this-year'><h2>The works ahead this year</h2><p>{Third}</p></section></article>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Contain(Lead).And.Contain(Advice).And.Contain(Third);
    }

    [Fact]
    public void A_section_whose_long_id_is_not_its_headings_slug_still_names_comments()
    {
        var html = Page(
            $"<article><p>{Lead}</p><p>{Second}</p><p>{Third}</p>" +
            $"<section id='post-reader-comments-list'><h2>Respond to review comments</h2><p>{Advice}</p></section></article>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Contain(Lead).And.NotContain(Advice);
    }
}
