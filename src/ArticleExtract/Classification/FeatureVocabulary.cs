using System.Collections.Frozen;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Classification;

/// <summary>
/// The page-type vocabulary (<c>Classification/pagetype.txt</c>, an embedded resource): for each
/// kind of evidence (schema.org type, og:type, address word, class part, short phrase) the groups
/// the classifier counts, each group one feature. Immutable, loaded once.
/// </summary>
internal sealed class FeatureVocabulary
{
    private const string ResourceName = "ArticleExtract.Classification.pagetype.txt";

    private FeatureVocabulary(List<VocabularyEntry> entries)
    {
        SchemaGroups = GroupsOf(entries, "schema");
        OgGroups = GroupsOf(entries, "og");
        UrlGroups = GroupsOf(entries, "url");
        TokenGroups = GroupsOf(entries, "token");
        PhraseGroups = GroupsOf(entries, "phrase");
        TitleGroups = GroupsOf(entries, "title");
        Title = LookupOf(entries, "title", TitleGroups);
        Schema = LookupOf(entries, "schema", SchemaGroups);
        Og = LookupOf(entries, "og", OgGroups);
        Url = LookupOf(entries, "url", UrlGroups);
        Phrases = LookupOf(entries, "phrase", PhraseGroups);
        Tokens = LookupOf(entries, "token", TokenGroups);
        LongestPhrase = entries.Where(e => e.Set == "phrase").Max(e => e.Text.Length);
    }

    /// <summary>The vocabulary shipped with the library.</summary>
    public static FeatureVocabulary Default { get; } = Load();

    public string[] SchemaGroups { get; }

    public string[] OgGroups { get; }

    public string[] UrlGroups { get; }

    public string[] TokenGroups { get; }

    public string[] PhraseGroups { get; }

    public string[] TitleGroups { get; }

    /// <summary>A word of the page's title to the indexes of its groups.</summary>
    public FrozenDictionary<string, int[]> Title { get; }

    /// <summary>A schema.org type name to the indexes of its groups (every lookup ignores case).</summary>
    public FrozenDictionary<string, int[]> Schema { get; }

    public FrozenDictionary<string, int[]> Og { get; }

    public FrozenDictionary<string, int[]> Url { get; }

    public FrozenDictionary<string, int[]> Phrases { get; }

    /// <summary>A word of a class or id value to the indexes of its groups.</summary>
    public FrozenDictionary<string, int[]> Tokens { get; }

    /// <summary>The length of the longest phrase: longer texts are not looked up.</summary>
    public int LongestPhrase { get; }

    private static FeatureVocabulary Load()
    {
        using var stream = typeof(FeatureVocabulary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return new FeatureVocabulary(VocabularyFile.Read(reader.ReadToEnd(), "pagetype.txt"));
    }

    private static string[] GroupsOf(List<VocabularyEntry> entries, string set) =>
        [.. entries.Where(e => e.Set == set).Select(e => e.Argument).Distinct(StringComparer.Ordinal)];

    private static FrozenDictionary<string, int[]> LookupOf(List<VocabularyEntry> entries, string set, string[] groups) =>
        entries.Where(e => e.Set == set)
            .GroupBy(e => e.Text, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(e => Array.IndexOf(groups, e.Argument)).Distinct().ToArray(), StringComparer.OrdinalIgnoreCase);
}
