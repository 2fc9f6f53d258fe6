using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Html;
using ArticleExtract.Output;

namespace ArticleExtract.Metadata;

/// <summary>
/// The byline as the page displays it: the first visible element, outside page furniture, marked
/// as a byline (rel=author, itemprop=author, a class or id like "byline" or "author") whose text
/// is short; its itemprop=name descendant when it has one.
/// </summary>
internal static partial class BylineElement
{
    /// <summary>A byline is shorter than this (characters); longer text is an author box or a bio.</summary>
    internal const int MaxBylineLength = 100;

    /// <summary>
    /// The positions of the page's elements outside its furniture, in document order: the head,
    /// footers, navigation, skipped elements and unlikely header candidates are passed over with
    /// their subtrees. An aside is read: a story sets its byline in one beside the text; a sidebar
    /// is told by its class.
    /// </summary>
    public static IEnumerable<int> OutsideFurniture(TreeOrder tree, MetadataVocabulary vocabulary)
    {
        var matchText = new MatchText();
        for (var i = 0; i < tree.Count; i++)
        {
            var element = tree[i];
            var attributes = MarkupAttributes.Of(element);
            if (element.LocalName is "head" or "footer" or "nav" || IsSkipped(element, attributes)
                || IsUnlikelyCandidateInHeaders(element, attributes, matchText.Of(attributes), vocabulary))
            {
                i = tree.End(i) - 1;
                continue;
            }

            yield return i;
        }
    }

    /// <summary>
    /// The displayed byline text, or null: looked for outside page furniture first, then, when there
    /// is none there, inside headers too (bylines often sit in an article's header).
    /// </summary>
    /// <remarks>
    /// Both searches run in one walk: each element carries whether each search reaches it (no
    /// ancestor of it was skipped as furniture by that search's rule), and the first byline the
    /// strict search reaches wins; the first one only the lenient search reaches is kept for when
    /// the strict search finds none. Either search alone would visit its elements in this order.
    /// </remarks>
    public static string? Find(IHtmlDocument document, MetadataVocabulary vocabulary) => Find(document, vocabulary, out _, out _);

    /// <summary>
    /// The displayed byline text, or null; in <paramref name="boxName"/> the name an author box opens with, the last resort;
    /// in <paramref name="parts"/> the text with the element's lines apart (<see cref="BylineLines"/>), what its names
    /// and date are read from, null when the byline is one line.
    /// </summary>
    public static string? Find(IHtmlDocument document, MetadataVocabulary vocabulary, out string? boxName, out string? parts)
    {
        boxName = null;
        parts = null;
        string? headerParts = null;
        if (document.DocumentElement is not { } root)
        {
            return null;
        }

        var matchText = new MatchText();
        string? inHeader = null;
        string? inBox = null;
        var stack = new Stack<(IElement Element, bool Strict, bool Lenient)>();
        stack.Push((root, true, true));
        while (stack.Count > 0)
        {
            var (element, strict, lenient) = stack.Pop();
            lenient &= inHeader is null;
            if (!strict && !lenient)
            {
                continue;
            }

            var attributes = MarkupAttributes.Of(element);
            if (IsSkipped(element, attributes))
            {
                continue;
            }

            var matchString = matchText.Of(attributes);
            var marked = IsMarkedAsByline(attributes, matchString, vocabulary);
            if (marked && ShortBylineText(element) is { } text && BylineParts(element, vocabulary) is var lines && NamesSomebody(lines ?? text, vocabulary))
            {
                if (strict)
                {
                    boxName = inBox;
                    parts = lines;
                    return text;
                }

                if (lenient && inHeader is null)
                {
                    (inHeader, headerParts) = (text, lines);
                }
            }
            else if (marked && strict && inBox is null)
            {
                inBox = AuthorBox.Name(element, vocabulary);
            }
            else if (strict && inBox is null && AuthorBox.IsDescription(matchString, vocabulary))
            {
                inBox = AuthorBox.NameBeforeDescription(element, vocabulary);
            }

            var strictChildren = strict && !IsUnlikelyCandidate(element, attributes, matchString, vocabulary);
            var lenientChildren = lenient && inHeader is null && !IsUnlikelyCandidateInHeaders(element, attributes, matchString, vocabulary);
            if (strictChildren || lenientChildren)
            {
                PushChildren(element, stack, strictChildren, lenientChildren);
            }
        }

        boxName = inBox;
        parts = headerParts;
        return inHeader;
    }

    /// <summary>The byline's text when the element's text is short enough to be one; its itemprop=name part when it has one.</summary>
    private static string? ShortBylineText(IElement element)
    {
        // The length counts the text as written, indentation included: a byline is a short element of the markup.
        var rawLength = TrimmedTextLength(element, MaxBylineLength);
        if (rawLength is > 0 and < MaxBylineLength)
        {
            var named = NameDescendant(element);
            return named is not null && NameContent(named) is { } content
                ? TextNormalizer.CollapseWhitespace(content)
                : TextNormalizer.CollapseWhitespace((named ?? element).TextContent);
        }

        return null;
    }

    /// <summary>The byline's text with its lines apart (<see cref="BylineLines"/>), or null when it is one line or a name attribute's.</summary>
    private static string? BylineParts(IElement element, MetadataVocabulary vocabulary)
    {
        var named = NameDescendant(element);
        return named is not null && NameContent(named) is not null ? null : BylineLines.Joined(named ?? element, vocabulary);
    }

    /// <summary>
    /// The byline's text may name somebody: a name the author parser keeps, or else none of what a
    /// byline element holds instead of a name: a label alone ("About the Author"), a reading time
    /// ("5 min read"), a number, an avatar's initials. The search goes on past those to the element that names the author.
    /// </summary>
    private static bool NamesSomebody(string text, MetadataVocabulary vocabulary) =>
        !IsAvatarInitials(text, vocabulary)
        && (Authors.Parse(text, vocabulary).Count > 0
            || !(vocabulary.NotNames.Contains(text.Trim().TrimEnd(':').ToLowerInvariant()) || !text.Any(char.IsLetter) || IsReadingTime(text, vocabulary)));

    /// <summary>
    /// The text is an avatar's initials ("JD" in a round badge marked "author-avatar"), no name: a few capitals
    /// alone, not an agency's letters ("AP").
    /// </summary>
    private static bool IsAvatarInitials(string text, MetadataVocabulary vocabulary) =>
        text.Length <= vocabulary.MaxAvatarInitials && text.All(char.IsUpper) && !vocabulary.AuthorNoise.Contains(text);

    /// <summary>The text tells how long the story takes to read ("5 min read", "Lesezeit: 4 Minuten").</summary>
    internal static bool IsReadingTime(string text, MetadataVocabulary vocabulary)
    {
        var lower = text.ToLowerInvariant();
        return vocabulary.ReadingTimes.Any(phrase => lower.Contains(phrase, StringComparison.Ordinal));
    }

    /// <summary>The element children, last first (a class test: see <see cref="PageScan"/>).</summary>
    private static void PushChildren(IElement element, Stack<(IElement, bool, bool)> stack, bool strict, bool lenient)
    {
        var nodes = element.ChildNodes;
        for (var i = nodes.Length - 1; i >= 0; i--)
        {
            if (nodes[i] is Element child)
            {
                stack.Push((child, strict, lenient));
            }
        }
    }

    /// <summary>A byline element: marked as one, with short text.</summary>
    internal static bool IsByline(IElement element, in MarkupAttributes attributes, ReadOnlySpan<char> matchString, MetadataVocabulary vocabulary) =>
        IsMarkedAsByline(attributes, matchString, vocabulary) && TrimmedTextLength(element, MaxBylineLength) < MaxBylineLength;

    /// <summary>
    /// The length of the element's TextContent trimmed, or <paramref name="cap"/> when it is at
    /// least that long: counted over the text nodes without joining them, and given up as soon as
    /// the cap is reached (a container marked "author" can hold a whole page).
    /// </summary>
    internal static int TrimmedTextLength(IElement element, int cap)
    {
        var stack = new Stack<INode>();
        stack.Push(element);
        var position = 0;
        var first = -1;
        var last = -1;
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                foreach (var c in text.Data)
                {
                    if (!char.IsWhiteSpace(c))
                    {
                        first = first < 0 ? position : first;
                        last = position;
                        if (last - first + 1 >= cap)
                        {
                            return cap;
                        }
                    }

                    position++;
                }

                continue;
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return first < 0 ? 0 : last - first + 1;
    }

    private static bool IsMarkedAsByline(in MarkupAttributes attributes, ReadOnlySpan<char> matchString, MetadataVocabulary vocabulary)
    {
        if (string.Equals(attributes.Rel, "author", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var itemprop = attributes.ItemProp;
        if (itemprop is not null && itemprop.Contains("author", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return matchString.ContainsAny(vocabulary.BylineTokenSearch) && !AuthorBox.IsDescription(matchString, vocabulary);
    }

    /// <summary>A name element that holds its value in an attribute (&lt;meta itemprop="name" content="…"&gt;) and shows no text.</summary>
    private static string? NameContent(IElement named) =>
        string.IsNullOrWhiteSpace(named.TextContent) && named.GetAttribute("content") is { } content && !string.IsNullOrWhiteSpace(content)
            ? content
            : null;

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
}
