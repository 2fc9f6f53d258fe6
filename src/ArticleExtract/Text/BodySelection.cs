namespace ArticleExtract.Text;

/// <summary>
/// Stage 7: chooses the article body: the densest run of good blocks (the run whose good text
/// outweighs the boilerplate inside it the most, found in one pass as a maximum-sum run), then keeps
/// the good blocks of that run (less the list a section heading inside it announces), and the list
/// a body line announces with a colon. Section headings
/// ("Related articles", "Newsletter") weigh more than other bad lines; comment headers are walls the
/// run never crosses; markers inside an article ("- Advertisement -") weigh little, so the run goes on
/// past them.
/// </summary>
internal static class BodySelection
{
    /// <summary>Returns the first and last index of the body run, or (-1, -1) when the page has none; marks its blocks.</summary>
    /// <param name="blocks">The page's blocks, classified.</param>
    /// <param name="rules">The thresholds (textrules.txt).</param>
    /// <param name="trimTail">Weigh good text after a heading of the page's tail for less (the final
    /// article), or fully (the run that tells whether the page is an article at all).</param>
    /// <param name="codePage">The page shows documentation's lines of code (<see cref="TextPageType.Recognise"/>):
    /// a short line it repeats ("age: int", "@property") is a line of its examples, not a menu entry.</param>
    /// <param name="stopAtTeasers">The page shows no marks of another type (<see cref="TextPageType.Recognise"/>): teaser
    /// cards under its article end the run (<see cref="TeaserCards"/>). A thread's replies may look like cards.</param>
    public static (int Start, int End) Select(IReadOnlyList<TextBlock> blocks, TextRules rules, bool trimTail, bool codePage, bool stopAtTeasers)
    {
        var (start, end) = DensestRun(blocks, rules, trimTail, codePage, stopAtTeasers);
        if (start < 0)
        {
            (start, end) = LongestSentenceBlock(blocks);
        }

        for (var i = start; i >= 0 && i <= end; i++)
        {
            // A run of one block is either a good block or the fallback sentence: kept either way.
            blocks[i].InBody = IsKept(blocks[i]) || IsUnsureInside(blocks[i], rules, codePage) || (start == end);
        }

        if (start >= 0)
        {
            DropSectionLists(blocks, start, end, rules);
            end = KeepAnnouncedLists(blocks, start, end, rules);
        }

        return (start, end);
    }

    /// <summary>
    /// A body line that ends with a colon announces what follows ("The tour dates:"): the list under
    /// it belongs to the article even though its lines are short and poor in stopwords. Returns the new end.
    /// </summary>
    private static int KeepAnnouncedLists(IReadOnlyList<TextBlock> blocks, int start, int end, TextRules rules)
    {
        var last = end;
        for (var i = start; i <= Math.Min(end + 1, blocks.Count - 1); i++)
        {
            if (!AnnouncesList(blocks[i]) || (!blocks[i].InBody && i <= end && !IsPlainLine(blocks[i])))
            {
                continue;
            }

            var items = 0;
            var j = i + 1;
            while (j < blocks.Count && items < rules.MaxListItems && IsListItem(blocks[j], rules))
            {
                items++;
                j++;
            }

            if (items < rules.MinListItems)
            {
                continue;
            }

            for (var k = i; k < j; k++)
            {
                blocks[k].InBody = true;
            }

            last = Math.Max(last, j - 1);
            i = j - 1;
        }

        return last;
    }

    /// <summary>
    /// A section heading inside the run ("Related articles", "More:") announces its list: the lines
    /// after it that are not prose, up to the next paragraph or sentence, are that list's entries, not the article.
    /// </summary>
    private static void DropSectionLists(IReadOnlyList<TextBlock> blocks, int start, int end, TextRules rules)
    {
        var inList = false;
        for (var i = start; i <= end; i++)
        {
            if (OpensFrameSection(blocks[i]))
            {
                inList = true;
                continue;
            }

            if ((IsKept(blocks[i]) && !IsHeadline(blocks[i], rules)) || blocks[i].EndsLikeSentence)
            {
                inList = false;
                continue;
            }

            if (inList)
            {
                blocks[i].InBody = false;
            }
        }
    }

    /// <summary>
    /// "Harbour festival returns after two years": a line of a headline list, good or not: no sentence
    /// in it, at most <see cref="TextRules.MaxHeadlineWords"/> words.
    /// </summary>
    private static bool IsHeadline(TextBlock block, TextRules rules) =>
        block.SentenceEnds == 0 && !block.EndsLikeSentence && block.Words <= rules.MaxHeadlineWords;

    /// <summary>
    /// "Related articles", "Newsletter", "Share this:": a block of a kind that opens a section of the
    /// frame (related list, newsletter, sharing), whether it is a heading or a line of that section.
    /// </summary>
    private static bool OpensFrameSection(TextBlock block) =>
        block.Kind is BoilerplateKind.Related or BoilerplateKind.Newsletter or BoilerplateKind.Share;

    private static bool AnnouncesList(TextBlock block) => block.Clean.EndsWith(':') && block.Kind is null && block.Words > 1;

    private static bool IsPlainLine(TextBlock block) => block.Kind is null && !block.LinkLike;

    private static bool IsListItem(TextBlock block, TextRules rules) =>
        IsPlainLine(block) && block.Repeats == 1 && block.Words > 0 && !block.InBody && block.Length < rules.MaxListItemLength;

    private static bool IsKept(TextBlock block) => block.Final == BlockClass.Good && block.Kind is null;

    /// <summary>
    /// A block inside the body run that nothing marks as boilerplate: kept (recall first). On a page
    /// of code a repeated short line is a line of its examples ("age: int" in each), not a menu entry,
    /// and a line with an address and a word beside it is a command ("curl https://api.example.com/v1/items \"):
    /// only a bare address is a link there.
    /// </summary>
    private static bool IsUnsureInside(TextBlock block, TextRules rules, bool codePage) =>
        block.Kind is null && (codePage ? !IsBareAddress(block) : !FramedSelection.IsAddress(block, rules) && !IsRepeatedMenuEntry(block, rules));

    /// <summary>"https://example.com/a": an address with no word beside it.</summary>
    private static bool IsBareAddress(TextBlock block) => block.LinkLike && block.WordsBesideAddresses == 0;

    /// <summary>"}", "—", "* * *": a line without a word (a brace closing code, a rule) neither ends the run nor weighs for it.</summary>
    private static bool IsWordless(TextBlock block) => block.Words == 0;

    /// <summary>
    /// A menu entry or a button the page repeats ("Home", "Sign in"); a repeated line of code is none,
    /// nor an entry of the list under a documentation heading ("GitHub" under "Providers#", though the footer repeats it).
    /// </summary>
    private static bool IsRepeatedMenuEntry(TextBlock block, TextRules rules) =>
        !block.IsSectionEntry && FramedSelection.IsRepeatedShortLine(block) && FramedSelection.IsMenuEntry(block, rules);

    private static (int Start, int End) DensestRun(IReadOnlyList<TextBlock> blocks, TextRules rules, bool trimTail, bool codePage, bool stopAtTeasers)
    {
        double best = 0, current = 0;
        int bestStart = -1, bestEnd = -1, currentStart = 0;
        var discount = 1.0;
        var severalCommentHeaders = HasSeveralCommentHeaders(blocks, rules);
        var teasers = trimTail && stopAtTeasers ? TeaserCards.FirstRun(blocks, rules) : -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i == teasers && best >= rules.MinArticleWeight)
            {
                // Under an article, the page's first teaser cards (headline, date, summary, again) open
                // its tail: the run stops there, and their summaries count as little as comments. Cards
                // with no article above them are the page's own (a listing of episodes).
                current = 0;
                currentStart = i + 1;
                discount = Math.Min(discount, rules.CommentsDiscount);
                continue;
            }

            if (IsCommentsWall(blocks[i], severalCommentHeaders, rules))
            {
                // Comments never belong to the article: the run cannot cross them, and once an
                // article has been seen, the prose under them counts for little.
                current = 0;
                currentStart = i + 1;
                discount = best >= rules.MinArticleWeight ? rules.CommentsDiscount : discount;
                continue;
            }

            if (current <= 0)
            {
                current = 0;
                currentStart = i;
            }

            var weight = Weight(blocks[i], rules, codePage);
            current += weight > 0 ? weight * discount : weight;
            if (trimTail && best >= rules.MinArticleWeight && IsTailHeading(blocks[i], rules))
            {
                // After an article, a heading of the page's tail ("Most read", "More from ...")
                // opens lists and teasers: what follows counts for less.
                discount = Math.Min(discount, rules.TailDiscount);
            }

            if (current > best)
            {
                (best, bestStart, bestEnd) = (current, currentStart, i);
            }
        }

        return (bestStart, bestEnd);
    }

    /// <summary>
    /// A comments heading ("3 Comments", "Leave a reply"), or a comment header when the page has
    /// several: one "Jane Roe said:" alone may introduce a quote in the article. A comments label
    /// the page repeats under every card is a card's button, not a heading; nor is a form's "Submit".
    /// </summary>
    internal static bool IsCommentsWall(TextBlock block, bool severalCommentHeaders, TextRules rules) =>
        block.Kind == BoilerplateKind.Comments && (!block.IsCommentHeader || severalCommentHeaders) && !IsCardAction(block, rules)
        && !IsFormButton(block, rules);

    /// <summary>"Submit": the button that sends a form (<c>@form-button</c>), a newsletter's or a contact form's as much as a comment form's: no wall.</summary>
    private static bool IsFormButton(TextBlock block, TextRules rules) => rules.FormButtons.Contains(block.Clean.Trim());

    /// <summary>"Comment" under each card of a listing: a label repeated at least <see cref="TextRules.MinCardActionRepeats"/> times (a comment header aside).</summary>
    private static bool IsCardAction(TextBlock block, TextRules rules) => !block.IsCommentHeader && block.Repeats >= rules.MinCardActionRepeats;

    /// <summary>
    /// "Most read", "More from the desk": a short heading of a related list or the footer, once on
    /// the page. A newsletter button ("Subscribe now") may stand between an article's paragraphs,
    /// and a repeated "Show more" expands the article's boxes.
    /// </summary>
    private static bool IsTailHeading(TextBlock block, TextRules rules) =>
        block.Kind is BoilerplateKind.Related or BoilerplateKind.Footer
        && block.Words <= rules.MaxTailHeadingWords && !block.EndsLikeSentence && block.Repeats == 1;

    /// <summary>The page has at least <see cref="TextRules.MinCommentHeaders"/> comment headers.</summary>
    internal static bool HasSeveralCommentHeaders(IReadOnlyList<TextBlock> blocks, TextRules rules)
    {
        var headers = 0;
        foreach (var block in blocks)
        {
            headers += block.IsCommentHeader ? 1 : 0;
        }

        return headers >= rules.MinCommentHeaders;
    }

    private static double Weight(TextBlock block, TextRules rules, bool codePage)
    {
        if (IsKept(block))
        {
            return block.Length - rules.GoodLengthOffset;
        }

        if (IsInlineTeaser(block, rules))
        {
            return -rules.InterruptionPenalty;
        }

        return block.Kind switch
        {
            BoilerplateKind.Related or BoilerplateKind.Newsletter or BoilerplateKind.Share
                or BoilerplateKind.Footer or BoilerplateKind.CookieNotice => -rules.SectionBreakPenalty,
            BoilerplateKind.Advertisement or BoilerplateKind.Placeholder or BoilerplateKind.EmptyLabel
                or BoilerplateKind.ImageCredit or BoilerplateKind.Weather or BoilerplateKind.Byline => -rules.InterruptionPenalty,
            null when ContextRevision.IsRepeatedCaption(block) => -rules.InterruptionPenalty,
            null when IsUnsureInside(block, rules, codePage) => -rules.UnsurePenalty,
            _ when IsWordless(block) => 0,
            _ => -Math.Max(rules.MinBadPenalty, block.Length),
        };
    }

    /// <summary>
    /// "RELATED: Another headline" between two paragraphs, or "Continue Reading" under every card: a
    /// link to elsewhere that interrupts an article without ending it (the heading of a section of
    /// the frame stands alone and once).
    /// </summary>
    private static bool IsInlineTeaser(TextBlock block, TextRules rules) =>
        block.Kind is BoilerplateKind.Related && (block.IsTeaserLine || block.Repeats >= rules.MinCardActionRepeats);

    /// <summary>When no block is good, the longest block that ends like a sentence (a one-paragraph page).</summary>
    private static (int Start, int End) LongestSentenceBlock(IReadOnlyList<TextBlock> blocks)
    {
        var best = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind is null && !block.LinkLike && block.EndsLikeSentence && (best < 0 || block.Length > blocks[best].Length))
            {
                best = i;
            }
        }

        return (best, best);
    }
}
