using System.Collections.Frozen;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Text;

/// <summary>
/// A shared primitive: a table of lower-case words, each with a value (not 0), keyed by the word hash
/// the word reader computes anyway (<see cref="WordReader.NextHashed"/>, <see cref="PageWords.HashOf"/>):
/// one lookup per word of a page without hashing the word a second time, and most words turned away
/// by their length or a bit filter before any probe. Immutable once built.
/// </summary>
/// <remarks>
/// The plain version of the same lookup is <see cref="ReferenceValueOf"/> (a dictionary of the words);
/// a test checks that both agree on every word of every page of the shared corpus.
/// </remarks>
internal sealed class WordTable
{
    /// <summary>The table has at least this many slots per word (few probes, fewer still for words that are not in it).</summary>
    private const int SlotsPerWord = 2;

    /// <summary>The filter has about this many bits per word (about one false yes in sixty) ...</summary>
    private const int FilterBitsPerWord = 64;

    /// <summary>... and at most this many (8 KiB).</summary>
    private const int MaxFilterBits = 1 << 16;

    /// <summary>The stopwords of the shipped vocabulary with their language masks, built once.</summary>
    private static readonly WordTable SharedStopwords = new(BoilerplateVocabulary.Shared.StopwordLanguageMasks);

    /// <summary>The words and their values, as given (the reference lookup).</summary>
    private readonly FrozenDictionary<string, uint> _words;

    /// <summary>The slots; a slot holds a word, its hash and its value side by side (one memory access per probe).</summary>
    private readonly Entry[] _entries;
    private readonly int _slotMask;

    /// <summary>The length of the longest word: a longer word is not in the table, without a probe.</summary>
    private readonly int _longestWord;

    /// <summary>A bit for the low bits of each word's hash: a word whose bit is clear is not in the table, without a probe.</summary>
    private readonly BitFilter _hashBits;

    private WordTable(FrozenDictionary<string, uint> words)
    {
        _words = words;
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, words.Count * SlotsPerWord));
        _entries = new Entry[size];
        _slotMask = size - 1;
        _hashBits = new BitFilter(Math.Min(MaxFilterBits, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, words.Count * FilterBitsPerWord))));
        foreach (var (word, value) in words)
        {
            if (value == 0)
            {
                throw new ArgumentException($"The value of '{word}' is 0, which stands for a word not in the table.", nameof(words));
            }

            var hash = PageWords.HashOf(word);
            var slot = (int)hash & _slotMask;
            while (_entries[slot].Word is not null)
            {
                slot = (slot + 1) & _slotMask;
            }

            _entries[slot] = new Entry(word, hash, value);
            _hashBits.Add(hash);
            _longestWord = Math.Max(_longestWord, word.Length);
        }
    }

    /// <summary>The stopwords of a vocabulary, each with its language mask (<see cref="BoilerplateVocabulary.StopwordLanguageMasks"/>): the shipped one's built once, any other's on each call.</summary>
    public static WordTable Stopwords(BoilerplateVocabulary vocabulary) =>
        ReferenceEquals(vocabulary, BoilerplateVocabulary.Shared) ? SharedStopwords : new WordTable(vocabulary.StopwordLanguageMasks);

    /// <summary>A table of a set of lower-case words; each word's value is its number (from 1) in the set, so that different words have different values.</summary>
    public static WordTable Of(FrozenSet<string> words) =>
        new(words.Items.Select((word, i) => KeyValuePair.Create(word, (uint)i + 1)).ToFrozenDictionary(StringComparer.Ordinal));

    /// <summary>The value of a lower-case word whose hash is <paramref name="hash"/>; 0 when it is not in the table.</summary>
    /// <remarks>Inlined into the word loops: most words are turned away by the length or the filter, without a call.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public uint ValueOf(ReadOnlySpan<char> lowerWord, uint hash) =>
        lowerWord.Length > _longestWord || !_hashBits.MayContain(hash) ? 0 : Probe(lowerWord, hash);

    /// <summary>
    /// The value of the word that begins at <paramref name="start"/> in <paramref name="text"/>, whose
    /// hash the word reader gave (<see cref="PageWords.HashesOf"/>); the word is read again only when
    /// the filter lets its hash through.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public uint ValueAt(ReadOnlySpan<char> text, int start, uint hash) =>
        _hashBits.MayContain(hash) ? ReadAndProbe(text[start..], hash) : 0;

    /// <summary>Reads the word at the start of the text and looks it up.</summary>
    private uint ReadAndProbe(ReadOnlySpan<char> text, uint hash)
    {
        Span<char> lower = stackalloc char[WordReader.MaxWordLength];
        var reader = new WordReader(text);
        return reader.Next(lower, out var length) ? ValueOf(lower[..length], hash) : 0;
    }

    /// <summary>The same as <see cref="ValueOf"/>, plainly: a dictionary lookup of the word.</summary>
    public uint ReferenceValueOf(ReadOnlySpan<char> lowerWord) =>
        _words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lowerWord, out var value) ? value : 0;

    /// <summary>The value of a word that passed the filter, from the table (0 when it is not there after all).</summary>
    private uint Probe(ReadOnlySpan<char> lowerWord, uint hash)
    {
        for (var slot = (int)hash & _slotMask; _entries[slot].Word is { } word; slot = (slot + 1) & _slotMask)
        {
            if (_entries[slot].Hash == hash && lowerWord.SequenceEqual(word))
            {
                return _entries[slot].Value;
            }
        }

        return 0;
    }

    private readonly record struct Entry(string? Word, uint Hash, uint Value);
}
