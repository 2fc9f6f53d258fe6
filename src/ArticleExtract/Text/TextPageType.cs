namespace ArticleExtract.Text;

/// <summary>
/// Recognises the page's type from its text alone, before the body is chosen: a thread has several
/// post action rows ("Reply", "Quote Like", "Upvote"); documentation several lines of code; a
/// listing many prices, a product page a few. Whether it is an article is settled by the body choice
/// (<see cref="BodyChoice"/>): one run of prose holding most of the page.
/// </summary>
internal static class TextPageType
{
    /// <summary>A thread has at least this many post action rows or post numbers.</summary>
    private const int MinPostActionRows = 3;

    /// <summary>Documentation has at least this many lines of code.</summary>
    private const int MinCodeLines = 3;

    /// <summary>A line of code has at least this many code characters.</summary>
    private const int MinCodeMarks = 2;

    /// <summary>A line of code has a stopword density below this (prose has more).</summary>
    private const double MaxCodeStopwordDensity = 0.2;

    /// <summary>A listing of offers has at least this many prices; a product page fewer.</summary>
    private const int MinListingPrices = 5;

    /// <summary>A post action row has at most this many words ("Reply Quote Like Share").</summary>
    private const int MaxActionRowWords = 5;

    /// <summary>A price line has at most this many words.</summary>
    private const int MaxPriceLineWords = 12;

    /// <summary>The confidence given to a type recognised from its marks.</summary>
    private const double MarkedConfidence = 0.6;

    /// <summary>The confidence given to a page that is no article and shows none of the marks (taken as a service page).</summary>
    private const double UnmarkedConfidence = 0.3;

    /// <summary>The type the marks of the page suggest, with its confidence, when it is not an article.</summary>
    public static (PageType Type, double Confidence) Recognise(IReadOnlyList<TextBlock> blocks, TextRules rules)
    {
        int actionRows = 0, codeLines = 0, prices = 0;
        foreach (var block in blocks)
        {
            actionRows += IsPostActionRow(block, rules) || IsPostNumber(block, rules) ? 1 : 0;
            codeLines += IsCodeLine(block, rules) ? 1 : 0;
            prices += IsPriceLine(block, rules) ? 1 : 0;
        }

        if (actionRows >= MinPostActionRows)
        {
            return (PageType.Forum, MarkedConfidence);
        }

        if (codeLines >= MinCodeLines)
        {
            return (PageType.Documentation, MarkedConfidence);
        }

        if (prices > 0)
        {
            return (prices >= MinListingPrices ? PageType.Listing : PageType.Product, MarkedConfidence);
        }

        return (PageType.Service, UnmarkedConfidence);
    }

    /// <summary>"Reply", "Reply Quote Like", "12 Upvote": a short row of post actions (numbers aside).</summary>
    internal static bool IsPostActionRow(TextBlock block, TextRules rules)
    {
        if (block.Words is 0 or > MaxActionRowWords)
        {
            return false;
        }

        var actions = 0;
        foreach (var word in block.Clean.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (rules.PostActions.Contains(word))
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

    /// <summary>"#12", "#3 · Jan 3, 2024": a short line that numbers a post.</summary>
    private static bool IsPostNumber(TextBlock block, TextRules rules)
    {
        if (block.Words > MaxActionRowWords)
        {
            return false;
        }

        foreach (var mark in rules.PostNumberMarks)
        {
            var text = block.Clean.AsSpan();
            if (text.StartsWith(mark, StringComparison.Ordinal) && text.Length > mark.Length && char.IsAsciiDigit(text[mark.Length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"if (x > 0) {", "let total = a + b;": code characters and few stopwords.</summary>
    private static bool IsCodeLine(TextBlock block, TextRules rules)
    {
        if (block.StopwordDensity >= MaxCodeStopwordDensity)
        {
            return false;
        }

        var marks = 0;
        foreach (var c in block.Clean)
        {
            marks += rules.CodeMarks.Contains(c) ? 1 : 0;
        }

        return marks >= MinCodeMarks;
    }

    /// <summary>"$599", "From €12.99", "Add to cart": a short line with a currency and a figure.</summary>
    private static bool IsPriceLine(TextBlock block, TextRules rules)
    {
        var text = block.Clean;
        if (block.Words > MaxPriceLineWords || text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return false;
        }

        return text.AsSpan().ContainsAny(rules.PriceMarkValues);
    }

    private static bool IsNumber(string word) => word.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;
}
