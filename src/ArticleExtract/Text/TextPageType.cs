namespace ArticleExtract.Text;

/// <summary>
/// Recognises the page's type from its text alone, before the body is chosen: a thread has several
/// post action rows ("Reply", "Quote Like", "Upvote"); documentation several lines of code; a
/// listing many prices, a product page a few. Whether it is an article is settled by the body choice
/// (<see cref="BodyChoice"/>): one run of prose holding most of the page.
/// </summary>
internal static class TextPageType
{
    /// <summary>
    /// The type the marks of the page suggest, with its confidence, when it is not an article, and
    /// whether any marks were found (a page without them is taken for a service page, unmarked), and
    /// whether the posts are signed as a forum signs them (the author's count of posts, "posted 6 years
    /// ago" under each): comments under an article have reply rows, seldom such bylines.
    /// </summary>
    public static (PageType Type, double Confidence, bool Marked, bool PostBylines) Recognise(IReadOnlyList<TextBlock> blocks, TextRules rules)
    {
        int actionRows = 0, codeLines = 0, prices = 0, bylines = 0;
        foreach (var block in blocks)
        {
            var byline = IsPostCount(block, rules) || IsPostDate(block, rules);
            bylines += byline ? 1 : 0;
            actionRows += byline || IsPostActionRow(block, rules) || IsPostNumber(block, rules) ? 1 : 0;
            codeLines += IsStatementLine(block, rules) ? 1 : 0;
            prices += IsPriceLine(block, rules) ? 1 : 0;
        }

        if (actionRows >= rules.MinPostActionRows)
        {
            return (PageType.Forum, rules.MarkedConfidence, Marked: true, PostBylines: bylines >= rules.MinPostActionRows);
        }

        if (codeLines >= rules.MinCodeLines)
        {
            return (PageType.Documentation, rules.MarkedConfidence, Marked: true, PostBylines: false);
        }

        if (prices > 0)
        {
            return (prices >= rules.MinListingPrices ? PageType.Listing : PageType.Product, rules.MarkedConfidence, Marked: true, PostBylines: false);
        }

        return (PageType.Service, rules.UnmarkedConfidence, Marked: false, PostBylines: false);
    }

    /// <summary>"Reply", "Reply Quote Like", "12 Upvote": a short row of post actions (numbers aside).</summary>
    internal static bool IsPostActionRow(TextBlock block, TextRules rules)
    {
        if (block.Words == 0 || block.Words > rules.MaxActionRowWords)
        {
            return false;
        }

        var actions = 0;
        var text = block.Clean.AsSpan();
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (rules.PostActionLookup.Contains(word))
            {
                actions++;
            }
            else if (!IsNumber(word))
            {
                return false;
            }
        }

        return actions > 0;
    }

    /// <summary>
    /// "#12", "#3 · Jan 3, 2024", "#1 2024-08-03 10:59:47": a short line that numbers a post. Only
    /// the words with letters count towards its length: a timestamp's figures are many words but no text.
    /// </summary>
    private static bool IsPostNumber(TextBlock block, TextRules rules)
    {
        foreach (var mark in rules.PostNumberMarks)
        {
            var text = block.Clean.AsSpan();
            if (text.StartsWith(mark, StringComparison.Ordinal) && text.Length > mark.Length && char.IsAsciiDigit(text[mark.Length]))
            {
                return block.Words <= rules.MaxActionRowWords || LetterWords(block.Clean) <= rules.MaxActionRowWords;
            }
        }

        return false;
    }

    /// <summary>"Posts: 4958", "Messages: 12": the author's count of posts under a post's byline.</summary>
    private static bool IsPostCount(TextBlock block, TextRules rules)
    {
        if (block.Words > rules.MaxActionRowWords)
        {
            return false;
        }

        foreach (var mark in rules.PostCountMarks)
        {
            var text = block.Clean.AsSpan();
            if (text.StartsWith(mark, StringComparison.OrdinalIgnoreCase))
            {
                var rest = text[mark.Length..].TrimStart();
                return rest.Length > 0 && char.IsAsciiDigit(rest[0]);
            }
        }

        return false;
    }

    /// <summary>
    /// "posted 6 years ago", "Posted March 5, 2024 at 10:15am": a short line that dates a post (a
    /// figure in it; the words with letters count towards its length, as for a post number).
    /// </summary>
    private static bool IsPostDate(TextBlock block, TextRules rules)
    {
        foreach (var mark in rules.PostDatedMarks)
        {
            var text = block.Clean.AsSpan();
            if (text.StartsWith(mark, StringComparison.OrdinalIgnoreCase) && text.IndexOfAnyInRange('0', '9') > 0)
            {
                return LetterWords(block.Clean) <= rules.MaxActionRowWords;
            }
        }

        return false;
    }

    /// <summary>"if (x > 0) {", "let total = a + b;": code characters and few stopwords.</summary>
    internal static bool IsCodeLine(TextBlock block, TextRules rules)
    {
        if (block.StopwordDensity >= rules.MaxCodeStopwordDensity)
        {
            return false;
        }

        var marks = 0;
        foreach (var c in block.Clean)
        {
            marks += rules.CodeMarks.Contains(c) ? 1 : 0;
        }

        return marks >= rules.MinCodeMarks;
    }

    /// <summary>
    /// "let total = a + b;", "root /data;": a line of code that holds a statement's mark, not only
    /// brackets: "Champagne (France)", "Re: (Score:2)" or "[v1]" are captions and labels, no code.
    /// </summary>
    internal static bool IsStatementLine(TextBlock block, TextRules rules) =>
        IsCodeLine(block, rules) && block.Clean.AsSpan().IndexOfAny(rules.StatementMarks) >= 0;

    /// <summary>"$599", "From €12.99", "Add to cart": a short line with a currency and a figure.</summary>
    internal static bool IsPriceLine(TextBlock block, TextRules rules)
    {
        var text = block.Clean;
        if (block.Words > rules.MaxPriceLineWords || text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return false;
        }

        return text.AsSpan().ContainsAny(rules.PriceMarkValues);
    }

    /// <summary>The words of the line that hold a letter ("Jan", "3rd"; not "2024-08-03").</summary>
    private static int LetterWords(string text)
    {
        var count = 0;
        var inWord = false;
        var hasLetter = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                count += inWord && hasLetter ? 1 : 0;
                inWord = hasLetter = false;
                continue;
            }

            inWord = true;
            hasLetter |= char.IsLetter(c);
        }

        return count + (inWord && hasLetter ? 1 : 0);
    }

    private static bool IsNumber(ReadOnlySpan<char> word) => word.IndexOfAnyExceptInRange('0', '9') < 0;
}
