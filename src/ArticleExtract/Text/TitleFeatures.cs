namespace ArticleExtract.Text;

/// <summary>
/// What the title model (<see cref="TitleFinder"/>) knows of a candidate line: where it stands
/// from the body and the page's start, how it reads (words, stopwords, capitals, digits, how it
/// ends), what the earlier stages made of it (heading mark, repeats, its class), what
/// surrounds it (a byline under it, the lines beside it) and how much of it the body repeats. The
/// names are the model file's <c>features</c> line; the training project computes the same vectors
/// through <see cref="TitleTrainingHook"/>.
/// </summary>
internal static class TitleFeatures
{
    /// <summary>Marked headings above a line are counted up to this many.</summary>
    private const int MaxMarkedBefore = 5;

    /// <summary>The features' names, in vector order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "distance", "position", "relative-position", "words", "length", "stopword-density", "capitalized-share",
        "digit-share", "sentence-ends", "ends-question", "ends-period", "has-separator", "marked-heading",
        "in-body", "repeats", "initial-class", "body-share",
        "above-byline", "rule-score", "rule-rank", "heading-like-between",
        "previous-words", "next-words", "next-in-body", "first-marked-heading", "marked-headings-before",
        "inside-other", "holds-other",
    ];

    /// <summary>
    /// The feature vectors of <paramref name="candidates"/> (block indexes), one after the other;
    /// <paramref name="ruleScores"/> are the rule's scores of the heading-like candidates (NaN for others).
    /// </summary>
    public static float[] Of(IReadOnlyList<TextBlock> blocks, int bodyStart, List<int> candidates, TitleWords overlap, TitleFinder.Bylines bylines, double[] ruleScores, TextRules rules)
    {
        var count = Names.Count;
        var vectors = new float[candidates.Count * count];
        var firstMarked = -1;
        for (var i = 0; i < blocks.Count && i <= bodyStart; i++)
        {
            if (blocks[i].MarkedHeading)
            {
                firstMarked = i;
                break;
            }
        }

        var markedBefore = MarkedBefore(blocks, candidates);
        var lowerCase = candidates.ConvertAll(i => blocks[i].Clean.ToLowerInvariant());

        for (var c = 0; c < candidates.Count; c++)
        {
            var i = candidates[c];
            var block = blocks[i];
            var v = vectors.AsSpan(c * count, count);
            var text = block.Clean;
            var f = 0;
            v[f++] = bodyStart - i;
            v[f++] = i;
            v[f++] = (float)i / blocks.Count;
            v[f++] = block.Words;
            v[f++] = text.Length;
            v[f++] = (float)block.StopwordDensity;
            v[f++] = (float)block.CapitalizedShare;
            v[f++] = (float)TitleFinder.DigitShare(text);
            v[f++] = block.SentenceEnds;
            v[f++] = text.Length > 0 && text[^1] is '?' or '!' ? 1 : 0;
            v[f++] = TitleFinder.EndsWithPeriod(text) ? 1 : 0;
            v[f++] = HasSeparator(text) ? 1 : 0;
            v[f++] = block.MarkedHeading ? 1 : 0;
            v[f++] = block.InBody ? 1 : 0;
            v[f++] = block.Repeats;
            v[f++] = (int)block.Initial;
            v[f++] = (float)overlap.ShareInBody(c);
            v[f++] = TitleFinder.HasBylineBelow(i, bylines, rules) ? 1 : 0;
            v[f++] = double.IsNaN(ruleScores[c]) ? -100 : (float)ruleScores[c];
            v[f++] = Rank(ruleScores, c);
            v[f++] = HeadingLikeBetween(candidates, ruleScores, c, bodyStart);
            v[f++] = i > 0 ? blocks[i - 1].Words : 0;
            v[f++] = i + 1 < blocks.Count ? blocks[i + 1].Words : 0;
            v[f++] = i + 1 < blocks.Count && blocks[i + 1].InBody ? 1 : 0;
            v[f++] = i == firstMarked ? 1 : 0;
            v[f++] = markedBefore[c];
            v[f++] = IsInsideOther(lowerCase, c) ? 1 : 0;
            v[f++] = HoldsOther(lowerCase, blocks, candidates, c) ? 1 : 0;
        }

        return vectors;
    }

    /// <summary>A separator a page puts between a headline and a site or section name.</summary>
    private static bool HasSeparator(string text) =>
        text.Contains(" | ", StringComparison.Ordinal) || text.Contains(" - ", StringComparison.Ordinal)
        || text.Contains(" – ", StringComparison.Ordinal) || text.Contains(" — ", StringComparison.Ordinal)
        || text.Contains(" · ", StringComparison.Ordinal) || text.Contains(": ", StringComparison.Ordinal);

    /// <summary>How many heading-like candidates the rule scores above candidate <paramref name="c"/> (99 when it is none).</summary>
    private static int Rank(double[] ruleScores, int c)
    {
        if (double.IsNaN(ruleScores[c]))
        {
            return 99;
        }

        var rank = 0;
        foreach (var score in ruleScores)
        {
            rank += score > ruleScores[c] ? 1 : 0;
        }

        return rank;
    }

    /// <summary>How many heading-like candidates stand between candidate <paramref name="c"/> and the body.</summary>
    private static int HeadingLikeBetween(List<int> candidates, double[] ruleScores, int c, int bodyStart)
    {
        var between = 0;
        for (var o = 0; o < candidates.Count; o++)
        {
            between += !double.IsNaN(ruleScores[o]) && candidates[o] > candidates[c] && candidates[o] < bodyStart ? 1 : 0;
        }

        return between;
    }

    /// <summary>
    /// A longer candidate holds the line whole (in lower case): a breadcrumb or a "Section »
    /// Headline" line ending in it, a "Headline | Site" line: the line is the part those repeat,
    /// often the headline itself.
    /// </summary>
    private static bool IsInsideOther(List<string> lowerCase, int c)
    {
        var text = lowerCase[c];
        foreach (var other in lowerCase)
        {
            if (other.Length > text.Length && other.Contains(text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The line holds a shorter candidate of at least two words whole, in lower case (it is such a breadcrumb or "Headline | Site" line).</summary>
    private static bool HoldsOther(List<string> lowerCase, IReadOnlyList<TextBlock> blocks, List<int> candidates, int c)
    {
        var text = lowerCase[c];
        for (var o = 0; o < candidates.Count; o++)
        {
            if (blocks[candidates[o]].Words >= 2 && lowerCase[o].Length < text.Length && text.Contains(lowerCase[o], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Per candidate: how many lines above it the renderer marked as headings, counted to <see cref="MaxMarkedBefore"/> (a count past a few says nothing more).</summary>
    private static int[] MarkedBefore(IReadOnlyList<TextBlock> blocks, List<int> candidates)
    {
        var result = new int[candidates.Count];
        var marked = 0;
        var next = 0;

        // The candidates run from the bottom of the window up: count from the top once, and give each its count on the way.
        for (var c = candidates.Count - 1; c >= 0; c--)
        {
            for (; next < candidates[c]; next++)
            {
                marked += blocks[next].MarkedHeading ? 1 : 0;
            }

            result[c] = Math.Min(marked, MaxMarkedBefore);
        }

        return result;
    }
}
