using AngleSharp.Dom;
using ArticleExtract.Html;

namespace ArticleExtract.Profiles;

/// <summary>
/// Stage 4 for the profiles that keep navigation prose (service pages, listings): a container
/// that only its class or id words (or a &lt;header&gt; tag) name as navigation, but whose text
/// is running text rather than links, is content. Page builders name every section of a landing
/// page "widget", every section's heading block "header", every card's title row
/// "card_header": real navigation is links.
/// </summary>
internal static class NavigationProse
{
    /// <summary>
    /// Whether boilerplate removal spares this element: it was found to be navigation, it is
    /// neither a &lt;nav&gt; or &lt;menu&gt; nor given an ARIA role, it holds at least the profile's
    /// navigation-prose-min-length characters, and less than its navigation-prose-max-link-density
    /// of them are link text.
    /// </summary>
    public static bool IsSpared(Element element, NodeStat stat, ProfileSettings settings) =>
        IsNamedOnly(element)
        && stat.TextLength >= settings.NavigationProseMinLength
        && stat.LinkDensity < settings.NavigationProseMaxLinkDensity;

    /// <summary>Navigation by its names alone: not a navigation element, and no ARIA role that says so.</summary>
    private static bool IsNamedOnly(Element element) =>
        element.LocalName is not ("nav" or "menu") && string.IsNullOrEmpty(MarkupAttributes.Of(element).Role);
}
