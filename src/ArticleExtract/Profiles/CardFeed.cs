using AngleSharp.Dom;
using ArticleExtract.Html;

namespace ArticleExtract.Profiles;

/// <summary>
/// Stage 4 for the profiles that name feed kinds (listings): a container that only its class or id
/// words name as boilerplate (an advert: "section-more-ads", "hide-read-more-ad") but that holds
/// several headed cards is the page's feed of items. An ad slot holds one advert, not a run of
/// headlines.
/// </summary>
internal static class CardFeed
{
    /// <summary>
    /// Whether boilerplate removal spares this element as a feed: named as boilerplate by its
    /// names alone (no nav or menu tag, no ARIA role), and holding at least the profile's
    /// feed-min-headings headings (h2-h6).
    /// </summary>
    public static bool IsFeed(Element element, ProfileSettings settings) =>
        NavigationProse.IsNamedOnly(element) && HasHeadings(element, settings.FeedMinHeadings);

    /// <summary>Whether the element holds at least <paramref name="count"/> headings (h2-h6), outermost ones only.</summary>
    private static bool HasHeadings(IElement element, int count) =>
        count > 0 && NavigationProse.OutermostSubheadings(element).Skip(count - 1).Any();
}
