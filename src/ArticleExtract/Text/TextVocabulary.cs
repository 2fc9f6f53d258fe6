using System.Buffers;
using System.Collections.Frozen;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Text;

/// <summary>
/// The boilerplate vocabulary as the text stages look it up: by a span of text, normalised into a
/// buffer (<see cref="WriteKey"/>) rather than into a new string per lookup, and with lower-casing
/// by table (<see cref="LowerCase"/>). One per extraction; lookups give the same answers as
/// <see cref="BoilerplateVocabulary.Normalize"/> followed by the dictionaries' own lookups.
/// </summary>
internal sealed class TextVocabulary
{
    /// <summary>Keys of texts up to this long are normalised on the stack; longer ones in a rented buffer.</summary>
    private const int StackKeyLength = 256;

    private readonly FrozenDictionary<string, BoilerplateKind>.AlternateLookup<ReadOnlySpan<char>> _phrases;
    private readonly FrozenDictionary<string, BoilerplateKind>.AlternateLookup<ReadOnlySpan<char>> _labels;
    private readonly FrozenDictionary<string, BoilerplateKind>.AlternateLookup<ReadOnlySpan<char>> _placeholders;
    private readonly FrozenDictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> _stopwords;

    /// <summary>The longest phrase and the longest label: a longer key is none, and is not written out in full.</summary>
    private readonly int _longestPhrase;
    private readonly int _longestLabel;

    public TextVocabulary(BoilerplateVocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        _phrases = vocabulary.Phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _labels = vocabulary.Labels.GetAlternateLookup<ReadOnlySpan<char>>();
        _placeholders = vocabulary.Placeholders.GetAlternateLookup<ReadOnlySpan<char>>();
        _stopwords = vocabulary.StopwordLanguageMasks.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestPhrase = LongestKey(vocabulary.Phrases.Keys);
        _longestLabel = LongestKey(vocabulary.Labels.Keys);
    }

    public BoilerplateVocabulary Vocabulary { get; }

    /// <summary>The kind of a whole-block phrase, looked up by a key already normalised.</summary>
    public bool TryGetPhraseByKey(ReadOnlySpan<char> key, out BoilerplateKind kind) => _phrases.TryGetValue(key, out kind);

    /// <summary>The kind of a label, looked up by a key already normalised.</summary>
    public bool TryGetLabelByKey(ReadOnlySpan<char> key, out BoilerplateKind kind) => _labels.TryGetValue(key, out kind);

    /// <summary>The kind of a placeholder, looked up by a key already normalised.</summary>
    public bool TryGetPlaceholderByKey(ReadOnlySpan<char> key, out BoilerplateKind kind) => _placeholders.TryGetValue(key, out kind);

    /// <summary>The kind of the phrase <paramref name="text"/> is once normalised.</summary>
    public bool TryGetPhrase(ReadOnlySpan<char> text, out BoilerplateKind kind) => TryGet(_phrases, _longestPhrase, text, out kind);

    /// <summary>The kind of the label <paramref name="text"/> is once normalised.</summary>
    public bool TryGetLabel(ReadOnlySpan<char> text, out BoilerplateKind kind) => TryGet(_labels, _longestLabel, text, out kind);

    /// <summary>A lower-case word is a stopword of some language of the vocabulary.</summary>
    public bool IsStopwordOfAnyLanguage(ReadOnlySpan<char> lowerWord) => _stopwords.ContainsKey(lowerWord);

    /// <summary>
    /// Writes <paramref name="text"/> in the vocabulary's normal form (as <see cref="BoilerplateVocabulary.Normalize"/>
    /// does: leading and trailing punctuation trimmed, whitespace collapsed, lower case) into
    /// <paramref name="destination"/>; returns the length written, or -1 when the key is longer than the
    /// destination (never when the destination is as long as the text).
    /// </summary>
    public static int WriteKey(ReadOnlySpan<char> text, Span<char> destination)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsTrimmable(text[start]))
        {
            start++;
        }

        while (end > start && IsTrimmable(text[end - 1]))
        {
            end--;
        }

        var length = 0;
        var lastWasSpace = false;
        foreach (var c in text[start..end])
        {
            var collapsed = char.IsWhiteSpace(c);
            if (collapsed && lastWasSpace)
            {
                continue;
            }

            if (length == destination.Length)
            {
                return -1;
            }

            destination[length++] = collapsed ? ' ' : LowerCase.Of(c);
            lastWasSpace = collapsed;
        }

        return length;
    }

    /// <summary>The key of <paramref name="text"/> as a string (for the rare lookups that need one).</summary>
    public static string Key(ReadOnlySpan<char> text)
    {
        var buffer = new char[text.Length];
        return new string(buffer, 0, WriteKey(text, buffer));
    }

    /// <summary>What <see cref="BoilerplateVocabulary.Normalize"/> trims from the ends (the same set: a test compares the two).</summary>
    private static bool IsTrimmable(char c) =>
        char.IsWhiteSpace(c) || c is '-' or '–' or '—' or ':' or '|' or '•' or '·' or '*' or '>' or '»' or '«' or '.' or '…' or '(' or ')' or '[' or ']';

    /// <summary>Looks up the key of <paramref name="text"/>, written out only as far as <paramref name="longest"/> characters.</summary>
    private static bool TryGet<TValue>(FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> lookup, int longest, ReadOnlySpan<char> text, out TValue value)
    {
        var size = Math.Min(text.Length, longest);
        char[]? rented = null;
        var buffer = size <= StackKeyLength ? stackalloc char[size] : (rented = ArrayPool<char>.Shared.Rent(size));
        var length = WriteKey(text, buffer[..size]);
        value = default!;
        var found = length >= 0 && lookup.TryGetValue(buffer[..length], out value!);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return found;
    }

    private static int LongestKey(IEnumerable<string> keys)
    {
        var longest = 0;
        foreach (var key in keys)
        {
            longest = Math.Max(longest, key.Length);
        }

        return longest;
    }
}
