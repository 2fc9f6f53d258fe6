namespace ArticleExtract.Text;

/// <summary>
/// Stage 7: recognises the page's type and chooses the body by its content profile. An article is
/// one run of prose (<see cref="BodySelection"/>); every other page (a thread, a listing,
/// documentation, a service or product page) is the whole text less its frame
/// (<see cref="FramedSelection"/>): all posts of a thread, every card of a listing, every section of
/// a service page. The article run is taken when it holds most of the page's prose, or a good share
/// of what the framed page holds.
/// </summary>
internal static class BodyChoice
{
    /// <summary>Returns the first index of the body (-1 when the page has none) and the page's type; marks the body's blocks.</summary>
    public static (int Start, PageType Type, double Confidence) Select(IReadOnlyList<TextBlock> blocks, TextRules rules)
    {
        var (type, confidence, marked, postBylines) = TextPageType.Recognise(blocks, rules);
        var isThread = type == PageType.Forum;
        var codePage = type == PageType.Documentation;
        var (runStart, runEnd) = BodySelection.Select(blocks, rules, trimTail: false, codePage, stopAtTeasers: false);
        var run = new bool[blocks.Count];
        int runWords = 0, runProse = 0, prose = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var length = IsProse(blocks[i], rules) ? blocks[i].Length : 0;
            prose += length;
            run[i] = blocks[i].InBody;
            runProse += run[i] ? length : 0;
            runWords += run[i] ? blocks[i].Words : 0;
            blocks[i].InBody = false;
        }

        var (framedStart, _) = FramedSelection.Select(blocks, isThread, rules);
        var framedWords = 0;
        foreach (var block in blocks)
        {
            framedWords += block.InBody ? block.Words : 0;
        }

        if (!IsArticle(runWords, framedWords, runProse, prose, rules) || (postBylines && !HoldsThread(runWords, framedWords, rules)))
        {
            return (framedStart, type, confidence);
        }

        // The page is an article: its run again without the teasers of the page's tail, unless the
        // page shows the marks of another type whose content may follow (else the run as it was weighed stands).
        var trimTail = !KeepsTail(type, marked, postBylines);
        for (var i = 0; i < blocks.Count; i++)
        {
            blocks[i].InBody = !trimTail && run[i];
        }

        if (trimTail)
        {
            (runStart, runEnd) = BodySelection.Select(blocks, rules, trimTail: true, codePage, stopAtTeasers: !marked);
        }

        // Weighed with its copies (they are the article's words too), kept without them.
        PageCopies.Drop(blocks, runStart, runEnd, rules);

        return (runStart, PageType.Article, prose == 0 ? 0 : (double)runProse / prose);
    }

    /// <summary>
    /// The page shows the marks of documentation or a shop (code, prices), or of a thread whose posts
    /// are signed as a forum signs them: though its run reads as an article, what follows the run may
    /// be the page's content (recall first). Reply rows alone are readers' comments under an article:
    /// its tail (the teasers of "Most read") is trimmed as any article's.
    /// </summary>
    /// <param name="type">The type <see cref="TextPageType.Recognise"/> read from the marks.</param>
    /// <param name="marked">Whether it found such marks.</param>
    /// <param name="postBylines">Whether the posts are signed as a forum signs them.</param>
    private static bool KeepsTail(PageType type, bool marked, bool postBylines) =>
        marked && (type != PageType.Forum || postBylines);

    /// <summary>
    /// On a page whose posts are signed as a forum signs them (<see cref="TextPageType.Recognise"/>) the
    /// run is one post unless it holds most of the framed page: a long first post is still one post.
    /// </summary>
    private static bool HoldsThread(int runWords, int framedWords, TextRules rules) =>
        framedWords == 0 || runWords >= rules.MinThreadArticleShare * framedWords;

    /// <summary>
    /// A good block that weighs as the page's prose: a sentence, a paragraph, or a short label of the
    /// page's own sections ("Illness", "Vet exam fees"). A headline without a sentence ("Vikings come
    /// back to beat the Broncos") is a teaser to another page: however good, it is no prose of this one.
    /// </summary>
    private static bool IsProse(TextBlock block, TextRules rules) =>
        block.Final == BlockClass.Good && block.Kind is null
        && (block.EndsLikeSentence || block.Length > rules.MinProseLength || block.Words <= rules.MaxProseLabelWords);

    /// <summary>
    /// The run is the page's article: it holds a good share of the framed page, or most of its prose
    /// and still some share of the framed page (a short introduction above a long list is the list's page).
    /// </summary>
    private static bool IsArticle(int runWords, int framedWords, int runProse, int prose, TextRules rules) =>
        framedWords == 0 || runWords >= rules.MinArticleShare * framedWords
        || (runProse >= rules.MinArticleProse && runProse >= rules.MinProseShare * prose && runWords >= rules.MinProseArticleShare * framedWords);
}
