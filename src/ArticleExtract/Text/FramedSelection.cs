namespace ArticleExtract.Text;

/// <summary>
/// The body of a page that is not one article (a thread, a listing, a documentation or service page):
/// the whole text less its frame. The frame is the menu before the first line of content and the
/// footer after the last; inside, a block is left out only when it is recognised boilerplate, an
/// address, a line the page repeats, or part of a run of menu entries. When unsure, keep.
/// </summary>
internal static class FramedSelection
{
    /// <summary>Returns the first and last index of the body, or (-1, -1) when the page has no content; marks its blocks.</summary>
    /// <param name="blocks">The page's blocks, classified.</param>
    /// <param name="isThread">The page is a thread: its comments are its posts, not readers' comments under an article.</param>
    /// <param name="rules">The thresholds (textrules.txt).</param>
    public static (int Start, int End) Select(IReadOnlyList<TextBlock> blocks, bool isThread, TextRules rules)
    {
        var first = FirstOccurrences.Find(blocks, 0, blocks.Count - 1);
        var card = CardLines.Find(blocks, isThread, rules);
        var (start, end) = DensestRegion(blocks, first, card, isThread, rules);
        if (start < 0)
        {
            return (-1, -1);
        }

        var menu = MenuRuns(blocks, card, start, end, rules);
        for (var i = start; i <= end; i++)
        {
            blocks[i].InBody = (IsKeptInside(blocks[i], first[i], rules) || IsKeptCardField(blocks[i], first[i] && card[i] != CardLine.None, rules)) && !menu[i - start];
        }

        return (start, end);
    }

    /// <summary>
    /// The run of blocks whose content words outweigh the menu entries and boilerplate lines inside it
    /// the most (a maximum-sum run): a long menu between two parts of the page splits them, a heading does not.
    /// </summary>
    private static (int Start, int End) DensestRegion(IReadOnlyList<TextBlock> blocks, bool[] first, CardLine[] card, bool isThread, TextRules rules)
    {
        double best = 0, current = 0;
        int bestStart = -1, bestEnd = -1, currentStart = 0;
        var severalCommentHeaders = BodySelection.HasSeveralCommentHeaders(blocks, rules);
        var prose = 0;
        var (firstField, lastField) = FieldSpan(card);
        for (var i = 0; i < blocks.Count; i++)
        {
            // Comments after an article's worth of prose follow an article: the region ends there.
            if (!isThread && prose >= rules.MinArticleProse && BodySelection.IsCommentsWall(blocks[i], severalCommentHeaders, rules))
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

            var weight = Weight(blocks[i], first[i], card[i], rules);
            current += IsAmidCards(i, firstField, lastField) ? Math.Max(weight, 0) : weight;
            if (current > best)
            {
                (best, bestStart, bestEnd) = (current, currentStart, i);
            }
        }

        return (bestStart, bestEnd);
    }

    /// <summary>The first and last field of the page's cards that draws the region (<see cref="CardLine.Field"/>), or (-1, -1).</summary>
    private static (int First, int Last) FieldSpan(CardLine[] card) =>
        (Array.IndexOf(card, CardLine.Field), Array.LastIndexOf(card, CardLine.Field));

    /// <summary>
    /// A line between the first and the last card of a listing: a card that lists many short fields
    /// (the countries a job is open to, thirty of them) is longer than a card's span, and reads as a
    /// menu; amid the cards it costs the region nothing (it is still left out when it is a menu run).
    /// </summary>
    private static bool IsAmidCards(int i, int firstField, int lastField) => i > firstField && i < lastField;

    /// <summary>What a block weighs in words: a line of content its words, any other line a fixed cost.</summary>
    private static double Weight(TextBlock block, bool first, CardLine card, TextRules rules) =>
        IsContentLine(block, first, rules) || IsKeptCardField(block, first && card == CardLine.Field, rules) ? block.Words : IsCardField(block, rules) ? 0 : -rules.FrameLineCost;

    /// <summary>A field of a listing's card ("ChatGPT" between "2." and "9.0"), the first with its text: content though it reads like a menu entry.</summary>
    private static bool IsKeptCardField(TextBlock block, bool card, TextRules rules) =>
        card && block.Kind is null && !IsAddress(block, rules) && !IsMenuLine(block, rules);

    /// <summary>
    /// "Full-Time", "View Company Profile": a short line the page repeats under every card of a
    /// listing (at least <see cref="TextRules.MinCardActionRepeats"/> times; a menu is shown two or three
    /// times): it neither ends the cards' region nor weighs for it.
    /// </summary>
    private static bool IsCardField(TextBlock block, TextRules rules) => CardLines.IsCardAction(block, rules);

    /// <summary>A line that is content for sure: not boilerplate, and more than a menu entry (a sentence, a figure, several words).</summary>
    private static bool IsContentLine(TextBlock block, bool first, TextRules rules) =>
        IsKeptInside(block, first, rules) && (block.Final == BlockClass.Good || !IsMenuEntry(block, rules));

    /// <summary>A block inside the body that nothing marks as boilerplate.</summary>
    /// <param name="block">The block.</param>
    /// <param name="first">The block is the first of the page with its text: a card's title the page
    /// shows twice (once per layout) is kept once, unless it is a menu entry.</param>
    /// <param name="rules">The thresholds (textrules.txt).</param>
    internal static bool IsKeptInside(TextBlock block, bool first, TextRules rules) =>
        block.Kind is null && !IsAddress(block, rules) && (!IsRepeatedShortLine(block) || (first && !IsMenuEntry(block, rules)));

    /// <summary>
    /// "https://example.com/a", "jane@example.com": a link-like block with few words beside its
    /// addresses. "Capital IDEA Opportunities to earn an Associate Degree ... https://..." is a card
    /// that shows its link: content.
    /// </summary>
    internal static bool IsAddress(TextBlock block, TextRules rules) =>
        block.LinkLike && block.WordsBesideAddresses < rules.MinWordsBesideLink;

    /// <summary>A short line the page repeats: a menu entry or a button.</summary>
    internal static bool IsRepeatedShortLine(TextBlock block) =>
        block.Repeats > 1 && block.Length < BlockClassifier.ShortLength && !block.EndsLikeSentence;

    /// <summary>"Products", "Sign in", "Help Center": a few words, no figure, no sentence, no code mark ("server {" is a line of code).</summary>
    internal static bool IsMenuEntry(TextBlock block, TextRules rules) =>
        (block.Words <= rules.MaxMenuEntryWords && !block.EndsLikeSentence && block.Clean.AsSpan().IndexOfAnyInRange('0', '9') < 0
            && block.Clean.AsSpan().IndexOfAny(rules.CodeMarks) < 0)
        || IsMenuLine(block, rules);

    /// <summary>
    /// "View all Parenting discussions Best Start in Life New See all in Parenting Children Teenagers": a
    /// menu rendered as one line: many words, mostly capitalised, few stopwords, no sentence.
    /// </summary>
    internal static bool IsMenuLine(TextBlock block, TextRules rules) =>
        block.Words >= rules.MinMenuLineWords && !block.EndsLikeSentence && block.SentenceEnds == 0
        && block.CapitalizedShare >= rules.MinMenuLineCapitals && block.StopwordDensity < rules.MaxMenuLineStopwords;

    /// <summary>Marks the blocks of runs of at least MinMenuRun (textrules.txt) menu entries between start and end.</summary>
    /// <remarks>A card's field breaks a run: the cards of a listing are no menu.</remarks>
    private static bool[] MenuRuns(IReadOnlyList<TextBlock> blocks, CardLine[] card, int start, int end, TextRules rules)
    {
        var menu = new bool[end - start + 1];
        var runStart = start;
        for (var i = start; i <= end + 1; i++)
        {
            if (i <= end && IsMenuEntry(blocks[i], rules) && blocks[i].Final != BlockClass.Good && card[i] == CardLine.None)
            {
                continue;
            }

            if (i - runStart >= rules.MinMenuRun)
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
