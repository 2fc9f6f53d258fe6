using AngleSharp.Dom;
using ArticleExtract.Html;

namespace ArticleExtract.Profiles;

/// <summary>
/// Stage 6 for pages that are not articles: instead of the one best-scored container and its
/// siblings, the content region, the deepest element that still holds most of the text left
/// after boilerplate removal. A thread's posts, a listing's cards and a service page's sections
/// are many similar blocks side by side, none of which outscores the rest.
/// </summary>
internal static class RegionSelection
{
    public static IElement Run(IElement root, NodeStats stats, double share)
    {
        var region = root;
        while (true)
        {
            var total = stats[region].TextLength;
            IElement? next = null;
            for (var child = region.FirstElementChild; child is not null; child = child.NextElementSibling)
            {
                if (stats[child].TextLength >= share * total)
                {
                    next = child;
                    break;
                }
            }

            if (next is null || total == 0)
            {
                return region;
            }

            region = next;
        }
    }
}
