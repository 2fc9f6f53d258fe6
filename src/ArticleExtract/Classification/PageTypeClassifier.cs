using ArticleExtract.Html;
using ArticleExtract.Metadata;

namespace ArticleExtract.Classification;

/// <summary>What the classifier found of a page: its type, the model's confidence, and the description of the product its JSON-LD describes (if any).</summary>
internal sealed record PageClass(PageType Type, double Confidence, string? ProductDescription)
{
    /// <summary>An article, for a page the classifier did not see.</summary>
    public static PageClass Article { get; } = new(PageType.Article, 0, null);
}

/// <summary>
/// Decides the page type from the page's features (<see cref="PageFeatures"/>) with the trained
/// model shipped as <c>Classification/pagetype-model.txt</c> (trained by
/// <c>tools/ArticleExtract.Training</c>). An uncertain decision falls back to
/// <see cref="PageType.Article"/>, whose extraction is the one tuned the longest. Immutable.
/// </summary>
internal sealed class PageTypeClassifier
{
    private const string ResourceName = "ArticleExtract.Classification.pagetype-model.txt";

    /// <summary>Another type than Article is taken only when the model gives it at least this probability.</summary>
    private const double MinConfidence = 0.5;

    /// <summary>
    /// As <see cref="MinConfidence"/>, for a page whose address is unknown (no canonical link, no
    /// base URL given: the model learned from pages nearly all of which had one, and the words of
    /// the address are among its strongest evidence, so without them it is less sure than it says)
    /// or that declares itself an article (og:type, schema.org type).
    /// </summary>
    private const double MinConfidenceAgainstEvidence = 0.9;

    private readonly TreeModel? _model;

    private PageTypeClassifier(TreeModel? model)
    {
        _model = model;
        Types = model is null ? [] : TypesOf(model);
    }

    /// <summary>The classifier with the shipped model.</summary>
    public static PageTypeClassifier Default { get; } = new(LoadShipped());

    /// <summary>The model in use; null when the shipped model does not match the feature vocabulary (it must be trained again).</summary>
    internal TreeModel? Model => _model;

    /// <summary>The page type of each of the model's classes, in score order.</summary>
    internal PageType[] Types { get; }

    /// <summary>Builds a classifier from a model file's text (the training project checks its models with it).</summary>
    internal static PageTypeClassifier FromModel(string source) => new(Matching(TreeModel.Parse(source)));

    /// <summary>The page type of a page, how sure the model is of it, and the product description its JSON-LD gives.</summary>
    public PageClass Classify(TreeOrder elements, PageScan scan, ArticleMetadata metadata, string? address)
    {
        var (type, confidence) = Decide(PageFeatures.Of(elements, scan, metadata, address, out var productDescription));
        return new PageClass(type, confidence, productDescription);
    }

    /// <summary>The page type for a feature vector: the likeliest, unless it is not <see cref="PageType.Article"/> and not likely enough.</summary>
    internal (PageType Type, double Confidence) Decide(float[] features)
    {
        var addressKnown = PageFeatures.HasAddress(features);
        if (_model is null)
        {
            return (PageType.Article, 0);
        }

        var probabilities = _model.Probabilities(features);
        var best = 0;
        for (var c = 1; c < probabilities.Length; c++)
        {
            if (probabilities[c] > probabilities[best])
            {
                best = c;
            }
        }

        var type = Types[best];
        if (IsUncertain(type, probabilities[best], addressKnown && !PageFeatures.DeclaresArticleNotThread(features)) || IsArticleWithComments(type, features))
        {
            var article = Array.IndexOf(Types, PageType.Article);
            return (PageType.Article, article >= 0 ? probabilities[article] : 0);
        }

        return (type, probabilities[best]);
    }

    /// <summary>A type other than Article that the model is not sure of: the article path is the safe one.</summary>
    private static bool IsUncertain(PageType type, double probability, bool plainEvidence) =>
        type != PageType.Article && probability < (plainEvidence ? MinConfidence : MinConfidenceAgainstEvidence);

    /// <summary>
    /// A page that declares itself an article, and not a thread, is an article with comments
    /// below it, not a forum: the forum profile would keep the comments.
    /// </summary>
    private static bool IsArticleWithComments(PageType type, float[] features) =>
        type == PageType.Forum && PageFeatures.DeclaresArticleNotThread(features);

    private static TreeModel? LoadShipped()
    {
        using var stream = typeof(PageTypeClassifier).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Matching(TreeModel.Parse(reader.ReadToEnd()));
    }

    /// <summary>The model when it was trained on the features the library computes now, else null.</summary>
    /// <exception cref="ArgumentException">A class of the model is no page type.</exception>
    private static TreeModel? Matching(TreeModel model) =>
        TypesOf(model).Length > 0 && model.Features.SequenceEqual(PageFeatures.Names, StringComparer.Ordinal) ? model : null;

    /// <summary>The page type each of the model's classes names.</summary>
    /// <exception cref="ArgumentException">A class is no page type.</exception>
    private static PageType[] TypesOf(TreeModel model) => [.. model.Classes.Select(name => Enum.Parse<PageType>(name, ignoreCase: true))];
}
