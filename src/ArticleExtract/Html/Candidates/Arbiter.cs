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

        var bestProse = coverage[position];
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
