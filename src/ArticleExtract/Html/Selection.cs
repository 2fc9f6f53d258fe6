using AngleSharp.Dom;

namespace ArticleExtract.Html;

/// <summary>
/// Stage 6: Readability's selection. Takes the best-scored candidate, moves up to a common
/// ancestor when several near-best candidates share it (an article split over containers),
/// climbs while the parent scores as well, and gathers the siblings that belong to the article.
/// The chosen nodes are moved into a fresh <c>div</c>, which is returned.
/// </summary>
internal static class Selection
{
    /// <summary>Candidates within this share of the best score count as alternatives.</summary>
    private const double AlternativeShare = 0.75;

    /// <summary>How many alternatives must share an ancestor for it to replace the best candidate.</summary>
    private const int MinAlternativesSharingAncestor = 3;

    /// <summary>How many top candidates are compared.</summary>
    private const int TopCandidateCount = 5;

    /// <summary>A sibling joins when its score reaches this share of the best (or <see cref="MinSiblingScore"/>).</summary>
    private const double SiblingShare = 0.2;

    private const double MinSiblingScore = 10;

    /// <summary>A paragraph sibling joins when longer than this with link density under <see cref="SiblingMaxLinkDensity"/>.</summary>
    private const int LongSiblingLength = 80;

    private const double SiblingMaxLinkDensity = 0.25;

    public static IElement? Run(IElement root, NodeStats stats, Dictionary<IElement, double> scores, UndoLog? undo = null, Candidates.PublisherBody? publisherBody = null)
    {
        var top = BestCandidates(scores);
        if (top.Count == 0)
        {
            // No paragraph long enough to score: the whole (cleaned) body is all there is.
            return root;
        }

        var best = top[0];
        if (best == root)
        {
            return root;
        }

        best = SharedAncestorOfAlternatives(best, top, scores, root) ?? best;
        best = ClimbWhileParentScoresWell(best, scores, root);
        while (best.ParentElement is { } parent && parent != root && parent.ChildElementCount == 1)
        {
            best = parent;
        }

        best = Candidates.Arbiter.Widen(best, stats, root);
        best = Candidates.Arbiter.AgreeWithPublisher(best, publisherBody, root);
        var bestScore = scores.GetValueOrDefault(best);
        return GatherWithSiblings(SplitLevel(best, stats, root), bestScore, stats, scores, root, undo);
    }

    /// <summary>How many levels above the best candidate an article split into parts is looked for.</summary>
    private const int MaxSplitDepth = 3;

    /// <summary>A part of a split article has at least this much text.</summary>
    private const int MinPartLength = 200;

    /// <summary>
    /// The level where the article is split into parts: the best candidate or the nearest of its
    /// ancestors that has a twin sibling (same tag, same class) holding prose. The parts are then
    /// gathered as siblings, so an article cut by a figure or an advertisement stays whole.
    /// </summary>
    private static IElement SplitLevel(IElement best, NodeStats stats, IElement root)
    {
        var node = best;
        for (var depth = 0; depth <= MaxSplitDepth && node.ParentElement is { } parent && parent != root; depth++, node = parent)
        {
            foreach (var sibling in Children.Of(parent))
            {
                if (sibling != node && IsTwinPart(node, sibling, stats))
                {
                    return node;
                }
            }
        }

        return best;
    }

    /// <summary>A sibling of the same tag and class that holds prose: another part of the same article.</summary>
    private static bool IsTwinPart(IElement part, IElement sibling, NodeStats stats)
    {
        var className = part.GetAttribute("class");
        if (string.IsNullOrEmpty(className) || sibling.LocalName != part.LocalName || sibling.GetAttribute("class") != className)
        {
            return false;
        }

        var stat = stats[sibling];
        return stat.TextLength >= MinPartLength && stat.LinkDensity < SiblingMaxLinkDensity;
    }

    private static List<IElement> BestCandidates(Dictionary<IElement, double> scores)
    {
        var list = new List<KeyValuePair<IElement, double>>(scores);
        list.Sort((a, b) => b.Value.CompareTo(a.Value));
        var top = new List<IElement>(TopCandidateCount);
        for (var i = 0; i < list.Count && i < TopCandidateCount; i++)
        {
            top.Add(list[i].Key);
        }

        return top;
    }

    /// <summary>An ancestor of the best candidate that also holds enough near-best alternatives.</summary>
    private static IElement? SharedAncestorOfAlternatives(IElement best, List<IElement> top, Dictionary<IElement, double> scores, IElement root)
    {
        var bestScore = scores[best];
        var alternatives = new List<IElement>();
        for (var i = 1; i < top.Count; i++)
        {
            if (scores[top[i]] / bestScore >= AlternativeShare)
            {
                alternatives.Add(top[i]);
            }
        }

        if (alternatives.Count < MinAlternativesSharingAncestor)
        {
            return null;
        }

        for (var parent = best.ParentElement; parent is not null && parent != root; parent = parent.ParentElement)
        {
            var holding = 0;
            foreach (var alternative in alternatives)
            {
                if (parent.Contains(alternative))
                {
                    holding++;
                }
            }

            if (holding >= MinAlternativesSharingAncestor)
            {
                return parent;
            }
        }

        return null;
    }

    /// <summary>Readability's climb: a parent that scores higher than the child takes its place.</summary>
    private static IElement ClimbWhileParentScoresWell(IElement best, Dictionary<IElement, double> scores, IElement root)
    {
        var lastScore = scores.GetValueOrDefault(best);
        var threshold = lastScore / 3;
        for (var parent = best.ParentElement; parent is not null && parent != root; parent = parent.ParentElement)
        {
            if (!scores.TryGetValue(parent, out var score))
            {
                continue;
            }

            if (score < threshold)
            {
                break;
            }

            if (score > lastScore)
            {
                return parent;
            }

            lastScore = score;
        }

        return best;
    }

    private static IElement GatherWithSiblings(IElement best, double bestScore, NodeStats stats, Dictionary<IElement, double> scores, IElement root, UndoLog? undo)
    {
        var content = root.Owner!.CreateElement("div");
        var parent = best.ParentElement;
        if (parent is null)
        {
            content.AppendChild(best);
            return content;
        }

        var threshold = Math.Max(MinSiblingScore, bestScore * SiblingShare);
        var bestClass = best.GetAttribute("class");
        var chosen = new List<IElement>();
        foreach (var sibling in Children.Of(parent))
        {
            if (sibling == best || IsTwinPart(best, sibling, stats) || BelongsToArticle(sibling, bestClass, bestScore, threshold, stats, scores))
            {
                chosen.Add(sibling);
            }
        }

        foreach (var element in chosen)
        {
            undo?.Record(element);
            content.AppendChild(element);
        }

        return content;
    }

    private static bool BelongsToArticle(IElement sibling, string? bestClass, double bestScore, double threshold, NodeStats stats, Dictionary<IElement, double> scores)
    {
        var bonus = !string.IsNullOrEmpty(bestClass) && sibling.GetAttribute("class") == bestClass ? bestScore * SiblingShare : 0;
        if (scores.TryGetValue(sibling, out var score) && score + bonus >= threshold)
        {
            return true;
        }

        if (!IsParagraphLike(sibling))
        {
            return false;
        }

        var stat = stats[sibling];
        if (stat.TextLength > LongSiblingLength)
        {
            return stat.LinkDensity < SiblingMaxLinkDensity;
        }

        return stat.TextLength > 0 && stat.LinkLength == 0 && EndsLikeSentence(sibling.TextContent);
    }

    /// <summary>A paragraph, or a container holding only running text (Readability turns such a div into a p).</summary>
    private static bool IsParagraphLike(IElement element)
    {
        if (element.LocalName == "p")
        {
            return true;
        }

        if (!Output.ElementRoles.ParagraphContainers.Contains(element.LocalName))
        {
            return false;
        }

        foreach (var child in Children.Of(element))
        {
            if (Output.ElementRoles.ScoringBlocks.Contains(child.LocalName))
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsLikeSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.Length > 0 && (trimmed[^1] == '.' || trimmed.Contains(". ", StringComparison.Ordinal));
    }
}
