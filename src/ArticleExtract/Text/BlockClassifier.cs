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
    private const double LowStopwordDensity = 0.20;

    /// <summary>From this stopword density on a block reads like prose.</summary>
    private const double HighStopwordDensity = 0.25;

    /// <summary>A short line seen this many times in the page is a menu or a footer entry.</summary>
    private const int RepeatedLine = 2;

    /// <summary>A long block with at least this many sentence ends reads like prose even with few stopwords.</summary>
    private const int ProseSentenceEnds = 2;

    public static void Classify(IReadOnlyList<TextBlock> blocks)
    {
        foreach (var block in blocks)
        {
            block.Initial = ClassOf(block);
        }
    }

    private static BlockClass ClassOf(TextBlock block)
    {
        if (IsKnownBoilerplate(block) || block.LinkLike || IsRepeatedShortLine(block))
        {
            return BlockClass.Bad;
        }

        if (block.Length < ShortLength)
        {
            return BlockClass.Short;
        }

        if (block.StopwordDensity >= HighStopwordDensity)
        {
            return block.Length > LongLength ? BlockClass.Good : BlockClass.NearGood;
        }

        return block.StopwordDensity >= LowStopwordDensity || IsProseWithFewStopwords(block) ? BlockClass.NearGood : BlockClass.Bad;
    }

    private static bool IsKnownBoilerplate(TextBlock block) => block.Kind is not null;

    private static bool IsRepeatedShortLine(TextBlock block) => block.Repeats >= RepeatedLine && block.Length < ShortLength && !block.EndsLikeSentence;

    private static bool IsProseWithFewStopwords(TextBlock block) => block.Length > LongLength && block.SentenceEnds >= ProseSentenceEnds;
}
