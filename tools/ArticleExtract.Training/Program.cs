// Trains the page-type classifier of ArticleExtract: gradient-boosted trees (ML.NET FastTree,
// one binary model per page type, Platt-calibrated) on the page types of wcxb-dev, with the
// library's own feature extractor (Classification/TrainingHook), and writes the trees as the
// data file the library evaluates itself (src/ArticleExtract/Classification/pagetype-model.txt).
//
//   dotnet run -c Release --project tools/ArticleExtract.Training -- [--corpus DIR] [--evaluate] [--out FILE]
//
//   --corpus    the wcxb-dev folder (default ../shared/corpus/wcxb-dev beside the repository)
//   --evaluate  train on half A only and print accuracy and the confusion matrix on half B
//               (the halves of ../shared/eval/score.py: A when sha256(id)'s first hex digit is 0-7);
//               writes half A's model only when --out is given
//   --trees N, --leaves N, --min-leaf N, --rate X   the boosting's settings (defaults 300, 16, 4, 0.05: the shipped model's;
//               8 leaves of 10 pages or more did better in --cv 5 on half A with session 11's extra features,
//               but not on half B under the article-safe fall-back, and those features were not kept)
//   --cv K      K-fold cross-validation inside half A only (folds by page order): accuracy and
//               confusion matrix, to choose features and settings without looking at half B
//   --cache F   keeps the pages' feature vectors in F (read back when F's features are the current ones)
//   --time      times the classifier (features and trees) against the bare parse, page by page, and exits
//   --out       where to write the model (default, without --evaluate: the library's model file,
//               trained on every page)
//
// Deterministic: one thread, fixed seeds, pages in id order; the same corpus gives the same file.
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ArticleExtract;
using ArticleExtract.Classification;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers.FastTree;

var root = FindRepositoryRoot();
var corpus = Option(args, "--corpus") ?? Path.Combine(root, "..", "shared", "corpus", "wcxb-dev");
var output = Option(args, "--out") ?? Path.Combine(root, "src", "ArticleExtract", "Classification", "pagetype-model.txt");
var evaluate = args.Contains("--evaluate");

Trainer.Trees = int.Parse(Option(args, "--trees") ?? "300", CultureInfo.InvariantCulture);
Trainer.Leaves = int.Parse(Option(args, "--leaves") ?? "16", CultureInfo.InvariantCulture);
Trainer.MinLeaf = int.Parse(Option(args, "--min-leaf") ?? "4", CultureInfo.InvariantCulture);
Trainer.Rate = double.Parse(Option(args, "--rate") ?? "0.05", CultureInfo.InvariantCulture);
if (args.Contains("--title"))
{
    TitleTraining.Run(args, root);
    return;
}

if (args.Contains("--time"))
{
    Timing.Run(corpus);
    return;
}

var pages = FeatureCache.Load(Option(args, "--cache"), () => LoadPages(corpus));
Console.Error.WriteLine($"{pages.Count} pages, {PageFeatures.Names.Count} features");
if (Option(args, "--cv") is { } folds)
{
    CrossValidation.Run(pages.Where(p => p.HalfA).ToList(), int.Parse(folds, CultureInfo.InvariantCulture));
}
else if (evaluate)
{
    var train = pages.Where(p => p.HalfA).ToList();
    var test = pages.Where(p => !p.HalfA).ToList();
    var model = Trainer.Train(train);
    Report.Accuracy(PageTypeClassifier.FromModel(model), test);
    Report.Importance(model);
    if (Option(args, "--out") is { } halfModel)
    {
        File.WriteAllText(halfModel, model);
        Console.Error.WriteLine($"wrote the model of half A to {halfModel}");
    }
}
else
{
    var model = Trainer.Train(pages);
    File.WriteAllText(output, model);
    Console.Error.WriteLine($"wrote {output}");
    Report.Accuracy(PageTypeClassifier.FromModel(model), pages);
}

static string? Option(string[] args, string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static string FindRepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ArticleExtract.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? Directory.GetCurrentDirectory();
}

static List<Page> LoadPages(string corpus)
{
    using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus, "ground-truth.json")));
    var pages = new List<Page>();
    foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
    {
        var file = Path.Combine(corpus, "html", entry.Name + ".html.gz");
        if (!File.Exists(file) || !entry.Value.TryGetProperty("pageType", out var label) || label.GetString() is not { } name)
        {
            continue;
        }

        using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        var type = Enum.Parse<PageType>(name, ignoreCase: true);
        pages.Add(new Page(entry.Name, type, Halves.IsHalfA(entry.Name), TrainingHook.FeaturesOf(bytes.ToArray())));
    }

    return pages;
}

internal sealed record Page(string Id, PageType Type, bool HalfA, float[] Features);

internal sealed class Row
{
    public bool Label { get; set; }

    public float[] Features { get; set; } = [];
}

internal static class Trainer
{
    private const int Seed = 20261207;

    public static int Trees { get; set; } = 300;

    public static int Leaves { get; set; } = 16;

    public static int MinLeaf { get; set; } = 4;

    public static double Rate { get; set; } = 0.05;

    /// <summary>One FastTree binary model per page type; returns the model file's text.</summary>
    public static string Train(List<Page> pages, bool quiet = false)
    {
        var types = Enum.GetValues<PageType>();
        var text = new StringBuilder();
        text.AppendLine("# ArticleExtract page-type model: gradient-boosted trees (ML.NET FastTree, one binary model per type,");
        text.AppendLine($"# Platt-calibrated), trained by tools/ArticleExtract.Training on {pages.Count} wcxb-dev pages. Do not edit.");
        text.AppendLine("classes " + string.Join(' ', types.Select(t => t.ToString().ToLowerInvariant())));
        text.AppendLine("features " + string.Join(' ', PageFeatures.Names));
        foreach (var type in types)
        {
            AppendClass(text, type, pages, quiet);
        }

        return text.ToString();
    }

    private static void AppendClass(StringBuilder text, PageType type, List<Page> pages, bool quiet)
    {
        var ml = new MLContext(seed: Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, PageFeatures.Names.Count);
        var rows = pages.Select(p => new Row { Label = p.Type == type, Features = p.Features }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var options = new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = Trees,
            NumberOfLeaves = Leaves,
            MinimumExampleCountPerLeaf = MinLeaf,
            LearningRate = Rate,
            NumberOfThreads = 1,
            FeatureFraction = 1,
            Seed = Seed,
            UnbalancedSets = true,
        };
        var model = ml.BinaryClassification.Trainers.FastTree(options).Fit(data);
        var block = Export(model, type.ToString().ToLowerInvariant());
        if (!quiet)
        {
            Check(model.Transform(data), rows, block.ToString(), type);
        }

        text.Append(block);
    }

    /// <summary>A binary model's class block of the model file: its calibration, then its trees.</summary>
    public static StringBuilder Export(BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> model, string name)
    {
        var ensemble = model.Model.SubModel.TrainedTreeEnsemble;
        var calibrator = model.Model.Calibrator;
        var block = new StringBuilder();
        block.AppendLine(FormattableString.Invariant($"class {name} {calibrator.Slope:R} {calibrator.Offset:R} {ensemble.Bias:R}"));
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            block.AppendLine(FormattableString.Invariant($"tree {ensemble.TreeWeights[t]:R}"));
            for (var n = 0; n < tree.NumberOfNodes; n++)
            {
                block.AppendLine(FormattableString.Invariant($"{tree.NumericalSplitFeatureIndexes[n]} {tree.NumericalSplitThresholds[n]:R} {tree.LeftChild[n]} {tree.RightChild[n]}"));
            }

            block.AppendLine("leaves " + string.Join(' ', tree.LeafValues.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
        }

        return block;
    }

    /// <summary>Checks that the exported trees give ML.NET's own probabilities (the library evaluates them itself).</summary>
    private static void Check(IDataView scored, List<Row> rows, string block, PageType type)
    {
        var probabilities = scored.GetColumn<float>("Probability").ToArray();
        var single = $"classes {type.ToString().ToLowerInvariant()}\nfeatures {string.Join(' ', PageFeatures.Names)}\n{block}";
        var model = PageTypeClassifier.FromModel(single).Model ?? throw new InvalidOperationException("the exported model does not match the features");
        var worst = 0.0;
        for (var i = 0; i < rows.Count; i++)
        {
            worst = Math.Max(worst, Math.Abs(model.RawProbabilities(rows[i].Features)[0] - probabilities[i]));
        }

        Console.Error.WriteLine(FormattableString.Invariant($"{type}: exported trees match ML.NET within {worst:G3}"));
        if (worst > 1e-3)
        {
            throw new InvalidOperationException($"The exported trees of {type} differ from ML.NET's model by {worst}.");
        }
    }
}

internal static class FeatureCache
{
    /// <summary>The pages from the cache file when it holds the current features, else computed (and written to the file, if one is named).</summary>
    public static List<Page> Load(string? file, Func<List<Page>> compute)
    {
        var header = "features " + string.Join(' ', PageFeatures.Names);
        if (file is not null && File.Exists(file))
        {
            var lines = File.ReadAllLines(file);
            if (lines.Length > 0 && lines[0] == header)
            {
                return [.. lines.Skip(1).Select(Parse)];
            }
        }

        var pages = compute();
        if (file is not null)
        {
            File.WriteAllLines(file, [header, .. pages.Select(Format)]);
        }

        return pages;
    }

    private static string Format(Page p) =>
        string.Join('\t', [p.Id, p.Type.ToString(), p.HalfA ? "A" : "B", .. p.Features.Select(f => f.ToString("R", CultureInfo.InvariantCulture))]);

    private static Page Parse(string line)
    {
        var parts = line.Split('\t');
        return new Page(parts[0], Enum.Parse<PageType>(parts[1]), parts[2] == "A", [.. parts.Skip(3).Select(f => float.Parse(f, CultureInfo.InvariantCulture))]);
    }
}

internal static class CrossValidation
{
    /// <summary>Trains on all folds but one and classifies that one, for each fold; prints the accuracy and confusion matrix over all pages.</summary>
    public static void Run(List<Page> pages, int folds)
    {
        var predicted = new List<(Page Page, PageClassifierResult Result)>();
        var probabilities = new List<(Page Page, double[] Probabilities)>();
        for (var fold = 0; fold < folds; fold++)
        {
            var train = pages.Where((_, i) => i % folds != fold).ToList();
            var test = pages.Where((_, i) => i % folds == fold).ToList();
            var classifier = PageTypeClassifier.FromModel(Trainer.Train(train, quiet: true));
            predicted.AddRange(test.Select(p => (p, Report.Classify(classifier, p))));
            probabilities.AddRange(test.Select(p => (p, classifier.Model!.Probabilities(p.Features).Select(x => (double)x).ToArray())));
        }

        Report.Matrix(predicted);
        Thresholds(probabilities);
        var byId = probabilities.ToDictionary(x => x.Page.Id, x => x.Probabilities);
        Console.WriteLine("misclassified: " + string.Join(' ', predicted.Where(x => x.Result.Type != x.Page.Type).Select(x => $"{x.Page.Id}:{x.Page.Type.ToString()[..4]}>{x.Result.Type.ToString()[..4]}/{x.Result.Likeliest.ToString()[..4]}:{byId[x.Page.Id].Max():F2}:{(PageFeatures.DeclaresArticleNotThread(x.Page.Features) ? "decl" : "-")}")));
    }

    /// <summary>
    /// The accuracy the fall-back to Article would give with other thresholds (plain evidence; an unknown address or a page
    /// that declares itself an article), and in brackets how many articles it would lose to another type.
    /// </summary>
    private static void Thresholds(List<(Page Page, double[] Probabilities)> results)
    {
        var types = Enum.GetValues<PageType>();
        var line = new StringBuilder("thresholds (plain evidence / no address or declared article: accuracy (articles lost)): ");
        foreach (var plain in new[] { 0.3, 0.4, 0.5 })
        {
            foreach (var against in new[] { 0.5, 0.6, 0.7, 0.8, 0.9 })
            {
                var right = 0;
                var articlesLost = 0;
                foreach (var (page, p) in results)
                {
                    var best = Array.IndexOf(p, p.Max());
                    var type = types[best];
                    var plainEvidence = PageFeatures.HasAddress(page.Features) && !PageFeatures.DeclaresArticleNotThread(page.Features);
                    if ((type != PageType.Article && p[best] < (plainEvidence ? plain : against)) || (type == PageType.Forum && PageFeatures.DeclaresArticleNotThread(page.Features)))
                    {
                        type = PageType.Article;
                    }

                    right += type == page.Type ? 1 : 0;
                    articlesLost += page.Type == PageType.Article && type != PageType.Article ? 1 : 0;
                }

                line.Append(FormattableString.Invariant($"{plain}/{against} {(double)right / results.Count:F4} ({articlesLost})  "));
            }
        }

        Console.WriteLine(line);
    }
}

internal sealed record PageClassifierResult(PageType Type, PageType Likeliest);

internal static class Report
{
    public static PageClassifierResult Classify(PageTypeClassifier classifier, Page page)
    {
        var (type, _) = classifier.Decide(page.Features);
        var probabilities = classifier.Model!.Probabilities(page.Features);
        return new PageClassifierResult(type, classifier.Types[Array.IndexOf(probabilities, probabilities.Max())]);
    }

    public static void Accuracy(PageTypeClassifier classifier, List<Page> pages) =>
        Matrix([.. pages.Select(p => (p, Classify(classifier, p)))]);

    public static void Matrix(List<(Page Page, PageClassifierResult Result)> results)
    {
        var types = Enum.GetValues<PageType>();
        var matrix = new int[types.Length, types.Length];
        var right = 0;
        var likeliest = 0;
        foreach (var (page, result) in results)
        {
            matrix[(int)page.Type, (int)result.Type]++;
            right += result.Type == page.Type ? 1 : 0;
            likeliest += result.Likeliest == page.Type ? 1 : 0;
        }

        var count = results.Count;
        Console.WriteLine(FormattableString.Invariant($"accuracy {(double)right / count:F4} ({right}/{count}); the likeliest type, without the fall-back to Article: {(double)likeliest / count:F4}"));
        Console.WriteLine("truth \\ predicted  " + string.Join(' ', types.Select(t => t.ToString()[..4].PadLeft(5))));
        foreach (var truth in types)
        {
            Console.WriteLine($"{truth,-18} " + string.Join(' ', types.Select(p => matrix[(int)truth, (int)p].ToString(CultureInfo.InvariantCulture).PadLeft(5))));
        }
    }

    /// <summary>How often each feature is split on across all trees (a rough importance).</summary>
    public static void Importance(string modelText)
    {
        var model = PageTypeClassifier.FromModel(modelText).Model!;
        var counts = model.SplitCounts();
        var ranked = counts.Select((c, i) => (Name: PageFeatures.Names[i], Count: c)).OrderByDescending(x => x.Count).ToList();
        Console.WriteLine("splits per feature: " + string.Join(", ", ranked.Where(x => x.Count > 0).Select(x => $"{x.Name} {x.Count}")));
        Console.WriteLine("never used: " + string.Join(", ", ranked.Where(x => x.Count == 0).Select(x => x.Name)));
    }
}

internal static class Timing
{
    /// <summary>Sums, over the corpus's pages, the parse and the classification (features and trees), three rounds, the fastest kept.</summary>
    public static void Run(string corpus)
    {
        var files = Directory.GetFiles(Path.Combine(corpus, "html"), "*.html.gz").Order(StringComparer.Ordinal).ToList();
        var pages = files.Select(f =>
        {
            using var gzip = new GZipStream(File.OpenRead(f), CompressionMode.Decompress);
            using var bytes = new MemoryStream();
            gzip.CopyTo(bytes);
            return bytes.ToArray();
        }).ToList();
        double parse = double.MaxValue, classify = double.MaxValue, extract = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var (p, c, e) = (0.0, 0.0, 0.0);
            foreach (var page in pages)
            {
                var (parseTime, classifyTime, extractTime) = TrainingHook.Time(page);
                (p, c, e) = (p + parseTime, c + classifyTime, e + extractTime);
            }

            (parse, classify, extract) = (Math.Min(parse, p), Math.Min(classify, c), Math.Min(extract, e));
        }

        Console.WriteLine(FormattableString.Invariant($"{pages.Count} pages: bare parse {parse:F0} ms, Parse {extract:F0} ms, features and trees {classify:F0} ms ({classify / extract:P1} of Parse, {classify / parse:P1} of the bare parse)"));
    }
}
