namespace ArticleExtract.Text;

/// <summary>
/// Stage 4, part: a list whose every line ends with a count in brackets ("Myles Garrett should
/// expect a suspension (148)", "Recipes (12)", "Positive (3,120)"): the most commented or most read
/// headlines with their comment counts, a blog's categories or archive months with their post
/// counts, a shop's filters with their hits. Such lines are links to elsewhere, not the page's text:
/// at least <see cref="TextRules.MinCountedLines"/> of them in a row are marked
/// <see cref="BoilerplateKind.Navigation"/>. A line with other figures ("Seniors 9 (10)") is a table
/// row, and a year in brackets ("Homes sold above asking (2024)") is a caption: neither counts.
/// </summary>
internal static class CountedLists
{
    /// <summary>A year in brackets has this many digits.</summary>
    private const int YearDigits = 4;

    public static void Mark(IReadOnlyList<TextBlock> blocks, TextRules rules)
    {
        if (!HasProse(blocks, rules))
        {
            return;
        }

        var runStart = 0;
        for (var i = 0; i <= blocks.Count; i++)
        {
            if (i < blocks.Count && IsCountedLine(blocks[i], rules))
            {
                continue;
            }

            if (i - runStart >= rules.MinCountedLines)
            {
                for (var k = runStart; k < i; k++)
                {
                    blocks[k].Kind = BoilerplateKind.Navigation;
                }
            }

            runStart = i + 1;
        }
    }

    /// <summary>
    /// The page has at least <see cref="TextRules.MinArticleProse"/> characters of sentences beside its
    /// counted lines: the lists stand beside an article or a product's text. On a page without prose
    /// the list of categories with their counts is all there is to read (a shop's category index).
    /// </summary>
    private static bool HasProse(IReadOnlyList<TextBlock> blocks, TextRules rules)
    {
        var prose = 0;
        foreach (var block in blocks)
        {
            prose += block.Kind is null && block.EndsLikeSentence && block.Length >= BlockClassifier.ShortLength ? block.Length : 0;
        }

        return prose >= rules.MinArticleProse;
    }

    /// <summary>
    /// "Reports: Mason Rudolph will be fined (145)": a line nothing else has recognised, of at most
    /// <see cref="TextRules.MaxHeadlineWords"/> words and no sentence, whose only figure is the count in brackets at its end.
    /// </summary>
    private static bool IsCountedLine(TextBlock block, TextRules rules)
    {
        if (block.Kind is not null || block.Words > rules.MaxHeadlineWords + 1 || block.SentenceEnds > 0)
        {
            return false;
        }

        var text = block.Clean.AsSpan().TrimEnd();
        if (!text.EndsWith(')'))
        {
            return false;
        }

        var open = text.LastIndexOf('(');
        if (open <= 0)
        {
            return false;
        }

        var count = text[(open + 1)..^1];
        return IsCount(count) && text[..open].IndexOfAnyInRange('0', '9') < 0;
    }

    /// <summary>"148", "3,120": digits and thousands separators, not a year ("2024").</summary>
    private static bool IsCount(ReadOnlySpan<char> count) =>
        !count.IsEmpty && char.IsAsciiDigit(count[0]) && count.IndexOfAnyExcept("0123456789,.") < 0 && !IsYear(count);

    private static bool IsYear(ReadOnlySpan<char> count) =>
        count.Length == YearDigits && (count.StartsWith("19", StringComparison.Ordinal) || count.StartsWith("20", StringComparison.Ordinal));
}
