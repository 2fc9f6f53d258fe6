using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleExtract.Classification;
using ArticleExtract.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

/// <summary>
/// <c>--title</c>: trains the text mode's title model (one FastTree binary model: is this candidate
/// line the page's headline?) on wcxb-dev's scraped texts and titles, with the library's own
/// candidates and features (<see cref="TitleTrainingHook"/>), and writes
/// <c>src/ArticleExtract/Text/title-model.txt</c>. A page's title is its likeliest candidate.
/// <c>--evaluate</c> trains on half A and reports on half B; <c>--cv K</c> cross-validates inside half A.
/// </summary>
internal static partial class TitleTraining
{
    private const int Seed = 20261208;

    public static void Run(string[] args, string root)
    {
        var corpus = Option(args, "--corpus") ?? Path.Combine(root, "..", "shared", "corpus", "wcxb-dev");
        var pages = Load(corpus, "text", markdown: false);
        if (Option(args, "--markdown") is { } markdownPages)
        {
            // The same pages rendered as Markdown (benchmarks/render_markdown.py): a heading's mark is a feature the plain texts never show.
            pages.AddRange(Load(corpus, markdownPages, markdown: true));
        }

        Console.Error.WriteLine($"{pages.Count} pages with a title, {pages.Sum(p => p.Candidates.Count)} candidate lines, {TitleFeatures.Names.Count} features");
        foreach (var (half, markdown) in new[] { (true, false), (false, false), (true, true), (false, true) })
        {
            var some = pages.Where(p => p.HalfA == half && p.Markdown == markdown).ToList();
            Console.WriteLine(FormattableString.Invariant(
                $"half {(half ? 'A' : 'B')}{(markdown ? " as Markdown" : "")}: {some.Count} pages; the title is a candidate on {some.Count(p => p.Candidates.Any(c => c.Label))}, the rule picks it on {some.Count(p => p.RulePick >= 0 && p.Candidates[p.RulePick].Label)}"));
        }

        if (Option(args, "--cv") is { } folds)
        {
            var halfA = pages.Where(p => p.HalfA).ToList();
            var ids = halfA.Select(p => p.Id).Distinct().Order(StringComparer.Ordinal).Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            var k = int.Parse(folds, CultureInfo.InvariantCulture);
            int right = 0, rightMarkdown = 0;
            for (var fold = 0; fold < k; fold++)
            {
                var model = Train(halfA.Where(p => ids[p.Id] % k != fold).ToList());
                foreach (var page in halfA.Where(p => ids[p.Id] % k == fold))
                {
                    if (page.Markdown)
                    {
                        rightMarkdown += IsRight(model, page) ? 1 : 0;
                        continue;
                    }

                    var pick = Pick(model, page);
                    right += pick >= 0 && page.Candidates[pick].Label ? 1 : 0;
                    if (args.Contains("--misses") && (pick < 0 || !page.Candidates[pick].Label) && page.Candidates.Any(c => c.Label))
                    {
                        var truth = page.Candidates.FindIndex(c => c.Label);
                        Console.WriteLine($"miss {page.Id}: picked [{(pick < 0 ? "" : page.Candidates[pick].Line)}] d={(pick < 0 ? 0 : page.Candidates[pick].Features[0])}; title [{page.Candidates[truth].Line}] d={page.Candidates[truth].Features[0]}");
                    }
                }
            }

            Console.WriteLine(FormattableString.Invariant($"cross-validation in half A ({k} folds): {right}/{halfA.Count(p => !p.Markdown)} titles right; as Markdown {rightMarkdown}/{halfA.Count(p => p.Markdown)}"));
        }
        else if (args.Contains("--evaluate"))
        {
            var model = Train(pages.Where(p => p.HalfA).ToList());
            var test = pages.Where(p => !p.HalfA).ToList();
            Console.WriteLine(FormattableString.Invariant($"trained on half A, on half B: {test.Count(p => !p.Markdown && IsRight(model, p))}/{test.Count(p => !p.Markdown)} titles right; as Markdown {test.Count(p => p.Markdown && IsRight(model, p))}/{test.Count(p => p.Markdown)}"));
            Importance(model);
            if (Option(args, "--out") is { } file)
            {
                File.WriteAllText(file, model);
            }
        }
        else
        {
            var model = Train(pages);
            var output = Option(args, "--out") ?? Path.Combine(root, "src", "ArticleExtract", "Text", "title-model.txt");
            File.WriteAllText(output, model);
            Console.Error.WriteLine($"wrote {output}");
            Console.WriteLine(FormattableString.Invariant($"trained on all, on all: {pages.Count(p => IsRight(model, p))}/{pages.Count} titles right"));
        }
    }

    /// <summary>One FastTree binary model over every candidate line of the pages; returns the model file's text.</summary>
    public static string Train(List<TitlePage> pages)
    {
        var ml = new MLContext(seed: Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, TitleFeatures.Names.Count);
        var rows = pages.SelectMany(p => p.Candidates.Select(c => new Row { Label = c.Label, Features = c.Features })).ToList();
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var options = new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = Trainer.Trees,
            NumberOfLeaves = Trainer.Leaves,
            MinimumExampleCountPerLeaf = Trainer.MinLeaf,
            LearningRate = Trainer.Rate,
            NumberOfThreads = 1,
            FeatureFraction = 1,
            Seed = Seed,
        };
        var model = ml.BinaryClassification.Trainers.FastTree(options).Fit(data);
        var text = new StringBuilder();
        text.AppendLine("# ArticleExtract text-mode title model: gradient-boosted trees (ML.NET FastTree, one binary model: is this");
        text.AppendLine($"# candidate line the headline?), trained by tools/ArticleExtract.Training --title on {pages.Count} wcxb-dev texts. Do not edit.");
        text.AppendLine("classes title");
        text.AppendLine("features " + string.Join(' ', TitleFeatures.Names));
        text.Append(Trainer.Export(model, "title"));
        return text.ToString();
    }

    /// <summary>The model's likeliest candidate is the title.</summary>
    private static bool IsRight(string modelText, TitlePage page)
    {
        var best = Pick(modelText, page);
        return best >= 0 && page.Candidates[best].Label;
    }

    /// <summary>The model's likeliest candidate (-1 when there is none).</summary>
    private static int Pick(string modelText, TitlePage page)
    {
        var model = TreeModel.Parse(modelText);
        var best = -1;
        var bestScore = double.MinValue;
        for (var c = 0; c < page.Candidates.Count; c++)
        {
            var score = model.RawProbabilities(page.Candidates[c].Features)[0];
            if (score > bestScore)
            {
                (best, bestScore) = (c, score);
            }
        }

        return best;
    }

    private static void Importance(string modelText)
    {
        var counts = TreeModel.Parse(modelText).SplitCounts();
        Console.WriteLine("splits per feature: " + string.Join(", ", counts.Select((c, i) => (Name: TitleFeatures.Names[i], Count: c)).OrderByDescending(x => x.Count).Select(x => $"{x.Name} {x.Count}")));
    }

    private static List<TitlePage> Load(string corpus, string folder, bool markdown)
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus, "ground-truth.json")));
        var pages = new List<TitlePage>();
        foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var file = Path.Combine(corpus, folder, entry.Name + ".txt");
            if (!File.Exists(file) || !entry.Value.TryGetProperty("title", out var title) || title.GetString() is not { Length: > 0 } wanted)
            {
                continue;
            }

            var folded = Fold(wanted);
            var (candidates, pick) = TitleTrainingHook.CandidatesOf(File.ReadAllText(file));
            pages.Add(new TitlePage(entry.Name, Halves.IsHalfA(entry.Name), markdown, [.. candidates.Select(c => new TitleCandidate(c.Line, Fold(c.Line) == folded, c.Features))], pick));
        }

        return pages;
    }

    /// <summary>The judge's folding of a title (score.py's <c>fold</c>): NFKC, case, one form of quotes and dashes, spaces collapsed.</summary>
    private static string Fold(string text)
    {
        text = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        text = SingleQuotes().Replace(text, "'");
        text = DoubleQuotes().Replace(text, "\"");
        text = Dashes().Replace(text, "-");
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex("[\u2018\u2019\u201a\u201b\u2032]")]
    private static partial Regex SingleQuotes();

    [GeneratedRegex("[\u201c\u201d\u201e\u201f\u2033]")]
    private static partial Regex DoubleQuotes();

    [GeneratedRegex("[\u2010-\u2015\u2212]")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}

internal sealed record TitleCandidate(string Line, bool Label, float[] Features);

internal sealed record TitlePage(string Id, bool HalfA, bool Markdown, List<TitleCandidate> Candidates, int RulePick);

internal static class Halves
{
    /// <summary>The halves of ../shared/eval/score.py: A when sha256(id)'s first hex digit is 0-7.</summary>
    public static bool IsHalfA(string id) => System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(id))[0] >> 4 < 8;
}
