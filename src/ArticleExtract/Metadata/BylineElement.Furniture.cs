using AngleSharp.Dom;
using ArticleExtract.Html;

namespace ArticleExtract.Metadata;

/// <summary>
/// Where a byline is not looked for: elements never read (scripts, hidden elements, modal dialogs) and page
/// furniture (menus, sidebars, comments, footers), a header or an article's own footer spared when asked.
/// </summary>
internal static partial class BylineElement
{
    /// <summary>How many ancestors are looked at for a table or code block that protects furniture-like names.</summary>
    private const int AncestorDepth = 4;

    /// <summary>Elements never read: scripts, styles, hidden elements, modal dialogs.</summary>
    internal static bool IsSkipped(IElement element) => IsSkipped(element, MarkupAttributes.Of(element));

    /// <summary>Elements never read: scripts, styles, hidden elements, modal dialogs.</summary>
    internal static bool IsSkipped(IElement element, in MarkupAttributes attributes)
    {
        var tag = element.LocalName;
        if (tag is "script" or "style" or "noscript" or "template" or "head" or "svg")
        {
            return true;
        }

        return IsHidden(attributes)
            || (string.Equals(attributes.AriaModal, "true", StringComparison.Ordinal)
                && string.Equals(attributes.Role, "dialog", StringComparison.Ordinal));
    }

    private static bool IsHidden(in MarkupAttributes attributes)
    {
        if (attributes.Hidden && !IsStreamedBoundary(attributes.Id))
        {
            return true;
        }

        if (string.Equals(attributes.AriaHidden, "true", StringComparison.Ordinal)
            && !(attributes.Class ?? "").Contains("fallback-image", StringComparison.Ordinal))
        {
            return true;
        }

        return attributes.Style is { } style && HidesByStyle(style);
    }

    /// <summary>
    /// A hidden element that a streaming server render fills and its script moves into place at once
    /// (React's "&lt;div hidden id=\"S:7\"&gt;"): shown to the reader, so read. The same segments
    /// the preparation reveals (candidates.txt, <c>@segment-id</c>).
    /// </summary>
    private static bool IsStreamedBoundary(string? id) => Html.Candidates.CandidateVocabulary.Shared.IsSegmentId(id);

    /// <summary>The longest style read on the stack; longer ones (rare) get a heap buffer.</summary>
    private const int StackStyleLength = 256;

    /// <summary>
    /// An inline style that hides the element ("display: none", "visibility:hidden"): the style
    /// without spaces, lower-cased, holds either declaration.
    /// </summary>
    private static bool HidesByStyle(string style)
    {
        Span<char> buffer = style.Length <= StackStyleLength ? stackalloc char[2 * style.Length] : new char[2 * style.Length];
        var compact = buffer[..style.Length];
        var length = 0;
        foreach (var c in style)
        {
            if (c != ' ')
            {
                compact[length++] = c;
            }
        }

        var lower = buffer.Slice(style.Length, length);
        compact[..length].ToLowerInvariant(lower);
        return lower.Contains("display:none", StringComparison.Ordinal) || lower.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    /// <summary>Page furniture (menus, sidebars, comments, footers) where a byline is not looked for.</summary>
    internal static bool IsUnlikelyCandidate(IElement element, in MarkupAttributes attributes, ReadOnlySpan<char> matchString, MetadataVocabulary vocabulary)
    {
        if (element.LocalName is "body" or "a" or "html")
        {
            return false;
        }

        var role = attributes.Role;
        if (role is not null && vocabulary.UnlikelyRoles.Contains(role))
        {
            return true;
        }

        return matchString.ContainsAny(vocabulary.UnlikelyTokenSearch)
            && !matchString.ContainsAny(vocabulary.LikelyTokenSearch)
            && !HasAncestor(element, "table")
            && !HasAncestor(element, "code");
    }

    /// <summary>
    /// Page furniture as <see cref="IsUnlikelyCandidate"/> tells it, except that a header is not furniture, nor
    /// an article's own footer (<see cref="IsArticleFooter"/>).
    /// </summary>
    internal static bool IsUnlikelyCandidateInHeaders(IElement element, in MarkupAttributes attributes, ReadOnlySpan<char> matchString, MetadataVocabulary vocabulary) =>
        matchString.ContainsAny(vocabulary.HeaderTokenSearch)
            ? IsUnlikelyCandidate(element, attributes, Without(matchString.ToString(), vocabulary.HeaderTokens), vocabulary)
            : IsArticleFooter(element, matchString, vocabulary)
                ? IsUnlikelyCandidate(element, attributes, Without(matchString.ToString(), vocabulary.ArticleFooterTokens), vocabulary)
                : IsUnlikelyCandidate(element, attributes, matchString, vocabulary);

    /// <summary>
    /// An article's own footer ("entry-footer", a child of the article element): where a theme may set the
    /// story's byline and date under it, not the site's footer.
    /// </summary>
    private static bool IsArticleFooter(IElement element, ReadOnlySpan<char> matchString, MetadataVocabulary vocabulary) =>
        element.ParentElement is { LocalName: "article" } && matchString.ContainsAny(vocabulary.ArticleFooterTokenSearch);

    /// <summary>The class/id string with these tokens removed, so a header (or an article's footer) is not furniture.</summary>
    private static string Without(string matchString, string[] tokens)
    {
        foreach (var token in tokens)
        {
            matchString = matchString.Replace(token, " ", StringComparison.Ordinal);
        }

        return matchString;
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
}
