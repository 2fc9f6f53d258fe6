namespace ArticleExtract.Classification;

/// <summary>
/// The trees of a <see cref="TreeModel"/> laid end to end in five arrays, so that evaluating the
/// two thousand trees of the shipped model walks contiguous memory instead of ten thousand small
/// arrays. A split's children are indices into the same arrays; a leaf is <c>~index</c> into
/// <see cref="_leaves"/>; a tree without splits starts at its leaf. The values and the walk are
/// those of each tree's own evaluation (<see cref="TreeModel.RawProbabilitiesPerTree"/>, the reference).
/// </summary>
internal sealed class FlatTrees
{
    private readonly int[] _roots;
    private readonly int[] _feature;
    private readonly float[] _threshold;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly double[] _leaves;

    private FlatTrees(int[] roots, int[] feature, float[] threshold, int[] left, int[] right, double[] leaves) =>
        (_roots, _feature, _threshold, _left, _right, _leaves) = (roots, feature, threshold, left, right, leaves);

    /// <summary>Lays out trees given as their split arrays (children relative to the tree, leaves as <c>~leaf</c>) and leaves.</summary>
    public static FlatTrees Of(IReadOnlyList<(int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] Leaves)> trees)
    {
        var roots = new int[trees.Count];
        var feature = new List<int>();
        var threshold = new List<float>();
        var left = new List<int>();
        var right = new List<int>();
        var leaves = new List<double>();
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            var nodeBase = feature.Count;
            var leafBase = leaves.Count;
            roots[t] = tree.Feature.Length == 0 ? ~leafBase : nodeBase;
            for (var node = 0; node < tree.Feature.Length; node++)
            {
                feature.Add(tree.Feature[node]);
                threshold.Add(tree.Threshold[node]);
                left.Add(Moved(tree.Left[node], nodeBase, leafBase));
                right.Add(Moved(tree.Right[node], nodeBase, leafBase));
            }

            leaves.AddRange(tree.Leaves);
        }

        return new FlatTrees(roots, [.. feature], [.. threshold], [.. left], [.. right], [.. leaves]);
    }

    /// <summary>A child index moved into the shared arrays: a split by the tree's node base, a leaf by its leaf base.</summary>
    private static int Moved(int child, int nodeBase, int leafBase) => child >= 0 ? nodeBase + child : ~(leafBase + ~child);

    /// <summary>The leaf value tree <paramref name="tree"/> reaches for the features.</summary>
    public double Evaluate(int tree, ReadOnlySpan<float> features)
    {
        var node = _roots[tree];
        while (node >= 0)
        {
            node = features[_feature[node]] <= _threshold[node] ? _left[node] : _right[node];
        }

        return _leaves[~node];
    }
}
