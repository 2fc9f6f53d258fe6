using ArticleExtract.Classification;

namespace ArticleExtract.Tests;

/// <summary>The model's flat tree layout gives exactly the probabilities of walking each tree in its own arrays.</summary>
public sealed class FlatTreesTests
{
    [Fact]
    public void The_flat_trees_give_the_per_tree_probabilities_bit_for_bit()
    {
        var model = PageTypeClassifier.Default.Model!;
        var random = new Random(7);
        var scales = new[] { 1f, 10f, 100f, 5000f };
        for (var round = 0; round < 500; round++)
        {
            var scale = scales[round % scales.Length];
            var vector = new float[model.Features.Length];
            for (var f = 0; f < vector.Length; f++)
            {
                vector[f] = random.Next(4) == 0 ? 0 : (float)(random.NextDouble() * scale);
            }

            model.RawProbabilities(vector).Should().Equal(model.RawProbabilitiesPerTree(vector));
        }
    }

    [Fact]
    public void A_tree_without_splits_and_a_split_tree_follow_their_leaves()
    {
        var features = string.Join(' ', PageFeatures.Names);
        var model = TreeModel.Parse(
            "classes article forum\n" +
            $"features {features}\n" +
            "class article -1 0 0\ntree 1\nleaves 2\n" +
            "class forum -1 0 0\ntree 1\n0 10 1 -2\n1 5 -1 -3\nleaves -3 3 1\n");
        var vector = new float[PageFeatures.Names.Count];
        foreach (var (elements, text) in new[] { (5f, 1f), (5f, 9f), (20f, 0f) })
        {
            (vector[0], vector[1]) = (elements, text);
            model.RawProbabilities(vector).Should().Equal(model.RawProbabilitiesPerTree(vector));
        }

        (vector[0], vector[1]) = (5f, 9f);
        model.RawProbabilities(vector)[1].Should().BeApproximately(1 / (1 + Math.Exp(-1)), 1e-12, "elements 5 <= 10 goes to the second split, text 9 > 5 to its right leaf (1)");
    }
}
