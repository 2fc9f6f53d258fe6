namespace ArticleExtract.Text;

/// <summary>
/// The body of a page that is not one article (a thread, a listing, a documentation or service page):
/// the whole text less its frame. The frame is the menu before the first line of content and the
/// footer after the last; inside, a block is left out only when it is recognised boilerplate, an
/// address, a line the page repeats, or part of a run of menu entries. When unsure, keep.
/// </summary>
internal static class FramedSelection
{
    /// <summary>A menu entry ("Products", "Sign in") has at most this many words.</summary>
    private const int MaxMenuEntryWords = 3;

    /// <summary>This many menu entries in a row are a menu, not a heading between paragraphs.</summary>
    private const int MinMenuRun = 5;

    /// <summary>Returns the first and last index of the body, or (-1, -1) when the page has no content; marks its blocks.</summary>
    /// <param name="blocks">The page's blocks, classified.</param>
    /// <param name="isThread">The page is a thread: its comments are its posts, not readers' comments under an article.</param>
    public static (int Start, int End) Select(IReadOnlyList<TextBlock> blocks, bool isThread)
    {
        var first = FirstOccurrences(blocks);
        var (start, end) = DensestRegion(blocks, first, isThread);
        if (start < 0)
        {
            return (-1, -1);
        }

        var menu = MenuRuns(blocks, start, end);
        for (var i = start; i <= end; i++)
        {
            blocks[i].InBody = IsKeptInside(blocks[i], first[i]) && !menu[i - start];
        }

        return (start, end);
    }

    /// <summary>
    /// The run of blocks whose content words outweigh the menu entries and boilerplate lines inside it
    /// the most (a maximum-sum run): a long menu between two parts of the page splits them, a heading does not.
    /// </summary>
    private static (int Start, int End) DensestRegion(IReadOnlyList<TextBlock> blocks, bool[] first, bool isThread)
    {
        double best = 0, current = 0;
        int bestStart = -1, bestEnd = -1, currentStart = 0;
        var severalCommentHeaders = BodySelection.HasSeveralCommentHeaders(blocks);
        var prose = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            // Comments after an article's worth of prose follow an article: the region ends there.
            if (!isThread && prose >= BodyChoice.MinArticleProse && BodySelection.IsCommentsWall(blocks[i], severalCommentHeaders))
            {
                // Readers' comments under an article are not the page's content.
                break;
            }

            prose += blocks[i].Final == BlockClass.Good && blocks[i].Kind is null ? blocks[i].Length : 0;
            if (current <= 0)
            {
                current = 0;
                currentStart = i;
            }

            current += Weight(blocks[i], first[i]);
            if (current > best)
            {
                (best, bestStart, bestEnd) = (current, currentStart, i);
            }
        }

        return (bestStart, bestEnd);
    }

    /// <summary>What a block weighs in words: a line of content its words, any other line a fixed cost.</summary>
    private static double Weight(TextBlock block, bool first) => IsContentLine(block, first) ? block.Words : -FrameLineCost;

    /// <summary>What a menu entry or a boilerplate line costs the region, in words of content.</summary>
    private const double FrameLineCost = 2;

    /// <summary>A line that is content for sure: not boilerplate, and more than a menu entry (a sentence, a figure, several words).</summary>
    private static bool IsContentLine(TextBlock block, bool first) =>
        IsKeptInside(block, first) && (block.Final == BlockClass.Good || !IsMenuEntry(block));

    /// <summary>A block inside the body that nothing marks as boilerplate.</summary>
    /// <param name="block">The block.</param>
    /// <param name="first">The block is the first of the page with its text: a card's title the page
    /// shows twice (once per layout) is kept once, unless it is a menu entry.</param>
    internal static bool IsKeptInside(TextBlock block, bool first) =>
        block.Kind is null && !block.LinkLike && (!IsRepeatedShortLine(block) || (first && !IsMenuEntry(block)));

    /// <summary>For each block, whether no block before it has the same text (key).</summary>
    private static bool[] FirstOccurrences(IReadOnlyList<TextBlock> blocks)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var first = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            first[i] = blocks[i].Repeats == 1 || seen.Add(blocks[i].Key.Span);
        }

        return first;
    }

    /// <summary>A short line the page repeats: a menu entry or a button.</summary>
    internal static bool IsRepeatedShortLine(TextBlock block) =>
        block.Repeats > 1 && block.Length < BlockClassifier.ShortLength && !block.EndsLikeSentence;

    /// <summary>"Products", "Sign in", "Help Center": a few words, no figure, no sentence.</summary>
    internal static bool IsMenuEntry(TextBlock block) =>
        (block.Words <= MaxMenuEntryWords && !block.EndsLikeSentence && block.Clean.AsSpan().IndexOfAnyInRange('0', '9') < 0) || IsMenuLine(block);

    /// <summary>
    /// "View all Parenting discussions Best Start in Life New See all in Parenting Children Teenagers": a
    /// menu rendered as one line: many words, mostly capitalised, few stopwords, no sentence.
    /// </summary>
    private static bool IsMenuLine(TextBlock block) =>
        block.Words >= MinMenuLineWords && !block.EndsLikeSentence && block.SentenceEnds == 0
        && block.CapitalizedShare >= MinMenuLineCapitals && block.StopwordDensity < MaxMenuLineStopwords;

    /// <summary>A menu rendered as one line has at least this many words (a headline fewer).</summary>
    private const int MinMenuLineWords = 12;

    /// <summary>At least this share of a menu line's words are capitalised.</summary>
    private const double MinMenuLineCapitals = 0.6;

    /// <summary>A menu line's stopword density is below this.</summary>
    private const double MaxMenuLineStopwords = 0.15;

    /// <summary>Marks the blocks of runs of at least <see cref="MinMenuRun"/> menu entries between start and end.</summary>
    private static bool[] MenuRuns(IReadOnlyList<TextBlock> blocks, int start, int end)
    {
        var menu = new bool[end - start + 1];
        var runStart = start;
        for (var i = start; i <= end + 1; i++)
        {
            if (i <= end && IsMenuEntry(blocks[i]) && blocks[i].Final != BlockClass.Good)
            {
                continue;
            }

            if (i - runStart >= MinMenuRun)
            {
                for (var j = runStart; j < i; j++)
                {
                    menu[j - start] = true;
                }
            }

            runStart = i + 1;
        }

        return menu;
    }
}
