namespace ArticleExtract.Text;

/// <summary>
/// Stage 6: revises short and near-good blocks by their neighbours, as jusText does: a short block
/// between good ones is good, between bad ones bad; a near-good block is bad only between bad ones.
/// Linear: the nearest neighbours are found by one scan each way.
/// </summary>
internal static class ContextRevision
{
    /// <summary>
    /// This many near-good blocks in a row (short blocks between them aside) are prose even without a
    /// long paragraph among them: sites that give every sentence its own paragraph.
    /// </summary>
    private const int ProseRun = 3;

    /// <summary>This many short lines in a row, none a sentence, are a list of links or a menu.</summary>
    private const int HeadlineRun = 3;

    /// <summary>A long line shown this many times is a caption repeated under pictures.</summary>
    private const int MinCaptionRepeats = 3;

    public static void Revise(IReadOnlyList<TextBlock> blocks)
    {
        var count = blocks.Count;
        var classes = new BlockClass[count];
        var transparent = new bool[count];
        var transparentToProse = new bool[count];
        var codeLines = 0;
        for (var i = 0; i < count; i++)
        {
            classes[i] = blocks[i].Initial;
            transparent[i] = IsInterruption(blocks[i]) || IsRepeatedCaption(blocks[i]);
            codeLines += IsStatement(blocks[i]) ? 1 : 0;
        }

        if (codeLines >= TextRules.Shared.MinCodeLines)
        {
            // A page of documentation (several statements of code): its lines of code do not cut the prose around them.
            for (var i = 0; i < count; i++)
            {
                transparent[i] |= IsCodeLine(blocks[i]);
            }
        }

        for (var i = 0; i < count; i++)
        {
            transparentToProse[i] = transparent[i] || IsCardButton(blocks[i]);
        }

        DemoteRunsOfHeadlines(blocks, classes);
        PromoteRunsOfNearGood(classes, transparentToProse);

        // Short blocks, judged by the original classes of their neighbours.
        var prevStrict = Neighbours(classes, transparent, forward: true, skipNearGood: true);
        var nextStrict = Neighbours(classes, transparent, forward: false, skipNearGood: true);
        var prevLoose = Neighbours(classes, transparent, forward: true, skipNearGood: false);
        var nextLoose = Neighbours(classes, transparent, forward: false, skipNearGood: false);
        var revised = (BlockClass[])classes.Clone();
        for (var i = 0; i < count; i++)
        {
            if (classes[i] == BlockClass.Short)
            {
                revised[i] = ShortBlockClass(prevStrict[i], nextStrict[i], prevLoose[i], nextLoose[i]);
            }
        }

        // Near-good blocks, judged by the revised classes (a card's button aside: short blocks stay judged by it).
        prevStrict = Neighbours(revised, transparentToProse, forward: true, skipNearGood: true);
        nextStrict = Neighbours(revised, transparentToProse, forward: false, skipNearGood: true);
        for (var i = 0; i < count; i++)
        {
            if (revised[i] == BlockClass.NearGood)
            {
                revised[i] = prevStrict[i] == BlockClass.Bad && nextStrict[i] == BlockClass.Bad ? BlockClass.Bad : BlockClass.Good;
            }
        }

        for (var i = 0; i < count; i++)
        {
            blocks[i].Final = revised[i];
        }
    }

    /// <summary>
    /// Turns runs of short lines that are not sentences ("10 Photos of the Harbour at Night", menu entries,
    /// headline lists) into bad blocks even between good ones: an article does not put so many
    /// headings in a row.
    /// </summary>
    private static void DemoteRunsOfHeadlines(IReadOnlyList<TextBlock> blocks, BlockClass[] classes)
    {
        var runStart = 0;
        for (var i = 0; i <= blocks.Count; i++)
        {
            if (i < blocks.Count && classes[i] == BlockClass.Short && !blocks[i].EndsLikeSentence)
            {
                continue;
            }

            if (i - runStart >= HeadlineRun)
            {
                for (var j = runStart; j < i; j++)
                {
                    classes[j] = BlockClass.Bad;
                }
            }

            runStart = i + 1;
        }
    }

    /// <summary>Turns near-good blocks into good ones where enough of them follow each other (only short blocks between).</summary>
    private static void PromoteRunsOfNearGood(BlockClass[] classes, bool[] transparent)
    {
        var runStart = 0;
        var nearGood = 0;
        for (var i = 0; i <= classes.Length; i++)
        {
            var c = i < classes.Length ? classes[i] : BlockClass.Bad;
            if (c == BlockClass.NearGood)
            {
                nearGood++;
                continue;
            }

            if (c != BlockClass.Bad || (i < classes.Length && transparent[i]))
            {
                continue;
            }

            if (nearGood >= ProseRun)
            {
                for (var j = runStart; j < i; j++)
                {
                    if (classes[j] == BlockClass.NearGood)
                    {
                        classes[j] = BlockClass.Good;
                    }
                }
            }

            runStart = i + 1;
            nearGood = 0;
        }
    }

    /// <summary>
    /// A marker that interrupts an article without saying anything about its neighbours ("- Advertisement -",
    /// "spot_img", an image credit, "Read more: Another headline"): the neighbours are judged as if it were not there.
    /// </summary>
    internal static bool IsInterruption(TextBlock block) =>
        block.Kind is BoilerplateKind.Advertisement or BoilerplateKind.Placeholder or BoilerplateKind.ImageCredit or BoilerplateKind.EmptyLabel
        || block.IsTeaserLine;

    /// <summary>
    /// A long line without a sentence, poor in stopwords and mostly capitalised (a title), the page
    /// shows at least <see cref="MinCaptionRepeats"/> times (the same caption or alt text under every
    /// picture of an article): a marker between paragraphs, not the article, and nothing to judge its
    /// neighbours by. A menu entry is short; a paragraph the page repeats is prose; a repeated line of
    /// code is lower case.
    /// </summary>
    internal static bool IsRepeatedCaption(TextBlock block) =>
        block.Kind is null && block.Repeats >= MinCaptionRepeats && block.Length >= BlockClassifier.ShortLength && !block.EndsLikeSentence
        && block.StopwordDensity < BlockClassifier.LowStopwordDensity && block.CapitalizedShare >= TextRules.Shared.MinMenuLineCapitals;

    /// <summary>
    /// "View Webcam", "Read more": a short line the page repeats under every card (a card's action,
    /// <see cref="CardLines.IsCardAction"/>): it stands between the cards' texts, and says nothing
    /// about their prose: near-good blocks are judged as if it were not there. A short block beside it
    /// (a card's name, a menu's entry) is still judged by it. A line with a figure ("Rated 4 out of 5")
    /// is a field of a review, not a button.
    /// </summary>
    internal static bool IsCardButton(TextBlock block) =>
        CardLines.IsCardAction(block, TextRules.Shared) && block.Length < BlockClassifier.ShortLength && !block.EndsLikeSentence
        && block.Clean.AsSpan().IndexOfAnyInRange('0', '9') < 0;

    /// <summary>
    /// "class Model(BaseModel):", "root /data;": a line of code between a documentation page's
    /// paragraphs says nothing about them (it is no menu): they are judged as if it were not there.
    /// </summary>
    private static bool IsCodeLine(TextBlock block) => block.Kind is null && TextPageType.IsCodeLine(block, TextRules.Shared);

    /// <summary>A line of code with a statement's mark (<c>@statement-mark</c>: not only brackets, which a caption or a product's size may hold).</summary>
    private static bool IsStatement(TextBlock block) => IsCodeLine(block) && block.Clean.AsSpan().IndexOfAny(TextRules.Shared.StatementMarks) >= 0;

    private static BlockClass ShortBlockClass(BlockClass prev, BlockClass next, BlockClass prevLoose, BlockClass nextLoose)
    {
        if (prev == BlockClass.Good && next == BlockClass.Good)
        {
            return BlockClass.Good;
        }

        if (prev == BlockClass.Bad && next == BlockClass.Bad)
        {
            return BlockClass.Bad;
        }

        // Between good and bad: good when the bad side is separated by a near-good block.
        return (prev == BlockClass.Bad && prevLoose == BlockClass.NearGood) || (next == BlockClass.Bad && nextLoose == BlockClass.NearGood)
            ? BlockClass.Good
            : BlockClass.Bad;
    }

    /// <summary>
    /// For each block, the class of the nearest block before it (or after it) that is not short, not an
    /// interruption (and, when <paramref name="skipNearGood"/>, not near-good either); the page edge counts as bad.
    /// </summary>
    private static BlockClass[] Neighbours(BlockClass[] classes, bool[] transparent, bool forward, bool skipNearGood)
    {
        var result = new BlockClass[classes.Length];
        var last = BlockClass.Bad;
        for (var step = 0; step < classes.Length; step++)
        {
            var i = forward ? step : classes.Length - 1 - step;
            result[i] = last;
            var c = classes[i];
            if (c != BlockClass.Short && !(skipNearGood && c == BlockClass.NearGood) && !transparent[i])
            {
                last = c;
            }
        }

        return result;
    }
}
