namespace ArticleExtract.Text;

/// <summary>
/// Stage 4, part: a heading written with its permalink mark ("Providers#", "Usage ¶") is a section
/// heading of a document (documentation links each heading to itself). The short entries listed
/// under it are the document's list: when only a few of them are share names ("Apple", "Facebook",
/// "GitHub", "Twitter", "Zoom": the sign-in providers a product supports), those few are entries of
/// the list like the others, not sharing buttons, and lose their <see cref="BoilerplateKind.Share"/>
/// kind. A sharing bar is made of share names; a list that is mostly share names keeps them.
/// Every entry of such a list is marked <see cref="TextBlock.IsSectionEntry"/>: though the page's menu
/// or footer repeats a name of it ("GitHub", "Discord"), it is the document's entry there.
/// </summary>
internal static class AnchoredSections
{
    public static void Mark(IReadOnlyList<TextBlock> blocks, TextRules rules)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!IsAnchoredHeading(blocks[i], rules))
            {
                continue;
            }

            var (end, shareNames) = ListUnder(blocks, i, rules);
            var entries = end - i;
            if (entries >= rules.MinListItems && shareNames < entries * rules.MaxSectionShareNames)
            {
                for (var k = i + 1; k <= end; k++)
                {
                    blocks[k].Kind = blocks[k].Kind == BoilerplateKind.Share ? null : blocks[k].Kind;
                    blocks[k].IsSectionEntry = true;
                }
            }

            i = end;
        }
    }

    /// <summary>
    /// "Providers#": a short line without a sentence that ends with a heading anchor right after a
    /// word (a lone "#" or "¶" is no heading).
    /// </summary>
    internal static bool IsAnchoredHeading(TextBlock block, TextRules rules)
    {
        if (block.Words == 0 || block.Words > rules.MaxTailHeadingWords || block.SentenceEnds > 0)
        {
            return false;
        }

        var text = block.Clean.AsSpan().TrimEnd();
        foreach (var anchor in rules.HeadingAnchors)
        {
            if (text.Length > anchor.Length && text.EndsWith(anchor, StringComparison.Ordinal)
                && char.IsLetterOrDigit(text[text.Length - anchor.Length - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The last index of the list under the heading at <paramref name="heading"/> (the heading's own
    /// index when none follows it) and how many of its entries are share names. An entry is a short
    /// line without a sentence, unmarked or a share name; the next anchored heading ends the list.
    /// </summary>
    private static (int End, int ShareNames) ListUnder(IReadOnlyList<TextBlock> blocks, int heading, TextRules rules)
    {
        var shareNames = 0;
        var j = heading + 1;
        while (j < blocks.Count && j - heading <= rules.MaxListItems && IsEntry(blocks[j], rules))
        {
            shareNames += blocks[j].Kind == BoilerplateKind.Share ? 1 : 0;
            j++;
        }

        return (j - 1, shareNames);
    }

    /// <summary>"Apple", "Azure (Microsoft)", "Facebook": a short line of a list, no sentence in it.</summary>
    private static bool IsEntry(TextBlock block, TextRules rules) =>
        block.Kind is null or BoilerplateKind.Share && block.Words > 0 && block.Words <= rules.MaxTailHeadingWords
        && block.SentenceEnds == 0 && !block.EndsLikeSentence && !IsAnchoredHeading(block, rules);
}
