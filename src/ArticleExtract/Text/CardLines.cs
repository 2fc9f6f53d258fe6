namespace ArticleExtract.Text;

/// <summary>
/// The lines of a listing's cards: a short line the page repeats under every card ("Compare",
/// "View Company Profile", shown at least <see cref="TextRules.MinCardActionRepeats"/> times) marks
/// where one card ends and the next begins; the few lines between two of them ("2.", "ChatGPT",
/// "9.0") are a card's fields, content however short (a name is one word, like a menu entry).
/// </summary>
internal static class CardLines
{
    /// <summary>For each block, whether it lies inside a card: between two showings of the same card action, at most MaxCardLines apart, and not an action itself.</summary>
    /// <remarks>A thread's posts are not cards (its action rows separate posts, kept as posts).</remarks>
    public static CardLine[] Find(IReadOnlyList<TextBlock> blocks, bool isThread, TextRules rules)
    {
        var inCard = new CardLine[blocks.Count];
        if (isThread)
        {
            return inCard;
        }

        var showings = new Dictionary<string, List<int>>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!IsCardAction(blocks[i], rules))
            {
                continue;
            }

            if (!showings.TryGetValue(blocks[i].Key.Span, out var list))
            {
                list = [];
                showings[blocks[i].Key.Span] = list;
            }

            list.Add(i);
        }

        foreach (var list in showings.Dictionary.Values)
        {
            for (var k = 1; k < list.Count; k++)
            {
                var (previous, next) = (list[k - 1], list[k]);
                if (IsOneCardApart(previous, next, rules) && IsRegular(list, k) && HoldsFigureOrSentence(blocks, previous, next, rules))
                {
                    var priced = HoldsPrice(blocks, previous, next, rules);
                    for (var j = previous + 1; j < next; j++)
                    {
                        inCard[j] = IsCardAction(blocks[j], rules) ? CardLine.None : priced ? CardLine.PricedField : CardLine.Field;
                    }
                }
            }
        }

        return inCard;
    }

    /// <summary>
    /// Between two showings of an action, a line with a figure or a sentence (a rank, a price, a
    /// date, a blurb): a card. Only titles between them ("Products", "Explore the Video Library",
    /// "Open submenu") are a menu with its buttons.
    /// </summary>
    private static bool HoldsFigureOrSentence(IReadOnlyList<TextBlock> blocks, int previous, int next, TextRules rules)
    {
        for (var j = previous + 1; j < next; j++)
        {
            if (blocks[j].Kind is null && !IsCardAction(blocks[j], rules) && IsFigureOrSentence(blocks[j]) && !FramedSelection.IsMenuLine(blocks[j], rules))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A card with a price ("$23.99"): a shop's card, a listing's entry as often as a product page's "Featured products".</summary>
    private static bool HoldsPrice(IReadOnlyList<TextBlock> blocks, int previous, int next, TextRules rules)
    {
        for (var j = previous + 1; j < next; j++)
        {
            if (TextPageType.IsPriceLine(blocks[j], rules))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"9.0", "$12", "Posted March 3", "A tool for teams.": what a menu's title does not hold.</summary>
    private static bool IsFigureOrSentence(TextBlock block) =>
        block.EndsLikeSentence || block.Final == BlockClass.Good || block.Clean.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>A line the page repeats under every card of a listing (a menu is shown two or three times).</summary>
    internal static bool IsCardAction(TextBlock block, TextRules rules) => block.Kind is null && block.Repeats >= rules.MinCardActionRepeats;

    /// <summary>
    /// The cards of a listing follow one layout: the gap before showing k is as long (give or take
    /// a line) as the one before or after it. A label that a filter panel shows once and each card
    /// again is no card's end there.
    /// </summary>
    private static bool IsRegular(List<int> showings, int k)
    {
        var gap = showings[k] - showings[k - 1];
        return (k >= 2 && Math.Abs(gap - (showings[k - 1] - showings[k - 2])) <= 1)
            || (k + 1 < showings.Count && Math.Abs(gap - (showings[k + 1] - showings[k])) <= 1);
    }

    /// <summary>Two showings of an action with a card's few lines between them (not a page's worth of text).</summary>
    private static bool IsOneCardApart(int previous, int next, TextRules rules) =>
        next - previous > 1 && next - previous - 1 <= rules.MaxCardLines;
}

/// <summary>What a line is to the cards of a listing.</summary>
internal enum CardLine : byte
{
    /// <summary>No card's field (outside the cards, or a card's action).</summary>
    None,

    /// <summary>A card's field: kept, and weighed as content when the region is found.</summary>
    Field,

    /// <summary>A field of a card with a price: kept inside the region, but it does not draw the region (a product page's "Featured products" are cards too).</summary>
    PricedField,
}
