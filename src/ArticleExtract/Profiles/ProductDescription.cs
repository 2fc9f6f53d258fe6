using AngleSharp.Dom;

namespace ArticleExtract.Profiles;

/// <summary>
/// Stage 8a for product pages: a product's description often stands only in its structured data
/// (JSON-LD), or in a tab the page hides until clicked. When the extracted content lacks most of
/// the words of that description, the description is put in front of the content.
/// </summary>
internal static class ProductDescription
{
    /// <summary>A description shorter than this many distinct words adds little but noise.</summary>
    private const int MinWords = 8;

    /// <summary>The content already has the description when it holds this share of its distinct words.</summary>
    private const double PresentShare = 0.6;

    public static void AddWhenMissing(IElement content, string description)
    {
        if (content.Owner is not { } document)
        {
            return;
        }

        // The description may carry markup or entities: AngleSharp reads it as a fragment.
        var holder = document.CreateElement("div");
        holder.InnerHtml = description;
        var words = WordsOf(holder.TextContent);
        if (words.Count < MinWords || IsPresent(words, WordsOf(content.TextContent)))
        {
            return;
        }

        content.InsertBefore(holder, content.FirstChild);
    }

    private static bool IsPresent(HashSet<string> description, HashSet<string> content) =>
        description.Count(content.Contains) >= PresentShare * description.Count;

    private static HashSet<string> WordsOf(string text)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return words;
    }
}
