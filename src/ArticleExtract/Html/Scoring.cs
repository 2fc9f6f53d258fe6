using AngleSharp.Dom;
using ArticleExtract.Output;

namespace ArticleExtract.Html;

/// <summary>
/// Stage 5: Readability's scoring. Every paragraph of text gives points (1, one per comma,
/// one per 100 characters up to 3) to its parent, half to its grandparent and less to
/// ancestors further up; each candidate starts from its tag and class/id weight and ends
/// scaled by its link density. Scores live in a side table, never in the DOM.
/// </summary>
internal static class Scoring
{
    /// <summary>The rules of the scoring (<c>Html/html.txt</c>).</summary>
    private static readonly HtmlRules Rules = HtmlRules.Shared;

    /// <summary>A paragraph shorter than this (in characters) gives no points.</summary>
    private static readonly int MinParagraphLength = Rules.Integer("MinParagraphLength");

    /// <summary>How many ancestors of a paragraph receive its points.</summary>
    private static readonly int AncestorDepth = Rules.Integer("AncestorDepth");

    /// <summary>Characters per length point, and the most length points one paragraph gives.</summary>
    private static readonly int CharactersPerPoint = Rules.Integer("CharactersPerPoint");

    private static readonly int MaxLengthPoints = Rules.Integer("MaxLengthPoints");

    /// <summary>What a paragraph's points are divided by for its parent, its grandparent, and per level further up.</summary>
    private static readonly double ParentDivider = Rules.Number("ParentDivider");

    private static readonly double GrandparentDivider = Rules.Number("GrandparentDivider");

    private static readonly double LevelDivider = Rules.Number("LevelDivider");

    /// <summary>The bonus of an element marked up as the article body by schema.org microdata.</summary>
    private static readonly int MarkedBodyBonus = Rules.Integer("MarkedBodyBonus");

    /// <summary>Scores the candidates under the root (the root <paramref name="stats"/> measured).</summary>
    public static Dictionary<IElement, double> Run(IElement root, NodeStats stats, bool weighClasses)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var element in stats.Order.Elements)
        {
            var length = ParagraphLength(element, stats);
            if (length < MinParagraphLength)
            {
                continue;
            }

            var total = Math.Max(1, stats[element].TextLength);
            var commas = (double)stats[element].Commas * length / total;
            var points = 1.0 + Math.Floor(commas) + Math.Min(length / CharactersPerPoint, MaxLengthPoints);
            var ancestor = element.ParentElement;
            for (var level = 0; ancestor is not null && level < AncestorDepth; level++, ancestor = ancestor.ParentElement)
            {
                if (!scores.TryGetValue(ancestor, out var score))
                {
                    score = InitialScore(ancestor, weighClasses);
                }

                var divider = level switch { 0 => ParentDivider, 1 => GrandparentDivider, _ => level * LevelDivider };
                scores[ancestor] = score + points / divider;
                if (ancestor == root)
                {
                    break;
                }
            }
        }

        foreach (var element in scores.Keys.ToList())
        {
            scores[element] *= 1 - stats[element].LinkDensity;
        }

        return scores;
    }

    /// <summary>The length of the paragraph an element stands for: all its text, or its own inline text.</summary>
    internal static int ParagraphLength(IElement element, NodeStats stats)
    {
        var name = element.LocalName;
        if (ElementRoles.ScoredParagraphs.Contains(name))
        {
            return stats[element].TextLength;
        }

        if (!ElementRoles.ScoredTextContainers.Contains(name))
        {
            return 0;
        }

        var inline = stats[element].TextLength;
        foreach (var child in Children.Of(element))
        {
            if (ElementRoles.ScoringBlocks.Contains(child.LocalName))
            {
                inline -= stats[child].TextLength;
            }
        }

        return inline;
    }

    /// <summary>Readability's starting score: by tag, plus the class/id weight.</summary>
    internal static double InitialScore(IElement element, bool weighClasses)
    {
        var score = Rules.TagScores.GetValueOrDefault(element.LocalName);
        if (weighClasses)
        {
            score += ElementTraits.ClassWeight(element);
            if (ElementTraits.IsMarkedArticleBody(element))
            {
                score += MarkedBodyBonus;
            }
        }

        return score;
    }
}
