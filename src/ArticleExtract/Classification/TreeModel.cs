using System.Globalization;

namespace ArticleExtract.Classification;

/// <summary>
/// A trained model: for each class (a page type; or the one class of the text title model) a
/// boosted ensemble of regression trees (one against all) and the sigmoid that turns its score
/// into a probability, read from the data file the training project writes
/// (<c>Classification/pagetype-model.txt</c>, <c>Text/title-model.txt</c>). Evaluating it is
/// a few hundred comparisons: no ML runtime, no reflection, nothing allocated but the result.
/// Immutable once read.
/// </summary>
/// <remarks>
/// The file's lines: <c>classes NAME...</c> (the class names in score order), <c>features NAME...</c>
/// (the feature names the trees index, which must be the user's own, e.g. <see cref="PageFeatures.Names"/>), then per
/// class <c>class NAME SLOPE OFFSET BIAS</c> followed by its trees, each a line
/// <c>tree WEIGHT</c>, one line <c>FEATURE THRESHOLD LEFT RIGHT</c> per split (a child below zero
/// is the leaf <c>~child</c>; a value at most the threshold goes left) and a line
/// <c>leaves VALUE...</c>. The probability of a class is <c>1 / (1 + exp(SLOPE * score + OFFSET))</c>,
/// its score the bias plus the weighted leaves its trees reach.
/// </remarks>
internal sealed class TreeModel
{
    private readonly ClassTrees[] _classes;

    /// <summary>
    /// Every tree's splits, by feature (see <see cref="FlatTrees"/>): what <see cref="RawProbabilities"/>
    /// evaluates; null when a tree has more leaves than its masks hold, and each tree is walked instead.
    /// </summary>
    private readonly FlatTrees? _flat;

    private TreeModel(string[] classNames, string[] features, ClassTrees[] classes)
    {
        Classes = classNames;
        Features = features;
        _classes = classes;
        var trees = classes.SelectMany(c => c.Trees).ToList();
        _flat = trees.TrueForAll(t => t.Leaves.Length <= FlatTrees.MaxLeaves)
            ? FlatTrees.Of(trees.ConvertAll(t => (t.Weight, t.Feature, t.Threshold, t.Left, t.Right, t.Leaves)), features.Length)
            : null;
    }

    /// <summary>The name of each class, in score order.</summary>
    public string[] Classes { get; }

    /// <summary>The names of the features the trees index.</summary>
    public string[] Features { get; }

    /// <summary>The probability of each class (in <see cref="Classes"/> order), normalised to sum to 1.</summary>
    public double[] Probabilities(ReadOnlySpan<float> features)
    {
        var result = RawProbabilities(features);
        var sum = result.Sum();
        for (var c = 0; c < result.Length && sum > 0; c++)
        {
            result[c] /= sum;
        }

        return result;
    }

    /// <summary>Up to this many trees, their leaf values are kept on the stack (the shipped model has about two thousand).</summary>
    private const int MaxStackTrees = 4096;

    /// <summary>The probability each class's own model gives (one against all), before normalising.</summary>
    public double[] RawProbabilities(ReadOnlySpan<float> features)
    {
        if (_flat is null)
        {
            return RawProbabilitiesPerTree(features);
        }

        var result = new double[_classes.Length];
        var leaves = _flat.Count <= MaxStackTrees ? stackalloc double[_flat.Count] : new double[_flat.Count];
        _flat.Evaluate(features, leaves);
        var tree = 0;
        for (var c = 0; c < _classes.Length; c++)
        {
            // The leaves come weighted: the products of the per-tree sum, added in the same order.
            var model = _classes[c];
            var score = model.Bias;
            foreach (var weighted in leaves.Slice(tree, model.Trees.Length))
            {
                score += weighted;
            }

            tree += model.Trees.Length;

            result[c] = 1 / (1 + Math.Exp((model.Slope * score) + model.Offset));
        }

        return result;
    }

    /// <summary>
    /// The reference for <see cref="RawProbabilities"/>: the same sums, each tree walked in its own
    /// arrays (the equivalence test holds the two identical).
    /// </summary>
    internal double[] RawProbabilitiesPerTree(ReadOnlySpan<float> features)
    {
        var result = new double[_classes.Length];
        for (var c = 0; c < _classes.Length; c++)
        {
            var model = _classes[c];
            var score = model.Bias;
            foreach (var tree in model.Trees)
            {
                score += tree.Weight * tree.Evaluate(features);
            }

            result[c] = 1 / (1 + Math.Exp((model.Slope * score) + model.Offset));
        }

        return result;
    }

    /// <summary>How many splits name each feature, over every tree (the training report's rough importance).</summary>
    public int[] SplitCounts()
    {
        var counts = new int[Features.Length];
        foreach (var tree in _classes.SelectMany(c => c.Trees))
        {
            foreach (var feature in tree.Feature)
            {
                counts[feature]++;
            }
        }

        return counts;
    }

    /// <summary>Reads a model file.</summary>
    /// <exception cref="FormatException">The file is not a model of this format.</exception>
    public static TreeModel Parse(string source)
    {
        var lines = source.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').ToList();
        var index = 0;
        var names = Words(lines, ref index, "classes");
        var features = Words(lines, ref index, "features");
        var classes = new List<ClassTrees>();
        while (index < lines.Count)
        {
            var head = Words(lines, ref index, "class");
            var trees = new List<Tree>();
            while (index < lines.Count && lines[index].StartsWith("tree ", StringComparison.Ordinal))
            {
                trees.Add(ReadTree(lines, ref index, features.Length));
            }

            classes.Add(new ClassTrees(Number(head[1]), Number(head[2]), Number(head[3]), [.. trees]));
        }

        if (classes.Count != names.Length)
        {
            throw new FormatException($"The model has {names.Length} classes but trees for {classes.Count}.");
        }

        return new TreeModel(names, features, [.. classes]);
    }

    private static Tree ReadTree(List<string> lines, ref int index, int featureCount)
    {
        var weight = Number(Words(lines, ref index, "tree")[0]);
        var feature = new List<int>();
        var threshold = new List<float>();
        var left = new List<int>();
        var right = new List<int>();
        while (index < lines.Count && !lines[index].StartsWith("leaves", StringComparison.Ordinal))
        {
            var parts = lines[index++].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 4)
            {
                throw new FormatException($"A split needs four values: '{lines[index - 1]}'.");
            }

            var f = int.Parse(parts[0], CultureInfo.InvariantCulture);
            if (f < 0 || f >= featureCount)
            {
                throw new FormatException($"A split names feature {f} of {featureCount}.");
            }

            feature.Add(f);
            threshold.Add((float)Number(parts[1]));
            left.Add(int.Parse(parts[2], CultureInfo.InvariantCulture));
            right.Add(int.Parse(parts[3], CultureInfo.InvariantCulture));
        }

        var leaves = Words(lines, ref index, "leaves").Select(Number).ToArray();
        var tree = new Tree(weight, [.. feature], [.. threshold], [.. left], [.. right], leaves);
        tree.Check();
        return tree;
    }

    private static string[] Words(List<string> lines, ref int index, string keyword)
    {
        if (index >= lines.Count || !lines[index].StartsWith(keyword + " ", StringComparison.Ordinal) && lines[index] != keyword)
        {
            throw new FormatException($"Expected '{keyword}' at '{(index < lines.Count ? lines[index] : "the end")}'.");
        }

        return lines[index++].Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private sealed record ClassTrees(double Slope, double Offset, double Bias, Tree[] Trees);

    private sealed record Tree(double Weight, int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] Leaves)
    {
        public double Evaluate(ReadOnlySpan<float> features)
        {
            if (Feature.Length == 0)
            {
                return Leaves[0];
            }

            var node = 0;
            while (node >= 0)
            {
                node = features[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
            }

            return Leaves[~node];
        }

        /// <summary>Every child is a later split or a leaf, so evaluation ends.</summary>
        public void Check()
        {
            for (var node = 0; node < Feature.Length; node++)
            {
                foreach (var child in (ReadOnlySpan<int>)[Left[node], Right[node]])
                {
                    if (child >= 0 ? child <= node || child >= Feature.Length : ~child >= Leaves.Length)
                    {
                        throw new FormatException($"A tree's node {node} points to {child}.");
                    }
                }
            }
        }
    }
}
