using AngleSharp.Dom;
using ArticleExtract.Html;

namespace ArticleExtract.Profiles;

/// <summary>
/// Stage 6 for pages that are not articles: instead of the one best-scored container and its
/// siblings, the content region, the deepest element that still holds most of the text left
/// after boilerplate removal. A thread's posts, a listing's cards and a service page's sections
/// are many similar blocks side by side, none of which outscores the rest. Children are walked by
/// index (<see cref="Children"/>): AngleSharp's sibling links are quadratic on wide nodes.
/// </summary>
internal static class RegionSelection
{
    /// <summary>
    /// The content region under <paramref name="root"/>: from the page's &lt;main&gt; (when it holds
    /// the profile's main-share of the text) or the root, down through each child that holds at
    /// least the profile's region-share of its parent's text.
    /// </summary>
    public static IElement Run(IElement root, NodeStats stats, ProfileSettings settings)
    {
        var share = settings.RegionShare;
        var headlines = settings.RegionKeepsHeadline ? new List<IElement>() : null;
        var region = MainOf(root, stats, settings.MainShare, headlines) ?? root;
        while (true)
        {
            var total = stats[region].TextLength;
            IElement? next = null;
            foreach (var child in Children.Of(region))
            {
                if (stats[child].TextLength >= share * total)
                {
                    next = child;
                    break;
                }
            }

            if (next is null || total == 0 || IsOneOfLikeBlocks(region, next, settings.RegionLikeBlocks) || (headlines is not null && LeavesHeadline(region, next, headlines)))
            {
                return region;
            }

            region = next;
        }
    }

    /// <summary>
    /// Whether <paramref name="child"/> is one of at least <paramref name="minBlocks"/> blocks of
    /// the same tag and class under <paramref name="region"/> (0: never): one long post of a
    /// thread, one long card of a listing. The region is the run of them, not the one that happens
    /// to hold most of the text.
    /// </summary>
    private static bool IsOneOfLikeBlocks(IElement region, IElement child, int minBlocks)
    {
        if (minBlocks <= 0)
        {
            return false;
        }

        var shape = child.GetAttribute("class");
        var like = 0;
        foreach (var sibling in Children.Of(region))
        {
            if (sibling.LocalName == child.LocalName && string.Equals(sibling.GetAttribute("class"), shape, StringComparison.Ordinal) && ++like >= minBlocks)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether going down from <paramref name="region"/> into <paramref name="child"/> would leave
    /// one of the page's headlines behind: the heading of a collection or a listing and the
    /// introduction under it stand beside its grid of cards, which holds most of the text, and
    /// they are part of what the page says.
    /// </summary>
    private static bool LeavesHeadline(IElement region, IElement child, List<IElement> headlines)
    {
        foreach (var headline in headlines)
        {
            if (region.Contains(headline) && !child.Contains(headline))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The largest &lt;main&gt; (or role=main) left under the root, when it holds enough of the
    /// text; and, when <paramref name="headlines"/> is given, the page's headlines (h1 with text)
    /// left under the root, found in the same walk.
    /// </summary>
    private static IElement? MainOf(IElement root, NodeStats stats, double minShare, List<IElement>? headlines)
    {
        var total = stats[root].TextLength;
        IElement? best = null;
        var tree = stats.Order;
        for (var i = 1; i < tree.Count; i++)
        {
            var element = tree[i];
            if ((element.LocalName == "main" || string.Equals(element.GetAttribute("role"), "main", StringComparison.OrdinalIgnoreCase))
                && stats[element].TextLength >= minShare * total && (best is null || stats[element].TextLength > stats[best].TextLength)
                && root.Contains(element))
            {
                best = element;
            }
            else if (headlines is not null && element.LocalName == "h1" && stats[element].TextLength > 0 && root.Contains(element))
            {
                headlines.Add(element);
            }
        }

        return best;
    }
}
