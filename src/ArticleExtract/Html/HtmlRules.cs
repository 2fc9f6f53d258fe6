using System.Collections.Frozen;
using System.Globalization;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Html;

/// <summary>
/// The rules of the HTML stages that read an element's class, id and tag, and the thresholds of the post-processing (<c>Html/html.txt</c>,
/// embedded), read once and frozen: the names of body containers, embedded posts and hidden
/// text, the thresholds of the class/id reading and the constants of Readability's scoring, with
/// the starting score of each tag. Immutable and shared.
/// </summary>
internal sealed class HtmlRules
{
    private const string FileName = "html.txt";

    private const string ResourceName = "ArticleExtract.Html.html.txt";

    private readonly FrozenDictionary<string, double> _numbers;

    private HtmlRules(
        FrozenDictionary<string, FrozenSet<string>> names,
        FrozenDictionary<string, double> numbers,
        FrozenDictionary<string, int> tagScores)
    {
        ContentNames = SetOf(names, "content");
        EmbedNames = SetOf(names, "embed");
        HiddenClassNames = SetOf(names, "hidden");
        HeaderNames = SetOf(names, "header");
        _numbers = numbers;
        TagScores = tagScores;
    }

    /// <summary>The rules shipped with the library.</summary>
    public static HtmlRules Shared { get; } = Load();

    /// <summary>Parts of class/id names that mark the container of an article body, lower case.</summary>
    public FrozenSet<string> ContentNames { get; }

    /// <summary>Parts of class names that mark an embedded post (quoted content), lower case.</summary>
    public FrozenSet<string> EmbedNames { get; }

    /// <summary>Parts of class/id names that name a header (the page's or an article's), lower case.</summary>
    public FrozenSet<string> HeaderNames { get; }

    /// <summary>Whole class names of visually hidden text (screen-reader only), lower case.</summary>
    public FrozenSet<string> HiddenClassNames { get; }

    /// <summary>Readability's starting score of a candidate by its tag; a tag not listed starts from 0.</summary>
    public FrozenDictionary<string, int> TagScores { get; }

    /// <summary>A threshold or constant by its name.</summary>
    /// <exception cref="KeyNotFoundException">The data file has no such number.</exception>
    public double Number(string name) =>
        _numbers.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"{FileName} has no number '{name}'.");

    /// <summary>A whole-number threshold by its name.</summary>
    /// <exception cref="KeyNotFoundException">The data file has no such number.</exception>
    public int Integer(string name) => (int)Number(name);

    private static FrozenSet<string> SetOf(FrozenDictionary<string, FrozenSet<string>> names, string argument) =>
        names.TryGetValue(argument, out var set) ? set : throw new FormatException($"{FileName}: no '@name {argument}' group.");

    private static HtmlRules Load() => Parse(VocabularyFile.ReadResource(ResourceName));

    /// <summary>Reads the data file's text.</summary>
    /// <exception cref="FormatException">An unknown set, a malformed number, or a name or number given twice.</exception>
    internal static HtmlRules Parse(string source)
    {
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var numbers = new Dictionary<string, double>(StringComparer.Ordinal);
        var tagScores = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in VocabularyFile.Read(source, FileName))
        {
            switch (entry.Set)
            {
                case "name":
                    if (!names.TryGetValue(entry.Argument, out var set))
                    {
                        names[entry.Argument] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    if (!set.Add(entry.Text.ToLowerInvariant()))
                    {
                        throw new FormatException($"{FileName}:{entry.Line}: '{entry.Text}' is named twice in '@name {entry.Argument}'.");
                    }

                    break;
                case "number":
                    VocabularyFile.AddNumber(numbers, entry, FileName);
                    break;
                case "tag-score":
                    if (!int.TryParse(entry.Argument, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var points))
                    {
                        throw new FormatException($"{FileName}:{entry.Line}: '@tag-score {entry.Argument}' needs a whole number.");
                    }

                    foreach (var tag in entry.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (!tagScores.TryAdd(tag, points))
                        {
                            throw new FormatException($"{FileName}:{entry.Line}: the tag '{tag}' is scored twice.");
                        }
                    }

                    break;
                default:
                    throw new FormatException($"{FileName}:{entry.Line}: unknown set '{entry.Set}'.");
            }
        }

        return new HtmlRules(
            names.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal),
            numbers.ToFrozenDictionary(StringComparer.Ordinal),
            tagScores.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
