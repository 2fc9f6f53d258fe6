namespace ArticleExtract.Text;

/// <summary>
/// Stage 8: finds the title: the heading-like line before the body (a few words, no sentence end,
/// not boilerplate, not an address, not a line the page repeats as a menu). Nearer and longer
/// lines are preferred; a line the renderer marked as a heading is preferred most.
/// </summary>
internal static class TitleFinder
{
    /// <summary>The title is looked for among this many blocks before the body.</summary>
    private const int MaxDistance = 30;

    /// <summary>A title has at least this many words (one word is a section name or a site name).</summary>
    private const int MinWords = 2;

    /// <summary>A title has at most this many words.</summary>
    private const int MaxWords = 40;

    /// <summary>A title without spaces (Chinese, Japanese) has at least this weighted length.</summary>
    private const int MinUnspacedLength = 12;

    /// <summary>A line seen this many times in the page is a menu entry or the site name, not the title.</summary>
    private const int MaxRepeats = 2;

    /// <summary>Words beyond this count add nothing to a candidate's score.</summary>
    private const int ScoredWords = 12;

    /// <summary>What each block of distance from the body costs a candidate, in words.</summary>
    private const double DistanceCost = 0.5;

    /// <summary>What a renderer's heading mark is worth, in words.</summary>
    private const double HeadingBonus = 10;

    /// <summary>What a candidate whose every word recurs in the body is worth, in words (a headline names what the article is about).</summary>
    private const double BodyOverlapBonus = 8;

    /// <summary>Words shorter than this are not compared with the body (articles, prepositions).</summary>
    private const int MinComparedWordLength = 4;

    /// <summary>The size of the filter that screens the body's words by hash (a power of two, a multiple of 64; 2 KB on the stack, few false hits for a few hundred candidate words).</summary>
    private const int HashFilterBits = 16384;

    /// <summary>A line with more than this share of digits among its letters and digits is a date or a time, not a title.</summary>
    private const double MaxDigitShare = 0.25;

    /// <summary>Returns the index of the title block, or -1.</summary>
    public static int Find(IReadOnlyList<TextBlock> blocks, PageWords words, int bodyStart)
    {
        var candidates = new List<int>();
        for (var i = bodyStart - 1; i >= 0 && i >= bodyStart - MaxDistance; i--)
        {
            if (IsHeadingLike(blocks[i]))
            {
                candidates.Add(i);
            }
        }

        if (candidates.Count == 0)
        {
            return -1;
        }

        var inBody = CandidateWordsInBody(blocks, words, candidates);
        var best = -1;
        var bestScore = double.MinValue;
        foreach (var i in candidates)
        {
            var block = blocks[i];
            var score = Math.Min(block.Words, ScoredWords) - (DistanceCost * (bodyStart - i)) + (block.MarkedHeading ? HeadingBonus : 0)
                + (BodyOverlapBonus * BodyOverlap(block.Clean, inBody));
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        return best;
    }

    /// <summary>
    /// The longer words of the candidates (lower case) that recur in the body. Only the candidates'
    /// words are kept; the body's words are screened by the hashes stage 2 kept (a filter of
    /// <see cref="HashFilterBits"/> bits), and only those that pass are read again and looked up.
    /// </summary>
    private static HashSet<string> CandidateWordsInBody(IReadOnlyList<TextBlock> blocks, PageWords words, List<int> candidates)
    {
        var candidateWords = new HashSet<string>(StringComparer.Ordinal);
        Span<ulong> filter = stackalloc ulong[HashFilterBits / 64];
        Span<char> buffer = stackalloc char[WordReader.MaxWordLength];

        // How many candidate words not yet seen in the body each set bit stands for: a bit whose words
        // have all been seen is cleared, so that the body's many repeats of them are not read again.
        var unseenByBit = new Dictionary<int, int>();
        foreach (var i in candidates)
        {
            var reader = new WordReader(blocks[i].Clean);
            while (reader.Next(buffer, out var length))
            {
                if (length >= MinComparedWordLength && candidateWords.Add(new string(buffer[..length])))
                {
                    var bit = FilterBit(PageWords.HashOf(buffer[..length]));
                    filter[bit / 64] |= 1UL << (bit % 64);
                    System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(unseenByBit, bit, out _)++;
                }
            }
        }

        var inBody = new HashSet<string>(StringComparer.Ordinal);
        var lookup = candidateWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < blocks.Count && inBody.Count < candidateWords.Count; i++)
        {
            if (!blocks[i].InBody)
            {
                continue;
            }

            var hashes = words.HashesOf(i);
            var starts = words.StartsOf(i);
            for (var w = 0; w < hashes.Length; w++)
            {
                var bit = FilterBit(hashes[w]);
                if ((filter[bit / 64] & (1UL << (bit % 64))) == 0)
                {
                    continue;
                }

                var reader = new WordReader(blocks[i].Clean.AsSpan(starts[w]));
                if (reader.Next(buffer, out var length) && lookup.TryGetValue(buffer[..length], out var word) && inBody.Add(word)
                    && --System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(unseenByBit, bit) == 0)
                {
                    filter[bit / 64] &= ~(1UL << (bit % 64));
                }
            }
        }

        return inBody;
    }

    private static int FilterBit(uint hash) => (int)(hash & (HashFilterBits - 1));

    /// <summary>The share of the candidate's longer words that recur in the body.</summary>
    private static double BodyOverlap(string text, HashSet<string> wordsInBody)
    {
        var lookup = wordsInBody.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[WordReader.MaxWordLength];
        var reader = new WordReader(text);
        int compared = 0, found = 0;
        while (reader.Next(buffer, out var length))
        {
            if (length >= MinComparedWordLength)
            {
                compared++;
                found += lookup.Contains(buffer[..length]) ? 1 : 0;
            }
        }

        return compared == 0 ? 0 : (double)found / compared;
    }

    private static bool IsMostlyDigits(string text)
    {
        int digits = 0, alphanumerics = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                alphanumerics++;
                digits += char.IsDigit(c) ? 1 : 0;
            }
        }

        return digits > alphanumerics * MaxDigitShare;
    }

    /// <summary>The block could be the title; the measures stages 3 to 7 took are asked first, the text read last.</summary>
    private static bool IsHeadingLike(TextBlock block) =>
        block.Kind is null
        && !block.LinkLike
        && !block.InBody
        && block.Repeats <= MaxRepeats
        && !EndsWithPeriod(block.Clean)
        && (block.Words is >= MinWords and <= MaxWords || IsUnspacedTitle(block))
        && !IsMostlyDigits(block.Clean);

    /// <summary>A title in a script written without spaces (Chinese, Japanese): one long "word" of weighted characters.</summary>
    private static bool IsUnspacedTitle(TextBlock block) =>
        block.Words > 0 && block.Length >= MinUnspacedLength && block.Clean.IndexOf(' ') < 0 && block.Length > block.Clean.Length;

    private static bool EndsWithPeriod(string text) => text.Length > 0 && text[^1] is '.' or '。' or ':' or ',';
}
