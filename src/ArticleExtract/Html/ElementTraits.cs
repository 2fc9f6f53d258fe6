using System.Buffers;
using System.Collections.Frozen;
using AngleSharp.Dom;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Html;

/// <summary>
/// What an element's class and id say about it: the boilerplate kind of its container tokens
/// (from the vocabulary) and whether it is named like an article body. Class and id values are
/// read as names ("share-bar"), as the parts of those names ("share", "bar"), and, for long
/// tokens, inside run-together names ("jp-relatedposts"). Span-based: no allocation per element.
/// </summary>
internal static class ElementTraits
{
    /// <summary>The rules of class and id names (<c>Html/html.txt</c>).</summary>
    private static readonly HtmlRules Rules = HtmlRules.Shared;

    /// <summary>Parts of class/id names that mark the container of an article body, not boilerplate.</summary>
    private static readonly FrozenSet<string> ContentParts = Rules.ContentNames;

    /// <summary>Parts of class names that mark an embedded post (a tweet, an Instagram post): quoted content, even when named "social".</summary>
    private static readonly FrozenSet<string> EmbedParts = Rules.EmbedNames;

    /// <summary>Parts of class/id names that name a header, the page's or an article's.</summary>
    private static readonly FrozenSet<string> HeaderParts = Rules.HeaderNames;

    private static readonly SearchValues<string> AnyHeaderPart = SearchValues.Create([.. HeaderParts], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whole class names that CSS frameworks use for text hidden from sight (screen-reader only).</summary>
    private static readonly FrozenSet<string> HiddenClassNames = Rules.HiddenClassNames;

    /// <summary>The content, embed and hidden names searched for at once in a whole class value: most values hold none.</summary>
    private static readonly SearchValues<string> AnyContentPart = SearchValues.Create([.. ContentParts], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> AnyEmbedPart = SearchValues.Create([.. EmbedParts], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> AnyHiddenClassName = SearchValues.Create([.. HiddenClassNames], StringComparison.OrdinalIgnoreCase);

    /// <summary>The characters of a heading's slug: lower-case letters, digits and hyphens.</summary>
    private static readonly SearchValues<char> SlugCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    /// <summary>Characters that separate the parts of one class name.</summary>
    private static readonly SearchValues<char> NameSeparators = SearchValues.Create("-_:.");

    /// <summary>A token must have at least this many letters to be looked for inside a longer name.</summary>
    private static readonly int MinInsideTokenLength = Rules.Integer("MinInsideTokenLength");

    /// <summary>Names longer than this are not looked at (generated hashes, inline data).</summary>
    private static readonly int MaxNameLength = Rules.Integer("MaxNameLength");

    /// <summary>An id of at least this many parts is a heading's slug, whose parts name no role.</summary>
    private static readonly int MinHeadingSlugParts = Rules.Integer("MinHeadingSlugParts");

    /// <summary>Readability's class weight: plus this for a content name, minus this for a boilerplate name.</summary>
    private static readonly int ClassWeightPoints = Rules.Integer("ClassWeight");

    /// <summary>
    /// Every container token, searched for at once: a name matches a token whole, by a part or
    /// inside it only when the token occurs in it, so a value where none occurs (most class
    /// values) is answered by one vectorised scan.
    /// </summary>
    private static readonly SearchValues<string> AnyToken = SearchValues.Create([.. BoilerplateVocabulary.Shared.Tokens.Keys], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The container tokens and the embed parts searched for at once in a class value: a value
    /// where neither occurs (most values) is answered by one scan instead of one per set.
    /// </summary>
    private static readonly SearchValues<string> AnyTokenOrEmbedPart =
        SearchValues.Create([.. BoilerplateVocabulary.Shared.Tokens.Keys, .. EmbedParts], StringComparison.OrdinalIgnoreCase);

    /// <summary>Long tokens recognised inside run-together names, except comment ones ("commentary" is journalism).</summary>
    private static readonly KeyValuePair<string, BoilerplateKind>[] LongTokens = LongTokensOf(BoilerplateVocabulary.Shared.Tokens);

    /// <summary>The long tokens searched for at once in a lower-cased name: most long names hold none, and one scan says so.</summary>
    private static readonly SearchValues<string> AnyLongToken = SearchValues.Create(LongTokens.Select(pair => pair.Key).ToArray(), StringComparison.Ordinal);

    /// <summary>The boilerplate kind named by the element's class or id tokens, if any.</summary>
    public static BoilerplateKind? BoilerplateKindOf(IElement element) => BoilerplateNameOf(element).Kind;

    /// <summary>
    /// The boilerplate kind named by the element's class or id tokens, and whether a whole
    /// name matched ("comments") rather than a part of one ("has-sidebar"). An embedded post
    /// is never boilerplate by its name, even inside a "social-media-embed".
    /// </summary>
    public static (BoilerplateKind? Kind, bool WholeName) BoilerplateNameOf(IElement element) => BoilerplateNameOf(MarkupAttributes.Of(element), element);

    /// <summary>As <see cref="BoilerplateNameOf(IElement)"/>, from names already read.</summary>
    public static (BoilerplateKind? Kind, bool WholeName) BoilerplateNameOf(in MarkupAttributes names, IElement element)
    {
        // A class value that holds no token nor embed part (one scan says so) names nothing: only the id may.
        var classValue = HoldsAny(names.Class, AnyTokenOrEmbedPart) ? names.Class : null;
        if (HasNameIn(classValue, EmbedParts, AnyEmbedPart, matchParts: true))
        {
            return (null, false);
        }

        var byId = KindIn(names.Id);
        if (byId is { Kind: not null, WholeName: false } && IsHeadingSlug(names.Id, element))
        {
            byId = (null, false);
        }

        return byId.Kind is not null ? byId : KindIn(classValue);
    }

    /// <summary>Whether any of the names occurs in the value (anywhere, ignoring case).</summary>
    private static bool HoldsAny(string? value, SearchValues<string> names) => !string.IsNullOrEmpty(value) && value.AsSpan().ContainsAny(names);

    /// <summary>Whether the element's class or id names it as an article body container.</summary>
    private static bool IsNamedLikeContent(in MarkupAttributes names) => HasContentPart(names.Class) || HasContentPart(names.Id);

    /// <summary>Whether the element is a header element or its class or id names it a header ("listicle-header").</summary>
    public static bool IsNamedHeader(IElement element)
    {
        if (element.LocalName == "header")
        {
            return true;
        }

        var names = MarkupAttributes.Of(element);
        return HasNameIn(names.Class, HeaderParts, AnyHeaderPart, matchParts: true) || HasNameIn(names.Id, HeaderParts, AnyHeaderPart, matchParts: true);
    }

    /// <summary>Whether a class value marks its element as visually hidden (screen-reader text).</summary>
    public static bool IsHiddenClass(string? classValue) => HasNameIn(classValue, HiddenClassNames, AnyHiddenClassName, matchParts: false);

    /// <summary>Readability's class weight: plus <c>ClassWeight</c> for a content name, minus it for a boilerplate name.</summary>
    public static int ClassWeight(IElement element)
    {
        var names = MarkupAttributes.Of(element);
        if (string.Equals(names.ItemProp, "articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return ClassWeightPoints;
        }

        var weight = 0;
        if (BoilerplateNameOf(names, element).Kind is not null)
        {
            weight -= ClassWeightPoints;
        }

        if (IsNamedLikeContent(names))
        {
            weight += ClassWeightPoints;
        }

        return weight;
    }

    /// <summary>Marked up as the article body by schema.org microdata (itemprop="articleBody").</summary>
    public static bool IsMarkedArticleBody(IElement element) =>
        string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether an id is the slug of the element's heading ("respond-to-review-comments" on a
    /// section headed "Respond to review comments"): lower-case words joined by hyphens, at least
    /// <c>MinHeadingSlugParts</c> of them, spelling the words of the element's first heading (or
    /// of the element, itself a heading). Documentation generators give each section the slug
    /// of its heading, so a word in it ("comments", "reply") is the topic's, not a role.
    /// </summary>
    private static bool IsHeadingSlug(string? id, IElement element)
    {
        if (string.IsNullOrEmpty(id) || id.AsSpan().ContainsAnyExcept(SlugCharacters) || id.AsSpan().Count('-') + 1 < MinHeadingSlugParts)
        {
            return false;
        }

        var heading = Output.ElementRoles.IsHeading(element.LocalName) ? element : element.Descendants<IElement>().FirstOrDefault(e => Output.ElementRoles.IsHeading(e.LocalName));
        return heading is not null && SlugOf(heading.TextContent) == id;
    }

    /// <summary>A heading's slug: its runs of letters and digits, lower case, joined by hyphens.</summary>
    private static string SlugOf(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    private static KeyValuePair<string, BoilerplateKind>[] LongTokensOf(FrozenDictionary<string, BoilerplateKind> tokens)
    {
        var list = new List<KeyValuePair<string, BoilerplateKind>>();
        foreach (var pair in tokens)
        {
            if (pair.Key.Length >= MinInsideTokenLength && pair.Value != BoilerplateKind.Comments && pair.Key.AsSpan().IndexOfAny(NameSeparators) < 0)
            {
                list.Add(pair);
            }
        }

        return list.ToArray();
    }

    private static (BoilerplateKind? Kind, bool WholeName) KindIn(string? value)
    {
        if (string.IsNullOrEmpty(value) || !value.AsSpan().ContainsAny(AnyToken))
        {
            return (null, false);
        }

        var tokens = BoilerplateVocabulary.Shared.Tokens.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[MaxNameLength];
        foreach (var name in new LoweredNames(value, buffer))
        {
            if (tokens.TryGetValue(name, out var kind))
            {
                return (kind, true);
            }

            if (name.IndexOfAny(NameSeparators) >= 0)
            {
                foreach (var partRange in name.SplitAny(NameSeparators))
                {
                    var part = name[partRange];
                    if (part.Length > 0 && tokens.TryGetValue(part, out kind))
                    {
                        return (kind, false);
                    }
                }
            }

            if (name.Length > MinInsideTokenLength && name.ContainsAny(AnyLongToken))
            {
                foreach (var pair in LongTokens)
                {
                    if (name.Contains(pair.Key, StringComparison.Ordinal))
                    {
                        return (pair.Value, false);
                    }
                }
            }
        }

        return (null, false);
    }

    private static bool HasContentPart(string? value) => HasNameIn(value, ContentParts, AnyContentPart, matchParts: true);

    /// <summary>
    /// Whether a class or id value holds a name of <paramref name="set"/>, compared in lower case;
    /// with <paramref name="matchParts"/>, also a part of a name split at '-' and '_' ("post-body").
    /// <paramref name="any"/> rules out most values in one scan.
    /// </summary>
    private static bool HasNameIn(string? value, FrozenSet<string> set, SearchValues<string> any, bool matchParts)
    {
        if (string.IsNullOrEmpty(value) || !value.AsSpan().ContainsAny(any))
        {
            return false;
        }

        var parts = set.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[MaxNameLength];
        foreach (var name in new LoweredNames(value, buffer))
        {
            if (parts.Contains(name))
            {
                return true;
            }

            if (!matchParts)
            {
                continue;
            }

            foreach (var partRange in name.SplitAny(NameSeparators))
            {
                if (parts.Contains(name[partRange]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The names of a class or id value (split at whitespace), each lower-cased into one buffer
    /// as it is reached; an empty name or one longer than the buffer is passed over.
    /// </summary>
    private ref struct LoweredNames
    {
        private readonly ReadOnlySpan<char> _value;

        private readonly Span<char> _buffer;

        private MemoryExtensions.SpanSplitEnumerator<char> _ranges;

        public LoweredNames(string value, Span<char> buffer)
        {
            _value = value.AsSpan();
            _buffer = buffer;
            _ranges = _value.SplitAny(" \t\n\r\f");
        }

        /// <summary>The name reached, lower case (valid until the next <see cref="MoveNext"/>).</summary>
        public ReadOnlySpan<char> Current { get; private set; }

        public readonly LoweredNames GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_ranges.MoveNext())
            {
                var raw = _value[_ranges.Current];
                if (raw.Length > 0 && raw.Length <= _buffer.Length)
                {
                    Current = _buffer[..raw.ToLowerInvariant(_buffer)];
                    return true;
                }
            }

            return false;
        }
    }
}
