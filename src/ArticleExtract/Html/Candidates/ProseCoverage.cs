using AngleSharp.Dom;

namespace ArticleExtract.Html.Candidates;

/// <summary>
/// jusText-style measures of a tree: how much of each element's text stands in prose blocks
/// (paragraphs, list items and text containers whose own text is long and nearly link-free).
/// Computed once, bottom-up, by position in the measured tree.
/// </summary>
internal sealed class ProseCoverage
{
    private readonly int[] _prose;

    private ProseCoverage(TreeOrder tree, int[] prose)
    {
        Tree = tree;
        _prose = prose;
    }

    /// <summary>The measured tree.</summary>
    public TreeOrder Tree { get; }

    /// <summary>The prose characters under the element at a position.</summary>
    public int this[int position] => _prose[position];

    private static readonly int MinProseLength = (int)CandidateVocabulary.Shared.Number("MinProseLength");

    private static readonly double MaxProseLinkDensity = CandidateVocabulary.Shared.Number("MaxProseLinkDensity");

    /// <summary>Measures the prose of every element of the tree <paramref name="stats"/> measured.</summary>
    public static ProseCoverage Measure(NodeStats stats)
    {
        var tree = stats.Order;
        var prose = new int[tree.Count];
        for (var i = tree.Count - 1; i >= 0; i--)
        {
            var sum = 0;
            for (var child = i + 1; child < tree.End(i); child = tree.End(child))
            {
                sum += prose[child];
            }

            var own = OwnBlockLength(tree[i], stats);
            prose[i] = sum + (IsProseBlock(own, stats[tree[i]]) && !IsTruncatedTeaser(tree[i]) ? own : 0);
        }

        return new ProseCoverage(tree, prose);
    }

    /// <summary>A block whose own text is long and nearly link-free reads as prose.</summary>
    private static bool IsProseBlock(int ownLength, NodeStat stat) => IsProse(ownLength, stat.LinkDensity);

    /// <summary>
    /// Text this long and nearly link-free reads as prose (<c>MinProseLength</c>,
    /// <c>MaxProseLinkDensity</c>): shorter lines are taglines, bylines or menu entries, and
    /// linked text is a list of links.
    /// </summary>
    internal static bool IsProse(int length, double linkDensity) =>
        length >= MinProseLength && linkDensity <= MaxProseLinkDensity;

    /// <summary>
    /// A block whose text breaks off with an ellipsis: the cut excerpt of a teaser for another
    /// page ("...the government told Parliament on Wednesday. It..."), not a paragraph of this one.
    /// </summary>
    private static bool IsTruncatedTeaser(IElement element)
    {
        var text = LastText(element).AsSpan().TrimEnd();
        return text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith("\u2026", StringComparison.Ordinal);
    }

    /// <summary>The last non-blank text node's data under an element, found from its end (no full walk).</summary>
    private static string LastText(INode element)
    {
        var node = element.LastChild;
        while (node is not null)
        {
            if (node is IElement && node.LastChild is { } last)
            {
                node = last;
                continue;
            }

            if (node is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return text.Data;
            }

            // Step back: the previous sibling, else up until an ancestor (below the element) has one.
            while (node is not null && node.PreviousSibling is null)
            {
                node = node.Parent == element ? null : node.Parent;
            }

            node = node?.PreviousSibling;
        }

        return string.Empty;
    }

    /// <summary>The text an element holds as one block of its own: a paragraph's, a list item's, or a container's inline text.</summary>
    private static int OwnBlockLength(IElement element, NodeStats stats) =>
        element.LocalName is "li" or "dd" ? InlineLength(element, stats) : Scoring.ParagraphLength(element, stats);

    private static int InlineLength(IElement element, NodeStats stats)
    {
        var inline = stats[element].TextLength;
        foreach (var child in Children.Of(element))
        {
            if (Output.ElementRoles.ScoringBlocks.Contains(child.LocalName))
            {
                inline -= stats[child].TextLength;
            }
        }

        return inline;
    }

    /// <summary>The position of an element of the tree, or -1.</summary>
    public int PositionOf(IElement element) => Tree.Elements.IndexOf((Element)element);

    /// <summary>The positions of the element's ancestors inside the tree, nearest first, the root last.</summary>
    public List<int> AncestorsOf(int position)
    {
        var ancestors = new List<int>();
        for (var i = position - 1; i >= 0; i--)
        {
            if (Tree.End(i) > position)
            {
                ancestors.Add(i);
            }
        }

        return ancestors;
    }
}
