namespace ArticleExtract.Text;

/// <summary>
/// Which blocks show their text for the first time: a block the page shows once is always its
/// first; of a repeated text (same key), the earliest counted block is the first. One rule for the
/// framed page (a card's title shown twice is kept once) and for the article's copies (a second
/// rendering of a paragraph is a copy).
/// </summary>
internal static class FirstOccurrences
{
    /// <summary>
    /// For each block from start to end (inclusive; index i - start in the result), whether no
    /// counted block before it in the range has the same text. Blocks that <paramref name="counts"/>
    /// rejects are left out of the comparison (their entry is false); null counts every block.
    /// </summary>
    public static bool[] Find(IReadOnlyList<TextBlock> blocks, int start, int end, Func<TextBlock, bool>? counts = null)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var first = new bool[Math.Max(0, end - start + 1)];
        for (var i = start; i <= end; i++)
        {
            var block = blocks[i];
            if (counts is null || counts(block))
            {
                first[i - start] = IsFirst(block, seen);
            }
        }

        return first;
    }

    /// <summary>A block the page shows once, or the first of its text among those seen so far.</summary>
    private static bool IsFirst(TextBlock block, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> seen) =>
        block.Repeats == 1 || seen.Add(block.Key.Span);
}
