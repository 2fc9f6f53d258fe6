using System.Collections.Frozen;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ArticleExtract.Html;

/// <summary>
/// Stage 3: the parsed page's body (parsed for this call alone, metadata already read) without the
/// elements that never hold article text (scripts, styles, embeds, form controls) and without
/// hidden elements (hidden, aria-hidden, display:none, screen-reader-only classes).
/// </summary>
internal static class Preparation
{
    /// <summary>Elements that never carry running article text.</summary>
    private static readonly FrozenSet<string> NonContentElements = Output.ElementRoles.NonContent;

    /// <summary>
    /// Prepares the parsed page's own body in place (the document is parsed for this call
    /// alone and its metadata already read): detaches the dropped elements and returns the
    /// prepared body's elements in document order (the body first), or <c>null</c> when the page
    /// has none. One walk does both. No copy: a retry copies the prepared body. When given,
    /// <paramref name="page"/> (the document element's tree, listed before any change) lists the
    /// body's elements instead of a walk, when the body is one of the document element's children;
    /// the hidden elements <paramref name="reveals"/> accepts stay (a product's tab panels, which
    /// the page shows at a click).
    /// </summary>
    public static TreeOrder? PrepareInPlace(IHtmlDocument document, TreeOrder? page = null, Func<Element, bool>? reveals = null, bool keepsToggles = false)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        var dropped = new List<IElement>();
        var shown = new ShownPage((Element)body);
        Func<Element, bool> isDropped = element => IsDropped(element, reveals, shown, keepsToggles);
        var bodyPosition = page is not null && page.Count > 0 && page.Root == document.DocumentElement ? page.ChildPosition(0, body) : -1;
        var prepared = bodyPosition >= 0 ? page!.Subtree(bodyPosition, isDropped, dropped) : TreeOrder.Of((Element)body, isDropped, dropped);
        foreach (var element in dropped)
        {
            element.Remove();
        }

        if (keepsToggles)
        {
            DisclosureToggles.Unwrap(document, prepared);
        }

        return prepared;
    }

    /// <summary>
    /// Dropped: holds no article text, or is hidden, unless <paramref name="reveals"/>, when given,
    /// accepts it, or it holds most of the page's text (<see cref="ShownPage.IsPage"/>). With
    /// <paramref name="keepsToggles"/> (a profile's "toggles yes"), the buttons that open collapsed
    /// sections stay: they hold the sections' headings (<see cref="DisclosureToggles"/>).
    /// </summary>
    private static bool IsDropped(Element element, Func<Element, bool>? reveals, ShownPage shown, bool keepsToggles) =>
        (IsNonContent(element) && !IsImageFallback(element) && !(keepsToggles && DisclosureToggles.IsToggle(element)))
        || (IsHidden(element) && !(reveals is not null && IsRevealedPanel(element, reveals)) && !shown.IsPage(element));

    /// <summary>A hidden element the profile reveals, unless a screen-reader-only class hides it (that text is never shown).</summary>
    private static bool IsRevealedPanel(Element element, Func<Element, bool> reveals) =>
        !ElementTraits.IsHiddenClass(MarkupAttributes.Of(element).Class) && reveals(element);

    /// <summary>
    /// A &lt;noscript&gt; holding one image and nothing else: the fallback of a lazy image whose
    /// real source only script would set; the output reads it for that image's source.
    /// </summary>
    private static bool IsImageFallback(Element element)
    {
        if (element.LocalName != "noscript")
        {
            return false;
        }

        var images = 0;
        var nodes = ((INode)element).ChildNodes;
        for (var i = 0; i < nodes.Length; i++)
        {
            switch (nodes[i])
            {
                case IElement { LocalName: "img" }:
                    images++;
                    break;
                case IText text when string.IsNullOrWhiteSpace(text.Data):
                    break;
                default:
                    return false;
            }
        }

        return images == 1;
    }

    private static bool IsNonContent(Element element) => NonContentElements.Contains(element.LocalName);

    /// <summary>
    /// Hidden by attribute, by inline style, or by a screen-reader-only class. The attributes
    /// are read in one pass: most elements have none of them, and many have no attribute at all.
    /// </summary>
    internal static bool IsHidden(IElement element)
    {
        if (element.Attributes.Length == 0)
        {
            return false;
        }

        var attributes = MarkupAttributes.Of(element);
        return (attributes.Hidden && !IsStreamedSegment(attributes.Id))
            || (string.Equals(attributes.AriaHidden, "true", StringComparison.OrdinalIgnoreCase) && !IsShownLink(element))
            || (attributes.Style is { Length: > 0 } style && HidesByStyle(style))
            || ElementTraits.IsHiddenClass(attributes.Class);
    }

    /// <summary>
    /// A link hidden only from assistive technology (aria-hidden): the second link of a card to
    /// the same address (its image, its blurb), which a screen reader skips as a repeat but the
    /// page shows.
    /// </summary>
    private static bool IsShownLink(IElement element) => element.LocalName == "a";

    /// <summary>
    /// A segment a streaming server sent hidden at the end of the page for a script to move into
    /// its placeholder (React's &lt;div hidden id="S:0"&gt;): the page shows it, so it is content.
    /// </summary>
    private static bool IsStreamedSegment(string? id) => Candidates.CandidateVocabulary.Shared.IsSegmentId(id);

    /// <summary>An inline style with display:none or visibility:hidden.</summary>
    private static bool HidesByStyle(string style)
    {
        Span<char> compact = style.Length <= 512 ? stackalloc char[style.Length] : new char[style.Length];
        var length = 0;
        foreach (var c in style)
        {
            if (!char.IsWhiteSpace(c))
            {
                compact[length++] = char.ToLowerInvariant(c);
            }
        }

        var text = compact[..length];
        return text.Contains("display:none", StringComparison.Ordinal) || text.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}
