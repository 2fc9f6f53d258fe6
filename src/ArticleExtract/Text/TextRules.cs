using System.Collections.Frozen;
using System.Reflection;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Text;

/// <summary>
/// The word rules of text mode read from the embedded <c>Text/textrules.txt</c>: newsletter words,
/// copyright prefixes, temperature units, and the marks of page types (post actions, prices).
/// Immutable once loaded; one shared instance.
/// </summary>
internal sealed class TextRules
{
    private const string ResourceName = "ArticleExtract.Text.textrules.txt";

    private TextRules(List<VocabularyEntry> entries)
    {
        PromptWords = Set(entries, "prompt-word", StringComparer.Ordinal);
        CopyrightPrefixes = [.. entries.Where(e => e.Set == "copyright-prefix").Select(e => e.Text + " ")];
        TemperatureUnits = Set(entries, "temperature-unit", StringComparer.Ordinal);
        ConsentWords = Set(entries, "consent-word", StringComparer.Ordinal);
        PostActions = Set(entries, "post-action", StringComparer.OrdinalIgnoreCase);
        PriceMarks = [.. entries.Where(e => e.Set == "currency").Select(e => e.Text)];
        PriceMarkValues = System.Buffers.SearchValues.Create([.. PriceMarks], StringComparison.OrdinalIgnoreCase);
        PostNumberMarks = [.. entries.Where(e => e.Set == "post-number").Select(e => Unescape(e.Text))];
        CodeMarks = System.Buffers.SearchValues.Create(string.Concat(entries.Where(e => e.Set == "code-mark").Select(e => e.Text)));
    }

    /// <summary>The rules shipped with the library.</summary>
    public static TextRules Shared { get; } = Load();

    /// <summary>Lower-case words that make a short sentence a newsletter prompt ("subscribe", "inbox").</summary>
    public FrozenSet<string> PromptWords { get; }

    /// <summary>How a copyright line's key begins, each with the space that follows it ("copyright ", "(c) ").</summary>
    public IReadOnlyList<string> CopyrightPrefixes { get; }

    /// <summary>What may follow the number of a temperature ("°C", "F").</summary>
    public FrozenSet<string> TemperatureUnits { get; }

    /// <summary>Lower-case words of a consent banner ("cookies", "partners", "consent").</summary>
    public FrozenSet<string> ConsentWords { get; }

    /// <summary>The words of a post's action row ("Reply", "Quote", "Upvote"), any case.</summary>
    public FrozenSet<string> PostActions { get; }

    /// <summary>Currency signs, codes and shop phrases that, with a digit, make a line a price (lower case).</summary>
    public IReadOnlyList<string> PriceMarks { get; }

    /// <summary>The <see cref="PriceMarks"/>, any case, to search a line for all at once.</summary>
    public System.Buffers.SearchValues<string> PriceMarkValues { get; }

    /// <summary>What a post's number begins with ("#" of "#12").</summary>
    public IReadOnlyList<string> PostNumberMarks { get; }

    /// <summary>The characters that mark a line of code ("{", ";", "=").</summary>
    public System.Buffers.SearchValues<char> CodeMarks { get; }

    /// <summary>"U+0023" is the character it names; any other entry is itself.</summary>
    private static string Unescape(string entry) =>
        entry.StartsWith("U+", StringComparison.Ordinal) && entry.Length > 2
            ? char.ConvertFromUtf32(int.Parse(entry.AsSpan(2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture))
            : entry;

    private static FrozenSet<string> Set(List<VocabularyEntry> entries, string set, StringComparer comparer) =>
        entries.Where(e => e.Set == set).Select(e => e.Text).ToFrozenSet(comparer);

    private static TextRules Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return new TextRules(VocabularyFile.Read(reader.ReadToEnd(), "textrules.txt"));
    }
}
