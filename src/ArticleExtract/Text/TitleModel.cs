using ArticleExtract.Classification;

namespace ArticleExtract.Text;

/// <summary>
/// The text mode's title model: boosted trees that score how likely a candidate line is the
/// page's headline, from its <see cref="TitleFeatures"/>, trained by the training project
/// (<c>--title</c>) on wcxb-dev's scraped texts and written to <c>Text/title-model.txt</c>.
/// Immutable once read. When the shipped file was trained on other features, the model is absent
/// and <see cref="TitleFinder"/> falls back to its rule.
/// </summary>
internal sealed class TitleModel
{
    private const string ResourceName = "ArticleExtract.Text.title-model.txt";

    private readonly TreeModel? _model;

    private TitleModel(TreeModel? model) => _model = model;

    /// <summary>The shipped model.</summary>
    public static TitleModel Shared { get; } = new(Matching(Load()));

    /// <summary>The model's trees; null when they were trained on other features than <see cref="TitleFeatures.Names"/>.</summary>
    internal TreeModel? Trees => _model;

    /// <summary>A model from a model file's text (tests, and the training project's checks).</summary>
    internal static TitleModel FromModel(string source) => new(Matching(TreeModel.Parse(source)));

    /// <summary>The likeliest of <paramref name="count"/> candidates whose vectors <paramref name="vectors"/> holds one after the other (-1 when there is none).</summary>
    public int Likeliest(ReadOnlySpan<float> vectors, int count)
    {
        if (_model is null)
        {
            throw new InvalidOperationException("The title model is not available.");
        }

        var width = TitleFeatures.Names.Count;
        var best = -1;
        var bestScore = double.MinValue;
        for (var c = 0; c < count; c++)
        {
            var score = _model.RawProbabilities(vectors.Slice(c * width, width))[0];
            if (score > bestScore)
            {
                (best, bestScore) = (c, score);
            }
        }

        return best;
    }

    private static TreeModel Load()
    {
        using var stream = typeof(TitleModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return TreeModel.Parse(reader.ReadToEnd());
    }

    /// <summary>The model when it is one class trained on the features the library computes now, else null.</summary>
    private static TreeModel? Matching(TreeModel model) =>
        model.Classes.Length == 1 && model.Features.SequenceEqual(TitleFeatures.Names, StringComparer.Ordinal) ? model : null;
}
