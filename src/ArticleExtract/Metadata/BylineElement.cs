using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Output;

namespace ArticleExtract.Metadata;

/// <summary>
/// The byline as the page displays it: the first visible element, outside page furniture, marked
/// as a byline (rel=author, itemprop=author, a class or id like "byline" or "author") whose text
/// is short; its itemprop=name descendant when it has one.
/// </summary>
internal static class BylineElement
{
    /// <summary>A byline is shorter than this (characters); longer text is an author box or a bio.</summary>
    private const int MaxBylineLength = 100;

    /// <summary>How many ancestors are looked at for a table or code block that protects furniture-like names.</summary>
    private const int AncestorDepth = 4;

    /// <summary>
    /// The displayed byline text, or null: looked for outside page furniture first, then, when there
    /// is none there, inside headers too (bylines often sit in an article's header).
    /// </summary>
    public static string? Find(IHtmlDocument document, MetadataVocabulary vocabulary) =>
        Find(document, vocabulary, allowHeaders: false) ?? Find(document, vocabulary, allowHeaders: true);

    private static string? Find(IHtmlDocument document, MetadataVocabulary vocabulary, bool allowHeaders)
    {
        if (document.DocumentElement is not { } root)
        {
            return null;
        }

        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (IsSkipped(element))
            {
                continue;
            }

            var matchString = MatchString(element);
            if (IsMarkedAsByline(element, matchString, vocabulary))
            {
                // The length counts the text as written, indentation included: a byline is a short element of the markup.
                var rawLength = element.TextContent.AsSpan().Trim().Length;
                if (rawLength is > 0 and < MaxBylineLength)
                {
                    var named = NameDescendant(element);
                    return TextNormalizer.CollapseWhitespace((named ?? element).TextContent);
                }
            }

            if (IsUnlikelyCandidate(element, allowHeaders ? WithoutHeaderTokens(matchString, vocabulary) : matchString, vocabulary))
            {
                continue;
            }

            Html.Children.PushReversed(element, stack);
        }

        return null;
    }

    /// <summary>
    /// The element's class and id, lower-cased, as one string ("class id") for token matching;
    /// the constant " " for the many elements with neither (no allocation).
    /// </summary>
    internal static string MatchString(IElement element)
    {
        var className = element.GetAttribute("class");
        var id = element.GetAttribute("id");
        if (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id))
        {
            return " ";
        }

        return ((className ?? "") + " " + (id ?? "")).ToLowerInvariant();
    }

    /// <summary>A byline element: marked as one, with short text.</summary>
    internal static bool IsByline(IElement element, MetadataVocabulary vocabulary)
    {
        var matchString = MatchString(element);
        return IsMarkedAsByline(element, matchString, vocabulary) && element.TextContent.AsSpan().Trim().Length < MaxBylineLength;
    }

    private static bool IsMarkedAsByline(IElement element, string matchString, MetadataVocabulary vocabulary)
    {
        if (string.Equals(element.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var itemprop = element.GetAttribute("itemprop");
        if (itemprop is not null && itemprop.Contains("author", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return ContainsAny(matchString, vocabulary.BylineTokens);
    }

    /// <summary>Elements never read: scripts, styles, hidden elements, modal dialogs.</summary>
    internal static bool IsSkipped(IElement element)
    {
        var tag = element.LocalName;
        if (tag is "script" or "style" or "noscript" or "template" or "head" or "svg")
        {
            return true;
        }

        return IsHidden(element)
            || (string.Equals(element.GetAttribute("aria-modal"), "true", StringComparison.Ordinal)
                && string.Equals(element.GetAttribute("role"), "dialog", StringComparison.Ordinal));
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.Ordinal)
            && !(element.GetAttribute("class") ?? "").Contains("fallback-image", StringComparison.Ordinal))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }

        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    /// <summary>Page furniture (menus, sidebars, comments, footers) where a byline is not looked for.</summary>
    internal static bool IsUnlikelyCandidate(IElement element, string matchString, MetadataVocabulary vocabulary)
    {
        if (element.LocalName is "body" or "a" or "html")
        {
            return false;
        }

        var role = element.GetAttribute("role");
        if (role is not null && vocabulary.UnlikelyRoles.Contains(role))
        {
            return true;
        }

        return ContainsAny(matchString, vocabulary.UnlikelyTokens)
            && !ContainsAny(matchString, vocabulary.LikelyTokens)
            && !HasAncestor(element, "table")
            && !HasAncestor(element, "code");
    }

    /// <summary>The class/id string with header tokens removed, so a header is not furniture.</summary>
    private static string WithoutHeaderTokens(string matchString, MetadataVocabulary vocabulary)
    {
        foreach (var token in vocabulary.HeaderTokens)
        {
            matchString = matchString.Replace(token, " ", StringComparison.Ordinal);
        }

        return matchString;
    }

    private static IElement? NameDescendant(IElement element)
    {
        foreach (var descendant in element.Descendants<IElement>())
        {
            var itemprop = descendant.GetAttribute("itemprop");
            if (itemprop is not null && itemprop.Contains("name", StringComparison.OrdinalIgnoreCase))
            {
                return descendant;
            }
        }

        return null;
    }

    private static bool HasAncestor(IElement element, string tag)
    {
        var depth = 0;
        for (var parent = element.ParentElement; parent is not null && depth < AncestorDepth; parent = parent.ParentElement, depth++)
        {
            if (parent.LocalName == tag)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string text, string[] tokens)
    {
        foreach (var token in tokens)
        {
            if (text.Contains(token, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
