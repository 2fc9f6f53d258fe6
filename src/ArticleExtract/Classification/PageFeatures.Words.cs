using System.Buffers;
using System.Collections.Frozen;
using FrozenLookup = System.Collections.Frozen.FrozenDictionary<string, int[]>.AlternateLookup<System.ReadOnlySpan<char>>;

using ArticleExtract.Profiles;

namespace ArticleExtract.Classification;

/// <summary>The words of class names, ids, the address and the title, counted by the vocabulary's groups: one word splitter, one group count.</summary>
internal static partial class PageFeatures
{
    /// <summary>Counts the groups of a class or id value's words (those in <paramref name="seen"/> already counted); returns the groups seen.</summary>
    private static ulong WordsOf(string? value, float[] values, FrozenLookup tokens, int offset, ulong seen) =>
        value is null ? seen : CountGroups(value, NameWords.Separators, tokens, values, offset, seen);

    /// <summary>Counts each group of the words of <paramref name="text"/> once.</summary>
    private static void CountWords(string text, SearchValues<char> separators, FrozenDictionary<string, int[]> words, float[] values, int offset) =>
        CountGroups(text, separators, words.GetAlternateLookup<ReadOnlySpan<char>>(), values, offset, 0UL);

    /// <summary>
    /// Counts the groups of the words of <paramref name="text"/> that <paramref name="words"/>
    /// holds, each group once: a group already in <paramref name="seen"/> (a bit per group) is not
    /// counted again. Returns the groups seen so far.
    /// </summary>
    private static ulong CountGroups(ReadOnlySpan<char> text, SearchValues<char> separators, FrozenLookup words, float[] values, int offset, ulong seen)
    {
        foreach (var range in text.SplitAny(separators))
        {
            var word = text[range];
            if (word.Length == 0 || !words.TryGetValue(word, out var groups))
            {
                continue;
            }

            foreach (var group in groups)
            {
                var bit = 1UL << group;
                if ((seen & bit) == 0)
                {
                    seen |= bit;
                    values[offset + group]++;
                }
            }
        }

        return seen;
    }

    private static readonly SearchValues<char> HostSeparators = SearchValues.Create(".-");

    private static readonly SearchValues<char> TitleSeparators = SearchValues.Create(" \t\n-–—|:,.!?()[]/&\"'“”‘’·»«");

    private static readonly SearchValues<char> AddressSeparators = SearchValues.Create("-_.=+,");
}
