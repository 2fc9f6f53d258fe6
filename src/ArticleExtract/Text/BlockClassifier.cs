namespace ArticleExtract.Text;

/// <summary>
/// Stage 5: classifies each block on its own, as jusText does: known boilerplate and addresses
/// are bad; short blocks wait for their neighbours; long blocks rich in stopwords are good.
/// </summary>
internal static class BlockClassifier
{
    /// <summary>Blocks shorter than this (weighted characters) are too short to judge alone (jusText: 70).</summary>
    internal const int ShortLength = 70;

    /// <summary>Blocks longer than this with enough stopwords are good on their own (jusText: 200).</summary>
    private const int LongLength = 200;

    /// <summary>Below this stopword density a block reads like a list of names, not prose.</summary>
    internal const double LowStopwordDensity = 0.20;

    /// <summary>From this stopword density on a block reads like prose.</summary>
    private const double HighStopwordDensity = 0.25;

    /// <summary>A sentence up to a paragraph long with at least this stopword density is judged by its neighbours (names and figures, not a list).</summary>
    private const double TerseStopwordDensity = 0.1;

    /// <summary>A short block is taken as a sentence of prose from this many words on.</summary>
    private const int MinSentenceWords = 6;

    /// <summary>A short line seen this many times in the page is a menu or a footer entry.</summary>
    private const int RepeatedLine = 2;

    /// <summary>A long block with at least this many sentence ends reads like prose even with few stopwords.</summary>
    private const int ProseSentenceEnds = 2;

    /// <summary>A line of prose shown this many times is a recurring line of the article, not a repeated teaser.</summary>
    private const int MinRecurrences = 3;

    /// <summary>A recurring line of the article (a question, a label) has at most this many words.</summary>
    private const int MaxRecurringWords = 25;

    /// <summary>
    /// Repeated prose is dropped only when the page has at least this much prose shown once (weighted
    /// characters): a ticker shown twice is dropped, a whole article rendered twice (mobile and desktop) is not.
    /// </summary>
    private const int MinUniqueProse = 500;

    /// <summary>
    /// The stopword density of a typical long paragraph with the shipped lists. A page whose long
    /// paragraphs have fewer (a language with a short list, or with few function words) has its
    /// thresholds lowered in proportion.
    /// </summary>
    private const double ReferenceProseDensity = 0.35;

    /// <summary>The thresholds are lowered only when the page has at least this many long paragraphs to measure.</summary>
    private const int MinParagraphsToScale = 3;

    /// <summary>The thresholds are never lowered below this share of their value.</summary>
    private const double MinThresholdScale = 0.4;

    public static void Classify(IReadOnlyList<TextBlock> blocks)
    {
        var scale = ThresholdScale(blocks);
        long prose = 0, repeatedProse = 0;
        foreach (var block in blocks)
        {
            block.Initial = ClassOf(block, scale);
            if (block.Initial is BlockClass.Good or BlockClass.NearGood)
            {
                prose += block.Length;
                repeatedProse += block.Repeats > 1 ? block.Length : 0;
            }
        }

        if (repeatedProse > 0 && prose - repeatedProse >= MinUniqueProse)
        {
            foreach (var block in blocks)
            {
                if (IsRepeatedProse(block))
                {
                    block.Initial = BlockClass.Bad;
                }
            }
        }
    }

    /// <summary>
    /// A paragraph the page shows more than once: a teaser repeated in a ticker, not the article. A
    /// short line the page repeats many times is left alone: it is the article's own recurring line
    /// (the question an interview series asks every guest).
    /// </summary>
    private static bool IsRepeatedProse(TextBlock block) =>
        block.Repeats > 1 && block.Initial is BlockClass.Good or BlockClass.NearGood && !IsRecurringShortLine(block);

    /// <summary>A short block the page shows at least <see cref="MinRecurrences"/> times.</summary>
    private static bool IsRecurringShortLine(TextBlock block) => block.Repeats >= MinRecurrences && block.Words <= MaxRecurringWords;

    /// <summary>How much the stopword thresholds are lowered for this page: the median density of its long blocks against the reference.</summary>
    private static double ThresholdScale(IReadOnlyList<TextBlock> blocks)
    {
        var densities = new List<double>();
        foreach (var block in blocks)
        {
            if (block.Length > LongLength && block.Kind is null && !block.LinkLike && block.EndsLikeSentence)
            {
                densities.Add(block.StopwordDensity);
            }
        }

        if (densities.Count < MinParagraphsToScale)
        {
            return 1;
        }

        densities.Sort();
        var median = densities[densities.Count / 2];
        return Math.Clamp(median / ReferenceProseDensity, MinThresholdScale, 1);
    }

    private static BlockClass ClassOf(TextBlock block, double scale)
    {
        if (IsKnownBoilerplate(block) || block.LinkLike || IsRepeatedShortLine(block))
        {
            return BlockClass.Bad;
        }

        if (block.Length < ShortLength)
        {
            return IsShortSentence(block, scale) ? BlockClass.NearGood : BlockClass.Short;
        }

        if (block.StopwordDensity >= HighStopwordDensity * scale)
        {
            return block.Length > LongLength ? BlockClass.Good : BlockClass.NearGood;
        }

        if (block.StopwordDensity >= LowStopwordDensity * scale || IsProseWithFewStopwords(block))
        {
            return BlockClass.NearGood;
        }

        return IsTerseSentence(block, scale) ? BlockClass.Short : BlockClass.Bad;
    }

    /// <summary>
    /// "Wichita West senior David Garcia finished second in the 50 yard freestyle.": a sentence of
    /// names and figures, poor in stopwords but not without them: its neighbours decide, as for a short block.
    /// </summary>
    private static bool IsTerseSentence(TextBlock block, double scale) =>
        block.EndsLikeSentence && block.Length <= LongLength && block.Words >= MinSentenceWords && block.StopwordDensity >= TerseStopwordDensity * scale;

    /// <summary>A short block that is a whole sentence of prose ("The bridge reopened on a cold morning.").</summary>
    private static bool IsShortSentence(TextBlock block, double scale) =>
        block.EndsLikeSentence && block.Words >= MinSentenceWords && block.StopwordDensity >= HighStopwordDensity * scale;

    private static bool IsKnownBoilerplate(TextBlock block) => block.Kind is not null;

    private static bool IsRepeatedShortLine(TextBlock block) => block.Repeats >= RepeatedLine && block.Length < ShortLength && !block.EndsLikeSentence;

    private static bool IsProseWithFewStopwords(TextBlock block) => block.Length > LongLength && block.SentenceEnds >= ProseSentenceEnds;
}
