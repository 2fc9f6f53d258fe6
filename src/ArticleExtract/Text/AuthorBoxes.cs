namespace ArticleExtract.Text;

/// <summary>
/// Stage 4, part: the author box under (or over) an article: a line that is a name ("Jane Roe"),
/// perhaps a role line or two ("Contributing Writer"), and a paragraph about that person that
/// names them in its first words ("Jane Roe is a writer and editor who ..."). The paragraph reads
/// as prose, but it is about the writer, not the article: the three are marked
/// <see cref="BoilerplateKind.Byline"/>. A page with more such pairs than
/// <see cref="TextRules.MaxAuthorBoxes"/> is a list of people (a team page, a list of speakers):
/// there they are the content, and none is marked.
/// </summary>
internal static class AuthorBoxes
{
    /// <summary>Longer words are no person word: they are lower-cased on the stack up to this length.</summary>
    private const int MaxStackWord = 16;

    public static void Mark(IReadOnlyList<TextBlock> blocks, TextRules rules)
    {
        Span<(int Name, int Bio)> boxes = stackalloc (int, int)[rules.MaxAuthorBoxes];
        var found = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!IsNameLine(blocks[i], rules))
            {
                continue;
            }

            var bio = BioAfter(blocks, i, rules);
            if (bio < 0)
            {
                continue;
            }

            if (found == boxes.Length)
            {
                // One pair too many: a list of people.
                return;
            }

            boxes[found++] = (i, bio);
            i = bio;
        }

        foreach (var (name, bio) in boxes[..found])
        {
            for (var k = name; k <= bio; k++)
            {
                blocks[k].Kind = BoilerplateKind.Byline;
            }
        }
    }

    /// <summary>
    /// "Jane Roe", "Arricca Elin SanSone": a short line of capitalised words without a figure or a
    /// sentence end, that nothing else has recognised.
    /// </summary>
    private static bool IsNameLine(TextBlock block, TextRules rules) =>
        block.Kind is null && block.Words >= rules.MinAuthorNameWords && block.Words <= rules.MaxAuthorNameWords
        && !block.EndsLikeSentence && block.CapitalizedShare >= 1 && block.Clean.AsSpan().IndexOfAnyInRange('0', '9') < 0;

    /// <summary>
    /// The index of the paragraph about the person a name line names, after at most
    /// <see cref="TextRules.MaxAuthorRoleLines"/> role lines; -1 when there is none.
    /// </summary>
    private static int BioAfter(IReadOnlyList<TextBlock> blocks, int name, TextRules rules)
    {
        for (var j = name + 1; j < blocks.Count && j <= name + 1 + rules.MaxAuthorRoleLines; j++)
        {
            var block = blocks[j];
            if (block.Kind is null && block.Words >= rules.MinAuthorBioWords)
            {
                return NamesEarly(block.Clean, blocks[name].Clean, rules) && SpeaksOfAPerson(block.Clean, rules)
                    && !ProseFollows(blocks, j, rules) ? j : -1;
            }

            if (!IsRoleLine(block, rules))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The paragraph after it is prose too: the name was a caption or a subheading inside the article
    /// ("Jane Roe" under her photo), and the paragraph is the article's; an author box ends with its paragraph.
    /// </summary>
    private static bool ProseFollows(IReadOnlyList<TextBlock> blocks, int bio, TextRules rules) =>
        bio + 1 < blocks.Count && blocks[bio + 1] is { Kind: null, EndsLikeSentence: true } next && next.Words >= rules.MinAuthorBioWords;

    /// <summary>"Contributing Writer", "Co-founder": a short line without a sentence end between the name and the paragraph.</summary>
    private static bool IsRoleLine(TextBlock block, TextRules rules) =>
        block.Kind is null && block.Words <= rules.MaxAuthorRoleWords && !block.EndsLikeSentence;

    /// <summary>
    /// The paragraph names the person among its first <see cref="TextRules.MaxAuthorNameOffset"/>
    /// words: the name's first or last word, as written ("Jane", "Roe's").
    /// </summary>
    private static bool NamesEarly(string paragraph, string name, TextRules rules)
    {
        var nameWords = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var first = nameWords[0].TrimEnd(',', '.');
        var last = nameWords[^1].TrimEnd(',', '.');
        var seen = 0;
        foreach (var range in paragraph.AsSpan().Split(' '))
        {
            var word = Bare(paragraph.AsSpan()[range]);
            if (word.IsEmpty)
            {
                continue;
            }

            if (word.SequenceEqual(first) || word.SequenceEqual(last))
            {
                return true;
            }

            if (++seen >= rules.MaxAuthorNameOffset)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "She has written about gardens for twenty years": the paragraph has a word of
    /// <see cref="TextRules.PersonWords"/>, as a paragraph about a person has and one about a product or a place has not.
    /// </summary>
    private static bool SpeaksOfAPerson(string paragraph, TextRules rules)
    {
        var lookup = rules.PersonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[MaxStackWord];
        foreach (var range in paragraph.AsSpan().Split(' '))
        {
            var word = paragraph.AsSpan()[range].Trim(",.;:!?()\"“”‘");
            if (word.Length is > 0 and <= MaxStackWord && lookup.Contains(lower[..word.ToLowerInvariant(lower)]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word without the punctuation around it and without a possessive ("Roe's," is "Roe").</summary>
    private static ReadOnlySpan<char> Bare(ReadOnlySpan<char> word)
    {
        word = word.Trim(",.;:!?()\"“”'‘’");
        foreach (var possessive in (ReadOnlySpan<string>)["'s", "’s"])
        {
            if (word.EndsWith(possessive, StringComparison.Ordinal))
            {
                return word[..^possessive.Length];
            }
        }

        return word;
    }
}
