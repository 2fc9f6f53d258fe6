using System.Buffers;
using System.Collections.Frozen;
using FrozenLookup = System.Collections.Frozen.FrozenDictionary<string, int[]>.AlternateLookup<System.ReadOnlySpan<char>>;

namespace ArticleExtract.Classification;

/// <summary>The words of class names, ids, the address and the title, counted by the vocabulary's groups: one word splitter, one group count.</summary>
internal static partial class PageFeatures
{
    /// <summary>Counts the groups of a class or id value's words (those in <paramref name="seen"/> already counted); returns the groups seen.</summary>
    private static ulong WordsOf(string? value, float[] values, FrozenLookup tokens, int offset, ulong seen) =>
        value is null ? seen : CountGroups(value, WordSeparators, tokens, values, offset, seen);

    private static readonly SearchValues<char> WordSeparators = SearchValues.Create(" \t\n\r\f-_");

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
        foreach (var word in new Words(text, separators))
        {
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

    /// <summary>The words of a text between separators, one at a time (empty between two separators in a row).</summary>
    private ref struct Words(ReadOnlySpan<char> text, SearchValues<char> separators)
    {
        private ReadOnlySpan<char> _rest = text;

        public ReadOnlySpan<char> Current { get; private set; }

        public bool MoveNext()
        {
            if (_rest.Length == 0)
            {
                return false;
            }

            var end = _rest.IndexOfAny(separators);
            Current = end < 0 ? _rest : _rest[..end];
            _rest = end < 0 ? [] : _rest[(end + 1)..];
            return true;
        }

        public readonly Words GetEnumerator() => this;
    }

    private static readonly SearchValues<char> HostSeparators = SearchValues.Create(".-");

    private static readonly SearchValues<char> TitleSeparators = SearchValues.Create(" \t\n-–—|:,.!?()[]/&\"'“”‘’·»«");

    private static readonly SearchValues<char> AddressSeparators = SearchValues.Create("-_.=+,");
}
