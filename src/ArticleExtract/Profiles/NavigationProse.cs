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

    /// <summary>
    /// Whether boilerplate removal spares this element as a card's title row: it was found to be
    /// navigation by its names alone, it is short (at most the profile's card-title-max-length
    /// characters) and headings (h2-h6) hold at least its card-title-min-heading-share of its
    /// text. A card's title is a heading in a link, so it fails the link-density test of
    /// <see cref="IsSpared"/>; a page's header of links holds no heading, or one of many links.
    /// </summary>
    public static bool IsCardTitle(Element element, NodeStat stat, ProfileSettings settings)
    {
        if (!IsNamedOnly(element) || stat.TextLength == 0 || stat.TextLength > settings.CardTitleMaxLength)
        {
            return false;
        }

        var text = element.TextContent.AsSpan().Trim().Length;
        return text > 0 && HeadingLength(element) >= settings.CardTitleMinHeadingShare * text;
    }

    /// <summary>The length of the text of the headings (h2-h6) under an element, outermost ones only.</summary>
    private static int HeadingLength(IElement element)
    {
        var length = 0;
        foreach (var heading in OutermostSubheadings(element))
        {
            length += heading.TextContent.AsSpan().Trim().Length;
        }

        return length;
    }

    /// <summary>The headings (h2-h6) under an element in document order, outermost ones only (a card's title, a section's heading).</summary>
    internal static IEnumerable<IElement> OutermostSubheadings(IElement element)
    {
        var stack = new Stack<IElement>();
        Children.PushReversed(element, stack);
        while (stack.Count > 0)
        {
            var next = stack.Pop();
            if (Output.ElementRoles.IsSubheading(next.LocalName))
            {
                yield return next;
                continue;
            }

            Children.PushReversed(next, stack);
        }
    }

    /// <summary>Navigation by its names alone: not a navigation element, and no ARIA role that says so.</summary>
    internal static bool IsNamedOnly(Element element) =>
        element.LocalName is not ("nav" or "menu") && string.IsNullOrEmpty(MarkupAttributes.Of(element).Role);
}
