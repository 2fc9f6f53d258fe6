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
    private const int MinMenuRun = 3;

    /// <summary>Returns the first and last index of the body, or (-1, -1) when the page has no content; marks its blocks.</summary>
    public static (int Start, int End) Select(IReadOnlyList<TextBlock> blocks)
    {
        var start = -1;
        var end = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (IsContentLine(blocks[i]))
            {
                start = start < 0 ? i : start;
                end = i;
            }
        }

        if (start < 0)
        {
            return (-1, -1);
        }

        var menu = MenuRuns(blocks, start, end);
        for (var i = start; i <= end; i++)
        {
            blocks[i].InBody = IsKeptInside(blocks[i]) && !menu[i - start];
        }

        return (start, end);
    }

    /// <summary>A line that is content for sure: not boilerplate, and more than a menu entry (a sentence, a figure, several words).</summary>
    private static bool IsContentLine(TextBlock block) =>
        IsKeptInside(block) && (block.Final == BlockClass.Good || !IsMenuEntry(block));

    /// <summary>A block inside the body that nothing marks as boilerplate.</summary>
    internal static bool IsKeptInside(TextBlock block) =>
        block.Kind is null && !block.LinkLike && !IsRepeatedShortLine(block);

    /// <summary>A short line the page repeats: a menu entry or a button.</summary>
    internal static bool IsRepeatedShortLine(TextBlock block) =>
        block.Repeats > 1 && block.Length < BlockClassifier.ShortLength && !block.EndsLikeSentence;

    /// <summary>"Products", "Sign in", "Help Center": a few words, no figure, no sentence.</summary>
    internal static bool IsMenuEntry(TextBlock block) =>
        block.Words <= MaxMenuEntryWords && !block.EndsLikeSentence && block.Clean.AsSpan().IndexOfAnyInRange('0', '9') < 0;

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
