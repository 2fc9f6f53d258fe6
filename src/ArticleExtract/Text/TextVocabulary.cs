using System.Buffers;
using System.Collections.Frozen;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Text;

/// <summary>
/// The boilerplate vocabulary as the text stages look it up: by a span of text, normalised into a
/// buffer (<see cref="WriteKey"/>) rather than into a new string per lookup, and with lower-casing
/// by table (<see cref="LowerCase"/>). Built once for the shipped vocabulary (<see cref="For"/>); lookups give the same answers as
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

    /// <summary>
    /// The first two characters of the keys of each dictionary: a text whose key begins otherwise
    /// is none of them, and is neither written out nor hashed (most lines of a page).
    /// </summary>
    private readonly KeyStarts _phraseStarts;
    private readonly KeyStarts _labelStarts;
    private readonly KeyStarts _placeholderStarts;

    /// <summary>The lookups of the shipped vocabulary, built once (they are immutable).</summary>
    private static readonly TextVocabulary SharedLookups = new(BoilerplateVocabulary.Shared);

    public TextVocabulary(BoilerplateVocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        _phrases = vocabulary.Phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _labels = vocabulary.Labels.GetAlternateLookup<ReadOnlySpan<char>>();
        _placeholders = vocabulary.Placeholders.GetAlternateLookup<ReadOnlySpan<char>>();
        _stopwords = vocabulary.StopwordLanguageMasks.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestPhrase = LongestKey(vocabulary.Phrases.Keys);
        _longestLabel = LongestKey(vocabulary.Labels.Keys);
        _phraseStarts = new KeyStarts(vocabulary.Phrases.Keys);
        _labelStarts = new KeyStarts(vocabulary.Labels.Keys);
        _placeholderStarts = new KeyStarts(vocabulary.Placeholders.Keys);
    }

    public BoilerplateVocabulary Vocabulary { get; }

    /// <summary>The lookups for a vocabulary: the shipped one's are built once, any other's on each call.</summary>
    public static TextVocabulary For(BoilerplateVocabulary vocabulary) =>
        ReferenceEquals(vocabulary, BoilerplateVocabulary.Shared) ? SharedLookups : new TextVocabulary(vocabulary);

    /// <summary>The kind of a whole-block phrase, looked up by a key already normalised.</summary>
    public bool TryGetPhraseByKey(ReadOnlySpan<char> key, out BoilerplateKind kind) => TryGetByKey(_phrases, _phraseStarts, key, out kind);

    /// <summary>The kind of a label, looked up by a key already normalised.</summary>
    public bool TryGetLabelByKey(ReadOnlySpan<char> key, out BoilerplateKind kind) => TryGetByKey(_labels, _labelStarts, key, out kind);

    /// <summary>How the placeholders begin ("spot_img", "loading"): a key that begins otherwise is none, nor a repetition of one.</summary>
    public KeyStarts PlaceholderStarts => _placeholderStarts;

    /// <summary>The kind of a placeholder, looked up by a key already normalised.</summary>
    public bool TryGetPlaceholderByKey(ReadOnlySpan<char> key, out BoilerplateKind kind) => TryGetByKey(_placeholders, _placeholderStarts, key, out kind);

    /// <summary>The kind of the phrase <paramref name="text"/> is once normalised.</summary>
    public bool TryGetPhrase(ReadOnlySpan<char> text, out BoilerplateKind kind) => TryGet(_phrases, _phraseStarts, _longestPhrase, text, out kind);

    /// <summary>The kind of the label <paramref name="text"/> is once normalised.</summary>
    public bool TryGetLabel(ReadOnlySpan<char> text, out BoilerplateKind kind) => TryGet(_labels, _labelStarts, _longestLabel, text, out kind);

    /// <summary>A lower-case word is a stopword of some language of the vocabulary.</summary>
    public bool IsStopwordOfAnyLanguage(ReadOnlySpan<char> lowerWord) => _stopwords.ContainsKey(lowerWord);

    /// <summary>
    /// Writes <paramref name="text"/> in the vocabulary's normal form (as <see cref="BoilerplateVocabulary.Normalize"/>
    /// does: leading and trailing punctuation trimmed, whitespace collapsed, lower case) into
    /// <paramref name="destination"/>; returns the length written, or -1 when the key is longer than the
    /// destination (never when the destination is as long as the text).
    /// </summary>
    public static int WriteKey(ReadOnlySpan<char> text, Span<char> destination) => BoilerplateVocabulary.WriteKey(text, destination);

    /// <summary>The key of <paramref name="text"/> as a string (for the rare lookups that need one).</summary>
    public static string Key(ReadOnlySpan<char> text)
    {
        var buffer = new char[text.Length];
        return new string(buffer, 0, WriteKey(text, buffer));
    }

    /// <summary>What <see cref="BoilerplateVocabulary.Normalize"/> trims from the ends (the same set: a test compares the two).</summary>

    /// <summary>Looks up the key of <paramref name="text"/>, written out only as far as <paramref name="longest"/> characters.</summary>
    private static bool TryGet<TValue>(FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> lookup, KeyStarts starts, int longest, ReadOnlySpan<char> text, out TValue value)
    {
        // The key begins with the first character that is not trimmed, lower-cased, then the next one
        // (a space for any white space); an empty key is looked up as usual.
        if (TryGetKeyStart(text, out var first, out var second) && !starts.MayBegin(first, second))
        {
            value = default!;
            return false;
        }

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

    /// <summary>Looks up a key already normalised, unless no key of the dictionary begins as it does.</summary>
    private static bool TryGetByKey(FrozenDictionary<string, BoilerplateKind>.AlternateLookup<ReadOnlySpan<char>> lookup, KeyStarts starts, ReadOnlySpan<char> key, out BoilerplateKind kind)
    {
        if (!key.IsEmpty && !starts.MayBegin(key[0], key.Length > 1 ? key[1] : KeyStarts.NoCharacter))
        {
            kind = default;
            return false;
        }

        return lookup.TryGetValue(key, out kind);
    }

    /// <summary>
    /// The first two characters of the key of <paramref name="text"/> without writing it:
    /// the first character that is not trimmed, lower-cased, then the next one (a space for white
    /// space, which collapses to one space inside a key) unless the rest is trimmed, else
    /// <see cref="KeyStarts.NoCharacter"/>. False when the key is empty.
    /// </summary>
    internal static bool TryGetKeyStart(ReadOnlySpan<char> text, out char first, out char second)
    {
        first = second = KeyStarts.NoCharacter;
        var start = FirstKept(text);
        if (start < 0)
        {
            return false;
        }

        first = LowerCase.Of(text[start]);
        var rest = text[(start + 1)..];
        if (FirstKept(rest) >= 0)
        {
            second = char.IsWhiteSpace(rest[0]) ? ' ' : LowerCase.Of(rest[0]);
        }

        return true;
    }

    /// <summary>Where the first character that <see cref="WriteKey"/> keeps is (-1 when it keeps none).</summary>
    internal static int FirstKept(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!BlockFacts.IsTrimmed(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The length of the longest of <paramref name="keys"/> (0 when there is none).</summary>
    internal static int LongestKey(IEnumerable<string> keys)
    {
        var longest = 0;
        foreach (var key in keys)
        {
            longest = Math.Max(longest, key.Length);
        }

        return longest;
    }
}

/// <summary>
/// A filter on the first two characters of the keys of a dictionary (a bit per hash of the pair):
/// when it says no, no key begins so; when it says yes, one may. Immutable once built.
/// </summary>
internal sealed class KeyStarts
{
    /// <summary>Stands for the second character of a key one character long.</summary>
    public const char NoCharacter = '\0';

    /// <summary>The number of bits of the filter (a power of two: 8 KiB, few false yeses for a few thousand keys).</summary>
    private const int Bits = 1 << 16;

    private readonly BitFilter _filter = new(Bits);

    /// <summary>A filter of the first two characters of <paramref name="keys"/>.</summary>
    public KeyStarts(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (key.Length > 0)
            {
                _filter.Add(BitOf(key[0], key.Length > 1 ? key[1] : NoCharacter));
            }
        }
    }

    /// <summary>Some key may begin with <paramref name="first"/> then <paramref name="second"/> (<see cref="NoCharacter"/> for a key of one character).</summary>
    public bool MayBegin(char first, char second) => _filter.MayContain(BitOf(first, second));

    private static uint BitOf(char first, char second) => ((uint)first * 31) + second;
}
