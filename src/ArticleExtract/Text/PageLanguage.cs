using System.Collections.Frozen;
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
    public static string? Detect(IReadOnlyList<TextBlock> blocks, BoilerplateVocabulary vocabulary)
    {
        // One lookup per word gives all the languages whose list holds it (a bit mask).
        var masks = vocabulary.StopwordLanguageMasks.GetAlternateLookup<ReadOnlySpan<char>>();
        var languages = vocabulary.StopwordLanguages;
        var counts = new int[languages.Length];
        var total = 0;
        Span<char> lower = stackalloc char[WordReader.MaxWordLength];
        foreach (var block in blocks)
        {
            var reader = new WordReader(block.Clean);
            while (total < MaxSampleWords && reader.Next(lower, out var length))
            {
                total++;
                if (masks.TryGetValue(lower[..length], out var mask))
                {
                    for (; mask != 0; mask &= mask - 1)
                    {
                        counts[System.Numerics.BitOperations.TrailingZeroCount(mask)]++;
                    }
                }
            }
        }

        string? best = null;
        var bestCount = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > bestCount)
            {
                (best, bestCount) = (languages[i], counts[i]);
            }
        }

        return best is not null && bestCount >= total * MinCoverage ? best : null;
    }
}

/// <summary>Reads the words of a text (runs of letters and digits; an apostrophe separates "l'homme"), lower-cased (invariant) into a buffer.</summary>
internal ref struct WordReader
{
    /// <summary>Longer runs are not words worth looking up (they are truncated to this length).</summary>
    public const int MaxWordLength = 64;

    private readonly ReadOnlySpan<char> _text;
    private int _position;

    public WordReader(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
    }

    /// <summary>Where the reader stands in the text: just after the last word read.</summary>
    public readonly int Position => _position;

    /// <summary>Moves to the next word; its lower-case form is the first <paramref name="length"/> characters of <paramref name="buffer"/>.</summary>
    public bool Next(scoped Span<char> buffer, out int length)
    {
        while (_position < _text.Length && !char.IsLetterOrDigit(_text[_position]))
        {
            _position++;
        }

        length = 0;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (!char.IsLetterOrDigit(c))
            {
                break;
            }

            if (length < buffer.Length)
            {
                buffer[length++] = LowerCase.Of(c);
            }

            _position++;
        }

        return length > 0;
    }
}
