using System.Collections.Frozen;

namespace ArticleExtract.Profiles;

/// <summary>
/// The words of a class or id value as the profiles read them: split at white space, "-" and "_"
/// ("product-tab__panel" is "product", "tab", "panel"), compared without case.
/// </summary>
internal static class NameWords
{
    private const string Separators = " \t\n\r\f-_";

    /// <summary>The value of the first word of <paramref name="value"/> that <paramref name="words"/> holds, or false.</summary>
    public static bool TryFind<T>(string? value, FrozenDictionary<string, T> words, out T found)
    {
        found = default!;
        if (string.IsNullOrEmpty(value) || words.Count == 0)
        {
            return false;
        }

        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var rest = value.AsSpan();
        while (rest.Length > 0)
        {
            var end = rest.IndexOfAny(Separators);
            var word = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (word.Length > 0 && lookup.TryGetValue(word, out var match))
            {
                found = match;
                return true;
            }
        }

        return false;
    }
}
