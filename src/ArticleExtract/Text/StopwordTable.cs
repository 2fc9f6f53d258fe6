using ArticleExtract.Vocabulary;

namespace ArticleExtract.Text;

/// <summary>
/// The stopwords of every language with their language masks
/// (<see cref="BoilerplateVocabulary.StopwordLanguageMasks"/>), in an open-addressing table keyed by
/// the word hash stage 2 computes anyway (<see cref="PageWords.HashOf"/>): one lookup per word of
/// the page, without hashing the word a second time. Immutable once built.
/// </summary>
internal sealed class StopwordTable
{
    /// <summary>The table has at least this many slots per word (few probes, fewer still for words that are no stopword).</summary>
    private const int SlotsPerWord = 2;

    /// <summary>The table of the shipped vocabulary, built once.</summary>
    private static readonly StopwordTable SharedTable = new(BoilerplateVocabulary.Shared);

    /// <summary>The slots; a slot holds a word, its hash and its mask side by side (one memory access per probe).</summary>
    private readonly Entry[] _entries;
    private readonly int _slotMask;

    /// <summary>The length of the longest stopword: a longer word is no stopword, without a probe.</summary>
    private readonly int _longestWord;

    /// <summary>The number of bits of <see cref="_hashBits"/> (a power of two: 8 KiB, about one false yes in fifty for a thousand stopwords).</summary>
    private const int HashBits = 1 << 16;

    /// <summary>A bit for the low bits of each stopword's hash: a word whose bit is clear is no stopword, without a probe of the table.</summary>
    private readonly BitFilter _hashBits = new(HashBits);

    private StopwordTable(BoilerplateVocabulary vocabulary)
    {
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, vocabulary.StopwordLanguageMasks.Count * SlotsPerWord));
        _entries = new Entry[size];
        _slotMask = size - 1;
        foreach (var (word, mask) in vocabulary.StopwordLanguageMasks)
        {
            var hash = PageWords.HashOf(word);
            var slot = (int)hash & _slotMask;
            while (_entries[slot].Word is not null)
            {
                slot = (slot + 1) & _slotMask;
            }

            _entries[slot] = new Entry(word, hash, mask);
            _hashBits.Add(hash);
            _longestWord = Math.Max(_longestWord, word.Length);
        }
    }

    /// <summary>The table for a vocabulary: the shipped one's is built once, any other's on each call.</summary>
    public static StopwordTable For(BoilerplateVocabulary vocabulary) =>
        ReferenceEquals(vocabulary, BoilerplateVocabulary.Shared) ? SharedTable : new StopwordTable(vocabulary);

    /// <summary>The language mask of a lower-case word whose hash is <paramref name="hash"/>; 0 when it is no stopword.</summary>
    /// <remarks>Inlined into the word loop: most words are turned away by the length or the filter, without a call.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public uint MaskOf(ReadOnlySpan<char> lowerWord, uint hash) =>
        lowerWord.Length > _longestWord || !_hashBits.MayContain(hash) ? 0 : Probe(lowerWord, hash);

    /// <summary>The mask of a word that passed the filter, from the table (0 when it is not there after all).</summary>
    private uint Probe(ReadOnlySpan<char> lowerWord, uint hash)
    {
        for (var slot = (int)hash & _slotMask; _entries[slot].Word is { } word; slot = (slot + 1) & _slotMask)
        {
            if (_entries[slot].Hash == hash && lowerWord.SequenceEqual(word))
            {
                return _entries[slot].Mask;
            }
        }

        return 0;
    }

    private readonly record struct Entry(string? Word, uint Hash, uint Mask);
}
