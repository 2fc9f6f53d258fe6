using ArticleExtract.Metadata;

namespace ArticleExtract.Text;

/// <summary>
/// Teaser cards under an article ("Latest News": a headline, its date, a one-paragraph summary;
/// again for the next story): each card reads like a short article of its own, so the article run
/// would go on over them. A card is a headline, a dateline (or a byline with its date,
/// <see cref="LineMetadata.IsMetaLine"/>) and a good paragraph, in the order headline, dateline,
/// summary or dateline, headline, summary. At least <see cref="TextRules.MinTeaserCards"/> cards,
/// each at most <see cref="TextRules.MaxCardLines"/> lines after the last and as long as the card
/// before it, give or take a line (one layout), are a run of teasers. A listicle's items ("3. A pro
/// can help you stay within budget" over its paragraphs) carry no dateline each: no cards.
/// </summary>
internal static class TeaserCards
{
    /// <summary>The first line of the page's first run of teaser cards, or -1 when the page shows none.</summary>
    public static int FirstRun(IReadOnlyList<TextBlock> blocks, TextRules rules)
    {
        int runStart = -1, lastCard = -1, lastGap = 0, cards = 0;
        for (var m = 1; m + 1 < blocks.Count; m++)
        {
            var card = CardStart(blocks, m, rules);
            if (card < 0)
            {
                continue;
            }

            var gap = card - lastCard;
            if (lastCard >= 0 && gap <= rules.MaxCardLines + 1 && (cards == 1 || Math.Abs(gap - lastGap) <= 1))
            {
                cards++;
            }
            else
            {
                (runStart, cards) = (card, 1);
            }

            if (cards >= rules.MinTeaserCards)
            {
                return runStart;
            }

            (lastCard, lastGap) = (card, gap);
        }

        return -1;
    }

    /// <summary>The first line of the card whose meta line is at <paramref name="m"/>, or -1 when no card's meta line is there.</summary>
    private static int CardStart(IReadOnlyList<TextBlock> blocks, int m, TextRules rules)
    {
        if (!IsCardMetaLine(blocks[m], rules))
        {
            return -1;
        }

        // Headline, meta line, summary.
        if (IsSummary(blocks[m + 1]) && IsCardHeadline(blocks[m - 1], rules))
        {
            return m - 1;
        }

        // Meta line, headline, summary.
        return m + 2 < blocks.Count && IsCardHeadline(blocks[m + 1], rules) && IsSummary(blocks[m + 2]) ? m : -1;
    }

    /// <summary>
    /// "March 29, 2025", "By Jane Roe, May 3, 2024": a line of at most <see cref="TextRules.MaxTeaserMetaWords"/>
    /// words with a figure that is a dateline or a byline (read only for such lines: cheap). A byline alone
    /// ("By Suzanne Lacy") signs the entries of a list of readings as well, the page's content.
    /// </summary>
    private static bool IsCardMetaLine(TextBlock block, TextRules rules) =>
        block.Words > 0 && block.Words <= rules.MaxTeaserMetaWords && block.Kind is null or BoilerplateKind.Byline
        && !block.EndsLikeSentence
        && HasFigure(block) && LineMetadata.IsMetaLine(block.Clean);

    /// <summary>
    /// A card's headline: a line of <see cref="TextRules.MinTeaserHeadlineWords"/> to <see cref="TextRules.MaxHeadlineWords"/>
    /// words without a sentence end, no known boilerplate, shown once (each story has its own), and no byline
    /// or date itself: a thread's post opens with its writer ("Re: (Score:2)" over "by jane ( 1234 )"), a table
    /// with its rows ("11/1/2024 +5.4%").
    /// </summary>
    private static bool IsCardHeadline(TextBlock block, TextRules rules) =>
        block.Kind is null && block.Repeats == 1 && block.Words >= rules.MinTeaserHeadlineWords && block.Words <= rules.MaxHeadlineWords
        && !block.EndsLikeSentence && !LineMetadata.IsMetaLine(block.Clean);

    private static bool HasFigure(TextBlock block) => block.Clean.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>A card's summary: a good paragraph.</summary>
    private static bool IsSummary(TextBlock block) => block.Final == BlockClass.Good && block.Kind is null;
}
