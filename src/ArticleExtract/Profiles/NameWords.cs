using System.Buffers;
using System.Collections.Frozen;

namespace ArticleExtract.Profiles;

/// <summary>
/// The words of a class or id value as the profiles read them: split at white space, "-" and "_"
/// ("product-tab__panel" is "product", "tab", "panel"), a name also without a platform's short
/// prefix ("ipsQuote" is also "Quote"), compared without case.
/// </summary>
internal static class NameWords
{
    /// <summary>What separates the words of a class or id value (the page features split them the same way).</summary>
    internal static readonly SearchValues<char> Separators = SearchValues.Create(" \t\n\r\f-_");

    /// <summary>The value of the first word of <paramref name="value"/> that <paramref name="words"/> holds, or false.</summary>
    public static bool TryFind<T>(string? value, FrozenDictionary<string, T> words, out T found)
    {
        found = default!;
        if (string.IsNullOrEmpty(value) || words.Count == 0)
        {
            return false;
        }

        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in value.AsSpan().SplitAny(Separators))
        {
            var name = value.AsSpan()[range];
            if (name.Length > 0 && lookup.TryGetValue(name, out var match))
            {
                found = match;
                return true;
            }

            if (WithoutPrefix(name) is { IsEmpty: false } word && lookup.TryGetValue(word, out match))
            {
                found = match;
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of <paramref name="value"/> is one of <paramref name="words"/>.</summary>
    public static bool Contains(string? value, FrozenSet<string> words)
    {
        if (string.IsNullOrEmpty(value) || words.Count == 0)
        {
            return false;
        }

        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in value.AsSpan().SplitAny(Separators))
        {
            var name = value.AsSpan()[range];
            if (name.Length > 0 && lookup.Contains(name))
            {
                return true;
            }

            if (WithoutPrefix(name) is { IsEmpty: false } word && lookup.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A platform's prefix before a name in camel case has at most this many letters ("ips" of "ipsQuote").</summary>
    private static readonly int MaxPrefixLength = ArticleExtract.Html.HtmlRules.Shared.Integer("MaxNamePrefixLength");

    /// <summary>
    /// The name without the platform's prefix a forum or page builder writes before every name in
    /// camel case ("ipsQuote" is "Quote", "cPost" is "Post"): a few small letters, then a capital.
    /// Empty when the name has no such prefix; a longer head is a word of the name ("selectToQuote"
    /// is a script's hook, not a quote).
    /// </summary>
    private static ReadOnlySpan<char> WithoutPrefix(ReadOnlySpan<char> name)
    {
        for (var i = 1; i < name.Length && i <= MaxPrefixLength; i++)
        {
            if (char.IsUpper(name[i]))
            {
                return name[i..];
            }

            if (!char.IsLower(name[i]) || !char.IsLower(name[0]))
            {
                break;
            }
        }

        return default;
    }
}
