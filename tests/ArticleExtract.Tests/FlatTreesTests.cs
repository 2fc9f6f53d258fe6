using System.IO.Compression;
using ArticleExtract.Classification;

namespace ArticleExtract.Tests;

/// <summary>The model's feature-by-feature evaluation gives exactly the probabilities of walking each tree in its own arrays.</summary>
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
    public void The_flat_trees_give_the_per_tree_probabilities_on_every_page_of_the_shared_corpus()
    {
        var model = PageTypeClassifier.Default.Model!;
        // Every page of scrapinghub-dev and every eighth of wcxb-dev: the features of real pages, zeros and all.
        var pages = new[] { ("scrapinghub-dev/html", 1), ("wcxb-dev/html", 8) }
            .Select(corpus => (Folder: Fixture.CorpusFolder(corpus.Item1), Stride: corpus.Item2))
            .Where(corpus => corpus.Folder is not null)
            .SelectMany(corpus => Directory.EnumerateFiles(corpus.Folder!, "*.html*").Order(StringComparer.Ordinal).Where((_, i) => i % corpus.Stride == 0))
            .ToList();
        foreach (var page in pages)
        {
            var vector = TrainingHook.FeaturesOf(Read(page));
            model.RawProbabilities(vector).Should().Equal(model.RawProbabilitiesPerTree(vector), page);
        }
    }

    [Fact]
    public void The_title_models_flat_trees_give_the_per_tree_probabilities_on_every_candidate_of_the_text_corpus()
    {
        var model = ArticleExtract.Text.TitleModel.Shared.Trees!;
        // Every candidate line of every eighth text of wcxb-dev/text (the renderings the model was trained on).
        var folder = Fixture.CorpusFolder("wcxb-dev/text");
        var texts = folder is null ? [] : Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Where((_, i) => i % 8 == 0).ToList();
        var candidates = 0;
        foreach (var text in texts)
        {
            foreach (var (_, vector) in ArticleExtract.Text.TitleTrainingHook.CandidatesOf(File.ReadAllText(text)).Candidates)
            {
                model.RawProbabilities(vector).Should().Equal(model.RawProbabilitiesPerTree(vector), text);
                candidates++;
            }
        }

        candidates.Should().BeGreaterThan(folder is null ? -1 : 1000);
    }

    [Fact]
    public void Values_on_a_threshold_infinities_and_NaN_follow_the_walk()
    {
        var model = PageTypeClassifier.Default.Model!;
        var random = new Random(11);
        var specials = new[] { float.NaN, float.PositiveInfinity, float.NegativeInfinity, -1f, 0f };
        for (var round = 0; round < 200; round++)
        {
            var vector = new float[model.Features.Length];
            for (var f = 0; f < vector.Length; f++)
            {
                vector[f] = random.Next(3) == 0 ? specials[random.Next(specials.Length)] : random.Next(4);
            }

            model.RawProbabilities(vector).Should().Equal(model.RawProbabilitiesPerTree(vector));
        }
    }

    private static byte[] Read(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.Ordinal))
        {
            return File.ReadAllBytes(path);
        }

        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
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
