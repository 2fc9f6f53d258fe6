using System.Buffers;
using System.Collections.Frozen;

namespace ArticleExtract.Profiles;

/// <summary>
/// The words of a class or id value as the profiles read them: split at white space, "-" and "_"
/// ("product-tab__panel" is "product", "tab", "panel"), compared without case.
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
            if (range.Start.Value != range.End.Value && lookup.TryGetValue(value.AsSpan()[range], out var match))
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
            if (range.Start.Value != range.End.Value && lookup.Contains(value.AsSpan()[range]))
            {
                return true;
            }
        }

        return false;
    }
}
