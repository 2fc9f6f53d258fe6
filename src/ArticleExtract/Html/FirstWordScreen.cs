using System.Collections.Frozen;
using ArticleExtract.Text;

namespace ArticleExtract.Html;

/// <summary>
/// A screen in front of a search for phrases as whole words (a match starts and ends where a
/// letter or digit does not go on): such a phrase can only be found where a word of the text,
/// a whole run of letters and digits, is the phrase's own first word. Most short blocks have no
/// such word, and one hash per word says so. Built once from a fixed list of phrases; then read only.
/// </summary>
internal sealed class FirstWordScreen
{
    /// <summary>The bits of the word-hash filter (a power of two): few words of a block share one with a first word.</summary>
    private const int Bits = 4096;

    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    private readonly BitFilter _filter = new(Bits);
    private readonly FrozenSet<string> _words;

    private FirstWordScreen(FrozenSet<string> words)
    {
        _words = words;
        foreach (var word in words)
        {
            _filter.Add(Hash(word));
        }
    }

    /// <summary>
    /// The screen of <paramref name="phrases"/>, or <c>null</c> when one of them does not begin
    /// with a letter or digit (it has no first word to screen by).
    /// </summary>
    public static FirstWordScreen? For(IEnumerable<string> phrases)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            var length = WordLength(phrase);
            if (length == 0)
            {
                return null;
            }

            words.Add(phrase[..length]);
        }

        return new FirstWordScreen(words.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>Whether a word of the text is the first word of a phrase; false means no phrase is in the text as whole words.</summary>
    public bool MayHold(ReadOnlySpan<char> text)
    {
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            var length = WordLength(text[i..]);
            if (length == 0)
            {
                i++;
                continue;
            }

            var word = text.Slice(i, length);
            if (_filter.MayContain(Hash(word)) && lookup.Contains(word))
            {
                return true;
            }

            i += length;
        }

        return false;
    }

    /// <summary>The length of the run of letters and digits the text starts with (what ends a whole-word match).</summary>
    private static int WordLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && char.IsLetterOrDigit(text[length]))
        {
            length++;
        }

        return length;
    }

    /// <summary>FNV-1a over the characters (its low bits address the filter).</summary>
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = FnvOffset;
        foreach (var c in word)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash ^ (hash >> 16);
    }
}
