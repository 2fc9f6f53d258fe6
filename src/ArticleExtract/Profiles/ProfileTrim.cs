using AngleSharp.Dom;
using ArticleExtract.Html;
using ArticleExtract.Pipeline;

namespace ArticleExtract.Profiles;

/// <summary>
/// Stage 7a for pages that are not articles: drops the blocks inside the content that the
/// profile names by a word of their class or id (a listing's filters, facets, sort controls and
/// pagination; a thread's vote counts and signatures; documentation's table of contents and
/// previous/next links; a product's reviews). A block that holds much of the content (the
/// profile's trim-max-share) stays.
/// </summary>
internal static class ProfileTrim
{
    public static void Run(IElement content, ContentProfile profile, ExtractionContext context)
    {
        if (profile.Drops.Count == 0 && profile.InnerDrops.Count == 0)
        {
            return;
        }

        var stats = NodeStats.Measure(content);
        var tree = stats.Order;
        var total = stats[content].TextLength;
        var doomed = new List<(IElement Element, BoilerplateKind Kind)>();
        for (var i = 1; i < tree.Count;)
        {
            var element = tree[i];
            if ((DroppedKind(element, profile) ?? InnerDroppedKind(element, content, profile)) is { } kind && stats[element].TextLength < profile.Settings.TrimMaxShare * total)
            {
                doomed.Add((element, kind));
                i = tree.End(i);
                continue;
            }

            i++;
        }

        foreach (var (element, kind) in doomed)
        {
            Boilerplate.Drop(element, kind, context);
        }
    }

    /// <summary>The kind the profile gives to one of the element's class or id words, or null.</summary>
    private static BoilerplateKind? DroppedKind(Element element, ContentProfile profile)
    {
        var names = MarkupAttributes.Of(element);
        return KindOfWords(names.Class, profile) ?? KindOfWords(names.Id, profile);
    }

    /// <summary>The kind of a block the profile drops inside another (<see cref="InnerDrop"/>) when it lies inside one, or null.</summary>
    private static BoilerplateKind? InnerDroppedKind(Element element, IElement content, ContentProfile profile)
    {
        if (profile.InnerDrops.Count == 0)
        {
            return null;
        }

        var names = MarkupAttributes.Of(element);
        return (NameWords.TryFind(names.Class, profile.InnerDrops, out var drop) || NameWords.TryFind(names.Id, profile.InnerDrops, out drop))
            && drop.IsInside(element, content) ? drop.Kind : null;
    }

    private static BoilerplateKind? KindOfWords(string? value, ContentProfile profile) =>
        NameWords.TryFind(value, profile.Drops, out var kind) ? kind : null;
}
