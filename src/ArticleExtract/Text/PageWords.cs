using System.Collections.Immutable;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Text;

/// <summary>
/// The words of a page, read once (stage 2) for both the language guess and the block features
/// (stage 3): for each word, the languages whose stopword list holds it, as a bit mask (one lookup
/// per word tells them all); for each block, where its words are and how many begin with a letter
/// and with a capital.
/// </summary>
internal sealed class PageWords
{
    /// <summary>Cancellation is checked once every this many blocks (a power of two minus one, used as a mask).</summary>
    private const int CancellationCheckMask = 1023;

    /// <summary>The starting value of the FNV-1a hash (32 bits).</summary>
    private const uint FnvOffsetBasis = 2166136261;

    /// <summary>The multiplier of the FNV-1a hash (32 bits).</summary>
    private const uint FnvPrime = 16777619;

    /// <summary>Characters per word in prose, spaces and punctuation included (about six in English; fewer words means no regrowth).</summary>
    private const int CharactersPerWord = 5;

    private readonly uint[] _masks;
    private readonly uint[] _hashes;
    private readonly int[] _starts;
    private readonly int _count;
    private readonly int[] _firstWord;
    private readonly int[] _alphabetic;
    private readonly int[] _capitalized;

    private PageWords(ImmutableArray<string> languages, uint[] masks, uint[] hashes, int[] starts, int count, int[] firstWord, int[] alphabetic, int[] capitalized)
    {
        Languages = languages;
        _masks = masks;
        _hashes = hashes;
        _starts = starts;
        _count = count;
        _firstWord = firstWord;
        _alphabetic = alphabetic;
        _capitalized = capitalized;
    }

    /// <summary>The languages of the vocabulary's stopword lists: bit <c>i</c> of a mask stands for the <c>i</c>-th.</summary>
    public ImmutableArray<string> Languages { get; }

    /// <summary>The stopword-language masks of all the words of the page, in order (0 for a word that is no stopword).</summary>
    public ReadOnlySpan<uint> Masks => _masks.AsSpan(0, _count);

    public static PageWords Read(IReadOnlyList<TextBlock> blocks, BoilerplateVocabulary vocabulary, CancellationToken cancellationToken)
    {
        var stopwords = WordTable.Stopwords(vocabulary);
        var masks = new uint[EstimatedWords(blocks)];
        var hashes = new uint[masks.Length];
        var starts = new int[masks.Length];
        var count = 0;
        var firstWord = new int[blocks.Count + 1];
        var alphabetic = new int[blocks.Count];
        var capitalized = new int[blocks.Count];
        Span<char> lower = stackalloc char[WordReader.MaxWordLength];
        for (var i = 0; i < blocks.Count; i++)
        {
            firstWord[i] = count;
            var text = blocks[i].Clean.AsSpan();
            var reader = new WordReader(text);
            int letters = 0, capitals = 0;
            while (reader.NextHashed(lower, out var length, out var hash))
            {
                if (count == masks.Length)
                {
                    Array.Resize(ref masks, masks.Length * 2);
                    Array.Resize(ref hashes, masks.Length);
                    Array.Resize(ref starts, masks.Length);
                }

                var word = lower[..length];
                hashes[count] = hash;
                starts[count] = reader.WordStart;
                masks[count++] = stopwords.ValueOf(word, hash);

                // The case of the word's first character, in the text as written (a capital is a letter).
                var first = text[reader.WordStart];
                letters += char.IsLetter(first) ? 1 : 0;
                capitals += char.IsUpper(first) ? 1 : 0;
            }

            (alphabetic[i], capitalized[i]) = (letters, capitals);

            if ((i & CancellationCheckMask) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        firstWord[blocks.Count] = count;
        return new PageWords(vocabulary.StopwordLanguages, masks, hashes, starts, count, firstWord, alphabetic, capitalized);
    }

    /// <summary>A hash of a lower-case word (FNV-1a), kept for each word so that later stages can look for words without reading the text again.</summary>
    public static uint HashOf(ReadOnlySpan<char> lowerWord)
    {
        var hash = EmptyHash;
        foreach (var c in lowerWord)
        {
            hash = HashStep(hash, c);
        }

        return hash;
    }

    /// <summary>The hash (<see cref="HashOf"/>) of the empty word.</summary>
    public const uint EmptyHash = FnvOffsetBasis;

    /// <summary>The hash of a word extended by one more lower-case character.</summary>
    public static uint HashStep(uint hash, char lower) => (hash ^ lower) * FnvPrime;

    /// <summary>The stopword-language masks of the words of one block.</summary>
    public ReadOnlySpan<uint> MasksOf(int block) => _masks.AsSpan(_firstWord[block], _firstWord[block + 1] - _firstWord[block]);

    /// <summary>The hashes (<see cref="HashOf"/>) of the lower-case words of one block.</summary>
    public ReadOnlySpan<uint> HashesOf(int block) => _hashes.AsSpan(_firstWord[block], _firstWord[block + 1] - _firstWord[block]);

    /// <summary>Where the words of one block begin in its clean text.</summary>
    public ReadOnlySpan<int> StartsOf(int block) => _starts.AsSpan(_firstWord[block], _firstWord[block + 1] - _firstWord[block]);

    /// <summary>The words of one block, to look up in a <see cref="WordTable"/> without reading the text again.</summary>
    public BlockWords WordsOf(TextBlock block) => new(block.Clean, HashesOf(block.Index), StartsOf(block.Index));

    /// <summary>The number of words of a block that begin with a letter.</summary>
    public int AlphabeticOf(int block) => _alphabetic[block];

    /// <summary>The number of words of a block that begin with a capital letter.</summary>
    public int CapitalizedOf(int block) => _capitalized[block];

    /// <summary>The bit of a language in the masks.</summary>
    public uint BitOf(string language)
    {
        var index = Languages.IndexOf(language);
        return index < 0 ? throw new ArgumentException($"No stopword list for '{language}'.", nameof(language)) : 1u << index;
    }

    /// <summary>A first guess at the number of words (about one per <see cref="CharactersPerWord"/> characters), grown when short.</summary>
    private static int EstimatedWords(IReadOnlyList<TextBlock> blocks)
    {
        var characters = 0;
        foreach (var block in blocks)
        {
            characters += block.Clean.Length;
        }

        return Math.Max(1, characters / CharactersPerWord);
    }
}

/// <summary>The words of one block as stage 2 read them: the block's clean text, each word's hash and where it begins.</summary>
internal readonly ref struct BlockWords(ReadOnlySpan<char> text, ReadOnlySpan<uint> hashes, ReadOnlySpan<int> starts)
{
    /// <summary>The number of words.</summary>
    public int Count => _hashes.Length;

    private readonly ReadOnlySpan<char> _text = text;
    private readonly ReadOnlySpan<uint> _hashes = hashes;
    private readonly ReadOnlySpan<int> _starts = starts;

    /// <summary>The value of the <paramref name="word"/>-th word in a table (0 when it is not there).</summary>
    public uint ValueIn(WordTable table, int word) => table.ValueAt(_text, _starts[word], _hashes[word]);
}
