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

    /// <summary>A line with more than this share of digits among its letters and digits is a date or a time, not a title.</summary>
    private const double MaxDigitShare = 0.25;

    /// <summary>Returns the index of the title block, or -1.</summary>
    public static int Find(IReadOnlyList<TextBlock> blocks, int bodyStart)
    {
        var bodyWords = BodyWords(blocks);
        var best = -1;
        var bestScore = double.MinValue;
        for (var i = bodyStart - 1; i >= 0 && i >= bodyStart - MaxDistance; i--)
        {
            var block = blocks[i];
            if (!IsHeadingLike(block))
            {
                continue;
            }

            var score = Math.Min(block.Words, ScoredWords) - (DistanceCost * (bodyStart - i)) + (block.MarkedHeading ? HeadingBonus : 0)
                + (BodyOverlapBonus * BodyOverlap(block.Clean, bodyWords));
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        return best;
    }

    /// <summary>The longer words of the body, lower case.</summary>
    private static HashSet<string> BodyWords(IReadOnlyList<TextBlock> blocks)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[WordReader.MaxWordLength];
        foreach (var block in blocks)
        {
            if (!block.InBody)
            {
                continue;
            }

            var reader = new WordReader(block.Clean);
            while (reader.Next(buffer, out var length))
            {
                if (length >= MinComparedWordLength)
                {
                    words.Add(new string(buffer[..length]));
                }
            }
        }

        return words;
    }

    /// <summary>The share of the candidate's longer words that recur in the body.</summary>
    private static double BodyOverlap(string text, HashSet<string> bodyWords)
    {
        var lookup = bodyWords.GetAlternateLookup<ReadOnlySpan<char>>();
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

    private static bool IsHeadingLike(TextBlock block) =>
        !IsMostlyDigits(block.Clean)
        && block.Kind is null
        && !block.LinkLike
        && !block.InBody
        && block.Repeats <= MaxRepeats
        && !EndsWithPeriod(block.Clean)
        && (block.Words is >= MinWords and <= MaxWords || IsUnspacedTitle(block));

    /// <summary>A title in a script written without spaces (Chinese, Japanese): one long "word" of weighted characters.</summary>
    private static bool IsUnspacedTitle(TextBlock block) =>
        block.Words > 0 && block.Length >= MinUnspacedLength && block.Clean.IndexOf(' ') < 0 && block.Length > block.Clean.Length;

    private static bool EndsWithPeriod(string text) => text.Length > 0 && text[^1] is '.' or '。' or ':' or ',';
}
