using System.Collections.Frozen;
using System.Runtime.Intrinsics;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Text;

/// <summary>
/// Stage 2: guesses the page's language from its stopwords (the language whose commonest words
/// cover most of the page's words), so that stopword density can tell prose from lists of names.
/// </summary>
internal static class PageLanguage
{
    /// <summary>The guess reads at most this many words (enough to decide, and keeps the stage cheap on huge pages).</summary>
    private const int MaxSampleWords = 20_000;

    /// <summary>Below this share of stopwords no list fits (Chinese, Japanese, a language without a list).</summary>
    private const double MinCoverage = 0.08;

    /// <summary>The stopwords of the page's language, or null when no list fits it.</summary>
    public static FrozenSet<string>? Stopwords(IReadOnlyList<TextBlock> blocks, BoilerplateVocabulary vocabulary) =>
        Detect(blocks, vocabulary) is { } language ? vocabulary.Stopwords[language] : null;

    /// <summary>The code (BCP 47, as the stopword lists are named: "en", "de") of the page's language, or null when no list fits it.</summary>
    public static string? Detect(IReadOnlyList<TextBlock> blocks, BoilerplateVocabulary vocabulary) =>
        Detect(PageWords.Read(blocks, vocabulary, CancellationToken.None));

    /// <summary>The language of the page whose words were read, or null when no list fits it.</summary>
    public static string? Detect(PageWords words)
    {
        var languages = words.Languages;
        var sample = words.Masks[..Math.Min(words.Masks.Length, MaxSampleWords)];
        var counts = new int[BoilerplateVocabulary.MaxStopwordLanguages];
        if (Vector256.IsHardwareAccelerated)
        {
            CountLanguagesInLanes(sample, counts);
        }
        else
        {
            CountLanguagesOneByOne(sample, counts);
        }

        string? best = null;
        var bestCount = 0;
        for (var i = 0; i < languages.Length; i++)
        {
            if (counts[i] > bestCount)
            {
                (best, bestCount) = (languages[i], counts[i]);
            }
        }

        return best is not null && bestCount >= sample.Length * MinCoverage ? best : null;
    }

    /// <summary>
    /// Adds to <c>counts[i]</c> the words whose mask has bit <c>i</c> (32 counts). Each word's mask
    /// has a bit for every language whose list holds it; the counts are kept in the lanes of four
    /// vectors held in registers, and a word adds one to the lane of each of its bits with no branch
    /// on which bits it has (a loop over the set bits mispredicts on every word).
    /// </summary>
    internal static void CountLanguagesInLanes(ReadOnlySpan<uint> masks, Span<int> counts)
    {
        var bits0 = Vector256.Create(1u, 2, 4, 8, 16, 32, 64, 128);
        var bits1 = Vector256.ShiftLeft(bits0, 8);
        var bits2 = Vector256.ShiftLeft(bits0, 16);
        var bits3 = Vector256.ShiftLeft(bits0, 24);
        Vector256<uint> counts0 = default, counts1 = default, counts2 = default, counts3 = default;
        foreach (var mask in masks)
        {
            // All ones (uint.MaxValue, -1) in the lanes of the word's bits: subtracting adds one.
            var word = Vector256.Create(mask);
            counts0 -= Vector256.Equals(word & bits0, bits0);
            counts1 -= Vector256.Equals(word & bits1, bits1);
            counts2 -= Vector256.Equals(word & bits2, bits2);
            counts3 -= Vector256.Equals(word & bits3, bits3);
        }

        var lanes = Vector256<uint>.Count;
        for (var lane = 0; lane < lanes; lane++)
        {
            counts[lane] += (int)counts0.GetElement(lane);
            counts[lanes + lane] += (int)counts1.GetElement(lane);
            counts[(2 * lanes) + lane] += (int)counts2.GetElement(lane);
            counts[(3 * lanes) + lane] += (int)counts3.GetElement(lane);
        }
    }

    /// <summary>The same as <see cref="CountLanguagesInLanes"/>, a set bit at a time (where vectors of 256 bits are not fast).</summary>
    internal static void CountLanguagesOneByOne(ReadOnlySpan<uint> masks, Span<int> counts)
    {
        foreach (var word in masks)
        {
            for (var mask = word; mask != 0; mask &= mask - 1)
            {
                counts[System.Numerics.BitOperations.TrailingZeroCount(mask)]++;
            }
        }
    }
}

/// <summary>Reads the words of a text (runs of letters and digits; an apostrophe separates "l'homme"), lower-cased (invariant) into a buffer.</summary>
internal ref struct WordReader
{
    /// <summary>Longer runs are not words worth looking up (they are truncated to this length).</summary>
    public const int MaxWordLength = 64;

    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private int _wordStart;

    public WordReader(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        _wordStart = 0;
    }

    /// <summary>Where the reader stands in the text: just after the last word read.</summary>
    public readonly int Position => _position;

    /// <summary>Where the last word read begins in the text.</summary>
    public readonly int WordStart => _wordStart;

    /// <summary>
    /// Moves to the next word, as <see cref="Next"/>, and hashes its lower-case form on the way
    /// (<paramref name="hash"/> is <see cref="PageWords.HashOf"/> of it, without a second pass).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool NextHashed(scoped Span<char> buffer, out int length, out uint hash)
    {
        // The length and the hash are kept in locals while the word is read (written through the out
        // parameters on every character, each step would wait for the store of the one before).
        var text = _text;
        var position = _position;
        while (position < text.Length && LowerCase.WordCharacterOf(text[position]) == LowerCase.NotAWordCharacter)
        {
            position++;
        }

        _wordStart = position;
        var wordLength = 0;
        var wordHash = PageWords.EmptyHash;
        while (position < text.Length)
        {
            var lower = LowerCase.WordCharacterOf(text[position]);
            if (lower == LowerCase.NotAWordCharacter)
            {
                break;
            }

            if ((uint)wordLength < (uint)buffer.Length)
            {
                buffer[wordLength++] = lower;
                wordHash = PageWords.HashStep(wordHash, lower);
            }

            position++;
        }

        _position = position;
        length = wordLength;
        hash = wordHash;
        return wordLength > 0;
    }

    /// <summary>Moves to the next word; its lower-case form is the first <paramref name="length"/> characters of <paramref name="buffer"/>.</summary>
    public bool Next(scoped Span<char> buffer, out int length) => NextHashed(buffer, out length, out _);
}
