using AngleSharp.Dom;

namespace ArticleExtract.Html.Candidates;

/// <summary>
/// Chooses among body candidates by general measures: the prose each covers and the text it
/// holds outside prose (link lists, labels, debris). The best-scored container is the first
/// candidate; each of its ancestors is another, the container widened to the siblings that
/// continue it.
/// </summary>
internal static class Arbiter
{
    /// <summary>Each character outside prose costs this share of a prose character.</summary>
    private static readonly double NonProseCost = CandidateVocabulary.Shared.Number("NonProseCost");

    /// <summary>A wider candidate must hold this many times the prose of the container.</summary>
    private static readonly double MinProseGrowth = CandidateVocabulary.Shared.Number("MinProseGrowth");

    /// <summary>A wider candidate's link density stays under this.</summary>
    private static readonly double MaxWideLinkDensity = CandidateVocabulary.Shared.Number("MaxWideLinkDensity");

    /// <summary>
    /// The best-scored container, or the ancestor (below the root) that continues it: one that
    /// holds much more prose and is worth more by <see cref="Worth"/>.
    /// </summary>
    public static IElement Widen(IElement best, NodeStats stats, IElement root)
    {
        var coverage = ProseCoverage.Measure(stats);
        var position = coverage.PositionOf(best);
        if (position <= 0)
        {
            return best;
        }

        if (MarkedBodyOutside(position, coverage, stats) is { } marked)
        {
            return coverage.Tree[marked];
        }

        var bestProse = coverage[position];
        if (HoldsMostOfThePagesProse(bestProse, coverage[0]))
        {
            return best;
        }

        var chosen = position;
        var chosenWorth = Worth(position, coverage, stats);
        foreach (var ancestor in coverage.AncestorsOf(position))
        {
            if (ancestor == 0)
            {
                break;
            }

            var stat = stats[coverage.Tree[ancestor]];
            if (IsWiderContinuation(coverage[ancestor], bestProse, stat) && Worth(ancestor, coverage, stats) is var worth && worth > chosenWorth)
            {
                chosen = ancestor;
                chosenWorth = worth;
            }
        }

        return coverage.Tree[chosen];
    }

    /// <summary>
    /// The container, or the nearest ancestor (below the root) that agrees with the body the
    /// publisher states in its JSON-LD, when the container covers too little of it: the ancestor
    /// holds at least <c>MinPublisherCoverage</c> of the stated body's words, and at least
    /// <c>MinPublisherAgreement</c> of its own words are the stated body's (an article cut by the
    /// scoring, not a page of other texts). The stated text itself is never output here.
    /// </summary>
    public static IElement AgreeWithPublisher(IElement best, PublisherBody? publisher, IElement root)
    {
        if (publisher is null || publisher.Coverage(best).OfStated >= MinPublisherCoverage)
        {
            return best;
        }

        for (var ancestor = best.ParentElement; ancestor is not null && ancestor != root; ancestor = ancestor.ParentElement)
        {
            var (ofStated, ofElement) = publisher.Coverage(ancestor);
            if (ofStated >= MinPublisherCoverage)
            {
                return ofElement >= MinPublisherAgreement ? ancestor : best;
            }
        }

        return best;
    }

    /// <summary>A container covering this share of the stated body's words agrees with it.</summary>
    private static readonly double MinPublisherCoverage = CandidateVocabulary.Shared.Number("MinPublisherCoverage");

    /// <summary>A wider container takes the place of the chosen one when this share of its words are the stated body's.</summary>
    private static readonly double MinPublisherAgreement = CandidateVocabulary.Shared.Number("MinPublisherAgreement");

    /// <summary>
    /// The page's one marked main content element (main, role=main, itemprop=articleBody) when the
    /// best-scored container lies outside it and it holds prose that is not a block of links: the
    /// page's author said where the content is, and a banner or a sidebar outscored it.
    /// </summary>
    private static int? MarkedBodyOutside(int best, ProseCoverage coverage, NodeStats stats)
    {
        var tree = coverage.Tree;
        int? marked = null;
        for (var i = 1; i < tree.Count; i++)
        {
            if (IsMarkedMainContent(tree[i]))
            {
                if (marked is not null)
                {
                    return null; // several: no single answer
                }

                marked = i;
                i = tree.End(i) - 1; // one inside the other counts once
            }
        }

        if (marked is not { } m || (best >= m && best < tree.End(m)) || (m > best && m < tree.End(best)))
        {
            return null;
        }

        var stat = stats[tree[m]];
        return coverage[m] >= MinProseLength && stat.LinkDensity <= MaxWideLinkDensity && coverage[m] >= coverage[best] ? m : null;
    }

    private static readonly int MinProseLength = (int)CandidateVocabulary.Shared.Number("MinProseLength");

    /// <summary>main, role=main, itemprop=articleBody.</summary>
    private static bool IsMarkedMainContent(IElement element)
    {
        if (element.LocalName == "main")
        {
            return true;
        }

        var names = MarkupAttributes.Of(element);
        return string.Equals(names.Role, "main", StringComparison.OrdinalIgnoreCase)
            || string.Equals(names.ItemProp, "articleBody", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A container that already holds most of the page's prose is the article: what prose lies
    /// outside it is another text (a teaser, a comment, a note), not a part of it.
    /// </summary>
    private static bool HoldsMostOfThePagesProse(int bestProse, int pageProse) => bestProse >= pageProse * MaxShareToWiden;

    /// <summary>A container with at least this share of the page's prose is not widened.</summary>
    private static readonly double MaxShareToWiden = CandidateVocabulary.Shared.Number("MaxShareToWiden");

    /// <summary>A candidate's worth: its prose, less the cost of its text outside prose.</summary>
    private static double Worth(int position, ProseCoverage coverage, NodeStats stats)
    {
        var prose = coverage[position];
        var other = stats[coverage.Tree[position]].TextLength - prose;
        return prose - (NonProseCost * other);
    }

    /// <summary>A wider candidate continues the container: it holds much more prose, and is not a block of links.</summary>
    private static bool IsWiderContinuation(int prose, int bestProse, NodeStat stat) =>
        prose >= bestProse * MinProseGrowth && stat.LinkDensity <= MaxWideLinkDensity;
}
