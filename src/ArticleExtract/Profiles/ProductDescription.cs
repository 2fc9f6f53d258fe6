using AngleSharp.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Profiles;

/// <summary>
/// Stage 8a for product pages: a product's description often stands only in its structured data
/// (JSON-LD), or in a tab the page hides until clicked. When the extracted content lacks most of
/// the words of that description, the description is put in front of the content.
/// </summary>
internal static class ProductDescription
{
    /// <summary>
    /// Puts <paramref name="description"/> in front of <paramref name="content"/> when it has at
    /// least the profile's description-min-words distinct words and the content holds less than
    /// its description-present-share of them.
    /// </summary>
    public static void AddWhenMissing(IElement content, string description, ProfileSettings settings)
    {
        if (content.Owner is not { } document)
        {
            return;
        }

        // The description may carry markup or entities: AngleSharp reads it as a fragment.
        var holder = document.CreateElement("div");
        holder.InnerHtml = description;
        var words = DistinctWords.Of(holder.TextContent);
        if (words.Count < settings.DescriptionMinWords || IsPresent(words, DistinctWords.Of(content.TextContent), settings.DescriptionPresentShare))
        {
            return;
        }

        content.InsertBefore(holder, content.FirstChild);
    }

    private static bool IsPresent(HashSet<string> description, HashSet<string> content, double share) =>
        DistinctWords.Shared(description, content) >= share * description.Count;
}
