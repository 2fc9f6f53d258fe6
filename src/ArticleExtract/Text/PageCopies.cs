namespace ArticleExtract.Text;

/// <summary>
/// Stage 7: a page rendered with its article more than once (a copy per layout, per tab, a print
/// view) shows each paragraph again: the article keeps the first. (A listing or a thread keeps what
/// it repeats: recall first.)
/// </summary>
internal static class PageCopies
{
    /// <summary>
    /// Leaves out the copies among the body's blocks between start and end: when at least
    /// <see cref="TextRules.MinCopiedShare"/> of the body's prose repeats paragraphs it already
    /// holds, every such repeat is a copy. Less is the page's own (a pull quote repeats its
    /// sentence, a reply quotes a comment). A start below 0 (no body) leaves the blocks alone.
    /// </summary>
    public static void Drop(IReadOnlyList<TextBlock> blocks, int start, int end, TextRules rules)
    {
        if (start < 0)
        {
            return;
        }

        var first = FirstOccurrences.Find(blocks, start, end, IsCounted);
        var copies = new List<int>();
        long prose = 0, copied = 0;
        for (var i = start; i <= end; i++)
        {
            var block = blocks[i];
            if (!IsCounted(block))
            {
                continue;
            }

            prose += block.Length;
            if (!first[i - start])
            {
                copies.Add(i);
                copied += block.Length;
            }
        }

        if (copied == 0 || copied < rules.MinCopiedShare * prose)
        {
            return;
        }

        foreach (var i in copies)
        {
            blocks[i].InBody = false;
        }
    }

    /// <summary>A block of the body whose copy is no accident.</summary>
    private static bool IsCounted(TextBlock block) => block.InBody && IsCopyCandidate(block);

    /// <summary>A block whose copy is no accident: prose, not a short line an article may say twice.</summary>
    private static bool IsCopyCandidate(TextBlock block) => block.Final == BlockClass.Good;
}
