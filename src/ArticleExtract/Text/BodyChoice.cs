namespace ArticleExtract.Text;

/// <summary>
/// Stage 7: chooses the body by the page's content profile. An article is one run of prose
/// (<see cref="BodySelection"/>); every other page (a thread, a listing, documentation, a service or
/// product page) is the whole text less its frame (<see cref="FramedSelection"/>). The article run is
/// taken when it holds a good share of what the framed page holds: a page whose content is spread
/// over many short entries keeps them all.
/// </summary>
internal static class BodyChoice
{
    /// <summary>The article run is the body when it holds at least this share of the framed body's words.</summary>
    private const double MinArticleShare = 0.5;

    /// <summary>Returns the first index of the body (-1 when the page has none); marks the body's blocks.</summary>
    public static int Select(IReadOnlyList<TextBlock> blocks)
    {
        var (runStart, _) = BodySelection.Select(blocks);
        var runKept = new bool[blocks.Count];
        var runWords = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            runKept[i] = blocks[i].InBody;
            runWords += blocks[i].InBody ? blocks[i].Words : 0;
            blocks[i].InBody = false;
        }

        var (framedStart, _) = FramedSelection.Select(blocks);
        var framedWords = 0;
        foreach (var block in blocks)
        {
            framedWords += block.InBody ? block.Words : 0;
        }

        if (!IsArticleRun(runWords, framedWords))
        {
            return framedStart;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            blocks[i].InBody = runKept[i];
        }

        return runStart;
    }

    /// <summary>The run holds enough of the page's content to be its article.</summary>
    private static bool IsArticleRun(int runWords, int framedWords) => framedWords == 0 || runWords >= MinArticleShare * framedWords || runWords >= MinArticleWords;

    private static readonly int MinArticleWords = int.Parse(Environment.GetEnvironmentVariable("TX_AW") ?? "300");
}
