using System.Collections.Frozen;
using AngleSharp.Dom;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Html;

/// <summary>
/// What an element's class and id say about it: the boilerplate kind of its container tokens
/// (from the vocabulary) and whether it is named like an article body. Class and id values are
/// read as names ("share-bar") and as the parts of those names ("share", "bar").
/// </summary>
internal static class ElementTraits
{
    /// <summary>
    /// Parts of class/id names that mark the container of an article body (HTML authoring
    /// conventions shared by CMSs, as in Readability's positive pattern), not boilerplate.
    /// </summary>
    private static readonly FrozenSet<string> ContentParts = FrozenSet.Create(StringComparer.Ordinal,
        "article", "articlebody", "articletext", "articlecontent", "body", "content", "entry", "hentry", "h-entry",
        "main", "post", "story", "storybody", "text", "blog", "prose", "rich");

    /// <summary>Whole class names that CSS frameworks use for text hidden from sight (screen-reader only).</summary>
    private static readonly FrozenSet<string> HiddenClassNames = FrozenSet.Create(StringComparer.Ordinal,
        "hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screenreader-only",
        "offscreen", "element-invisible", "u-hidden", "is-hidden", "d-none");

    private static readonly char[] NameSeparators = ['-', '_', ':', '.'];

    /// <summary>The boilerplate kind named by the element's class or id tokens, if any.</summary>
    public static BoilerplateKind? BoilerplateKindOf(IElement element) => BoilerplateNameOf(element).Kind;

    /// <summary>
    /// The boilerplate kind named by the element's class or id tokens, and whether a whole
    /// name matched ("comments") rather than a part of one ("has-sidebar").
    /// </summary>
    public static (BoilerplateKind? Kind, bool WholeName) BoilerplateNameOf(IElement element)
    {
        var tokens = BoilerplateVocabulary.Shared.Tokens;
        var byId = KindIn(element.GetAttribute("id"), tokens);
        return byId.Kind is not null ? byId : KindIn(element.GetAttribute("class"), tokens);
    }

    /// <summary>Whether the element's class or id names it as an article body container.</summary>
    public static bool IsNamedLikeContent(IElement element) =>
        HasPartIn(element.GetAttribute("class"), ContentParts) || HasPartIn(element.GetAttribute("id"), ContentParts);

    /// <summary>Whether a class marks the element as visually hidden (screen-reader text).</summary>
    public static bool HasHiddenClass(IElement element)
    {
        var value = element.GetAttribute("class");
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        foreach (var name in value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (HiddenClassNames.Contains(name.ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Readability's class weight: +25 for a content name, -25 for a boilerplate name.</summary>
    public static int ClassWeight(IElement element)
    {
        const int Weight = 25;
        if (IsMarkedArticleBody(element))
        {
            return Weight;
        }

        var weight = 0;
        if (BoilerplateKindOf(element) is not null)
        {
            weight -= Weight;
        }

        if (IsNamedLikeContent(element))
        {
            weight += Weight;
        }

        return weight;
    }

    /// <summary>Tokens long enough to be recognised inside a run-together name ("jp-relatedposts"), with their kind.</summary>
    private static readonly KeyValuePair<string, BoilerplateKind>[] LongTokens = LongTokensOf(BoilerplateVocabulary.Shared.Tokens);

    /// <summary>A token must have at least this many letters to be looked for inside a longer name.</summary>
    private const int MinInsideTokenLength = 7;

    /// <summary>
    /// Long tokens, except comment ones: "commentary" is journalism, not a comment thread.
    /// </summary>
    private static KeyValuePair<string, BoilerplateKind>[] LongTokensOf(FrozenDictionary<string, BoilerplateKind> tokens)
    {
        var list = new List<KeyValuePair<string, BoilerplateKind>>();
        foreach (var pair in tokens)
        {
            if (pair.Key.Length >= MinInsideTokenLength && pair.Value != BoilerplateKind.Comments && pair.Key.IndexOfAny(NameSeparators) < 0)
            {
                list.Add(pair);
            }
        }

        return list.ToArray();
    }

    private static BoilerplateKind? LongTokenInside(string name)
    {
        if (name.Length <= MinInsideTokenLength)
        {
            return null;
        }

        foreach (var pair in LongTokens)
        {
            if (name.Contains(pair.Key, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>Marked up as the article body by schema.org microdata (itemprop="articleBody").</summary>
    public static bool IsMarkedArticleBody(IElement element) =>
        string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase);

    private static (BoilerplateKind? Kind, bool WholeName) KindIn(string? value, FrozenDictionary<string, BoilerplateKind> tokens)
    {
        if (string.IsNullOrEmpty(value))
        {
            return (null, false);
        }

        foreach (var raw in value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var name = raw.ToLowerInvariant();
            if (tokens.TryGetValue(name, out var kind))
            {
                return (kind, true);
            }

            if (name.IndexOfAny(NameSeparators) >= 0)
            {
                foreach (var part in name.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (tokens.TryGetValue(part, out kind))
                    {
                        return (kind, false);
                    }
                }
            }

            if (LongTokenInside(name) is { } inside)
            {
                return (inside, false);
            }
        }

        return (null, false);
    }

    private static bool HasPartIn(string? value, FrozenSet<string> parts)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        foreach (var raw in value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var name = raw.ToLowerInvariant();
            if (parts.Contains(name))
            {
                return true;
            }

            foreach (var part in name.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                if (parts.Contains(part))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
