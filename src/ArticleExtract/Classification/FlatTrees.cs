using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ArticleExtract.Classification;

/// <summary>
/// The trees of a <see cref="TreeModel"/> evaluated feature by feature rather than tree by tree
/// (the QuickScorer layout of Lucchese et al., 2015): the splits of all trees are grouped by the
/// feature they test and sorted by threshold, and each tree's leaves are numbered from left to
/// right. A split whose test fails (the value is above the threshold, so the walk goes right)
/// rules out the leaves of its left subtree; for each feature, the failing splits are the first
/// ones of its sorted list, so they are found without looking at the rest. Each tree then exits
/// at the leftmost leaf no failing split ruled out, which is the leaf its walk from the root
/// reaches. The work is a run over contiguous arrays with no branch that depends on the tree,
/// where walking two thousand trees is ten thousand dependent loads and guessed branches.
/// The reference is each tree's own walk (<see cref="TreeModel.RawProbabilitiesPerTree"/>);
/// the equivalence test holds the probabilities identical.
/// </summary>
internal sealed class FlatTrees
{
    /// <summary>The most leaves a tree may have: one bit of a mask per leaf (the shipped model's trees have 16).</summary>
    public const int MaxLeaves = 32;

    /// <summary>Where each feature's splits start in the sorted arrays; the last entry is their total.</summary>
    private readonly int[] _featureStart;

    /// <summary>Each split's threshold, by feature and ascending threshold.</summary>
    private readonly float[] _threshold;

    /// <summary>The tree each split belongs to.</summary>
    private readonly int[] _tree;

    /// <summary>Each split's mask: every leaf of its tree but those of its left subtree.</summary>
    private readonly uint[] _mask;

    /// <summary>Where each tree's leaves start in <see cref="_leaves"/>.</summary>
    private readonly int[] _leafStart;

    /// <summary>
    /// The leaf values times their tree's weight (the very product the per-tree sum adds), tree
    /// after tree, each tree's from left to right.
    /// </summary>
    private readonly double[] _leaves;

    private FlatTrees(int[] featureStart, float[] threshold, int[] tree, uint[] mask, int[] leafStart, double[] leaves) =>
        (_featureStart, _threshold, _tree, _mask, _leafStart, _leaves) = (featureStart, threshold, tree, mask, leafStart, leaves);

    /// <summary>How many trees there are.</summary>
    public int Count => _leafStart.Length;

    /// <summary>
    /// Lays out trees given as their weight, split arrays (children relative to the tree, leaves as
    /// <c>~leaf</c>, every child after its parent) and leaves, over <paramref name="featureCount"/> features.
    /// </summary>
    /// <exception cref="ArgumentException">A tree has more than <see cref="MaxLeaves"/> leaves.</exception>
    public static FlatTrees Of(IReadOnlyList<(double Weight, int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] Leaves)> trees, int featureCount)
    {
        var splits = new List<(int Feature, float Threshold, int Tree, uint Mask)>();
        var leafStart = new int[trees.Count];
        var leaves = new List<double>();
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            if (tree.Leaves.Length > MaxLeaves)
            {
                throw new ArgumentException($"A tree has {tree.Leaves.Length} leaves; at most {MaxLeaves} fit a mask.", nameof(trees));
            }

            var (order, first, last) = LeftToRight(tree.Left, tree.Right, tree.Leaves.Length);
            leafStart[t] = leaves.Count;
            var values = new double[tree.Leaves.Length];
            for (var leaf = 0; leaf < values.Length; leaf++)
            {
                values[order[leaf]] = tree.Weight * tree.Leaves[leaf];
            }

            leaves.AddRange(values);
            for (var node = 0; node < tree.Feature.Length; node++)
            {
                // The left subtree's leaves are a run of the left-to-right order.
                var (from, to) = Range(tree.Left[node], order, first, last);
                var left = (to - from == MaxLeaves ? uint.MaxValue : (1U << (to - from)) - 1) << from;
                splits.Add((tree.Feature[node], tree.Threshold[node], t, ~left));
            }
        }

        // Stable: splits of one feature and one threshold stay in tree order.
        var sorted = splits.Select((split, index) => (split, index)).OrderBy(s => s.split.Feature).ThenBy(s => s.split.Threshold).ThenBy(s => s.index).Select(s => s.split).ToArray();
        var featureStart = new int[featureCount + 1];
        foreach (var split in sorted)
        {
            featureStart[split.Feature + 1]++;
        }

        for (var f = 0; f < featureCount; f++)
        {
            featureStart[f + 1] += featureStart[f];
        }

        return new FlatTrees(
            featureStart,
            [.. sorted.Select(s => s.Threshold)],
            [.. sorted.Select(s => s.Tree)],
            [.. sorted.Select(s => s.Mask)],
            leafStart,
            [.. leaves]);
    }

    /// <summary>
    /// Numbers a tree's leaves from left to right (a depth-first walk, left child first, with an
    /// explicit stack), and gives each split the first and the last number of the leaves below it.
    /// </summary>
    private static (int[] Order, int[] First, int[] Last) LeftToRight(int[] left, int[] right, int leafCount)
    {
        var order = new int[leafCount];
        var next = 0;
        if (left.Length == 0)
        {
            return (order, [], []);
        }

        var stack = new Stack<int>();
        stack.Push(0);
        while (stack.Count > 0)
        {
            var child = stack.Pop();
            if (child < 0)
            {
                order[~child] = next++;
                continue;
            }

            stack.Push(right[child]);
            stack.Push(left[child]);
        }

        // Every child comes after its parent, so a backward pass sees the children first.
        var first = new int[left.Length];
        var last = new int[left.Length];
        for (var node = left.Length - 1; node >= 0; node--)
        {
            first[node] = Range(left[node], order, first, last).From;
            last[node] = Range(right[node], order, first, last).To - 1;
        }

        return (order, first, last);
    }

    /// <summary>The leaves below a child, as a run [From, To) of the left-to-right order.</summary>
    private static (int From, int To) Range(int child, int[] order, int[] first, int[] last) =>
        child < 0 ? (order[~child], order[~child] + 1) : (first[child], last[child] + 1);

    /// <summary>Writes the leaf value each tree reaches for the features, times the tree's weight, into <paramref name="leaves"/> (one per tree, in tree order).</summary>
    public void Evaluate(ReadOnlySpan<float> features, Span<double> leaves)
    {
        var count = Count;
        var alive = count <= MaxStackTrees ? stackalloc uint[count] : new uint[count];
        alive.Fill(uint.MaxValue);
        // The arrays are read through references: their lengths are checked once here, and every
        // split's tree is below the count (the layout made them so), which no bounds check can know.
        var threshold = _threshold.AsSpan();
        var tree = _tree.AsSpan(0, threshold.Length);
        var mask = _mask.AsSpan(0, threshold.Length);
        ref var aliveStart = ref MemoryMarshal.GetReference(alive);
        var starts = _featureStart.AsSpan();
        for (var f = 0; f < starts.Length - 1; f++)
        {
            var value = features[f];
            var end = starts[f + 1];

            // A failing test is a threshold below the value (every one, when the value is NaN).
            for (var split = starts[f]; split < end && !(value <= threshold[split]); split++)
            {
                Unsafe.Add(ref aliveStart, tree[split]) &= mask[split];
            }
        }

        for (var t = 0; t < count; t++)
        {
            leaves[t] = _leaves[_leafStart[t] + BitOperations.TrailingZeroCount(alive[t])];
        }
    }

    /// <summary>Up to this many trees, the masks of their remaining leaves are kept on the stack.</summary>
    private const int MaxStackTrees = 4096;
}
