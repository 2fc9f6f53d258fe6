using System.Collections.Frozen;
using System.Globalization;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Profiles;

/// <summary>
/// What the HTML pipeline keeps of a page of one type (<c>Profiles/profiles.txt</c>, an embedded
/// data file): how the content is selected, whether stage 7 cleans it, and which kinds of
/// containers boilerplate removal leaves in place. Immutable.
/// </summary>
internal sealed class ContentProfile
{
    private const string ResourceName = "ArticleExtract.Profiles.profiles.txt";

    private readonly HashSet<BoilerplateKind> _kept;

    private ContentProfile(PageType type, bool region, double regionShare, bool clean, HashSet<BoilerplateKind> kept, bool productDescription = false, Dictionary<string, BoilerplateKind>? drops = null)
    {
        Drops = (drops ?? []).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        AddsProductDescription = productDescription;
        Type = type;
        SelectsRegion = region;
        RegionShare = regionShare;
        Cleans = clean;
        _kept = kept;
    }

    /// <summary>The article profile: Readability's selection and cleaning, every boilerplate kind removed.</summary>
    public static ContentProfile Article { get; } = new(PageType.Article, false, 1, true, []);

    private static readonly Dictionary<PageType, ContentProfile> Profiles = Load();

    public PageType Type { get; }

    /// <summary>The content is the page's content region rather than the best-scored container (<see cref="RegionSelection"/>).</summary>
    public bool SelectsRegion { get; }

    /// <summary>The share of the remaining text the region holds at least.</summary>
    public double RegionShare { get; }

    /// <summary>Whether stage 7 (cleaning) runs.</summary>
    public bool Cleans { get; }

    /// <summary>Whether the JSON-LD description of the product is added when the content lacks it (<see cref="ProductDescription"/>).</summary>
    public bool AddsProductDescription { get; }

    /// <summary>The class and id words of the blocks dropped from the content, with the kind each is recorded as (<see cref="ProfileTrim"/>).</summary>
    public FrozenDictionary<string, BoilerplateKind> Drops { get; }

    /// <summary>The profile of a page type (the article profile when the data file has none for it).</summary>
    public static ContentProfile For(PageType type) => Profiles.GetValueOrDefault(type, Article);

    /// <summary>Whether boilerplate removal leaves containers of this kind in place.</summary>
    public bool Keeps(BoilerplateKind kind) => _kept.Contains(kind);

    private static Dictionary<PageType, ContentProfile> Load()
    {
        using var stream = typeof(ContentProfile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Reads the profiles file.</summary>
    /// <exception cref="FormatException">An unknown type, key or value.</exception>
    internal static Dictionary<PageType, ContentProfile> Parse(string source)
    {
        var result = new Dictionary<PageType, ContentProfile>();
        foreach (var group in VocabularyFile.Read(source, "profiles.txt").GroupBy(e => e.Argument))
        {
            if (!Enum.TryParse<PageType>(group.Key, ignoreCase: true, out var type))
            {
                throw new FormatException($"profiles.txt: unknown page type '{group.Key}'.");
            }

            bool region = false, clean = true, description = false;
            var share = 1.0;
            var kept = new HashSet<BoilerplateKind>();
            var drops = new Dictionary<string, BoilerplateKind>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in group)
            {
                var parts = entry.Text.Split(' ', 2, StringSplitOptions.TrimEntries);
                var value = parts.Length == 2 ? parts[1] : throw new FormatException($"profiles.txt:{entry.Line}: '{entry.Text}' needs a value.");
                switch (parts[0])
                {
                    case "selection":
                        region = value == "region" || (value == "article" ? false : throw new FormatException($"profiles.txt:{entry.Line}: unknown selection '{value}'."));
                        break;
                    case "region-share":
                        share = double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
                        break;
                    case "clean":
                        clean = value == "yes" || (value == "no" ? false : throw new FormatException($"profiles.txt:{entry.Line}: clean is yes or no."));
                        break;
                    case "json-ld-description":
                        description = value == "yes" || (value == "no" ? false : throw new FormatException($"profiles.txt:{entry.Line}: json-ld-description is yes or no."));
                        break;
                    case "drop":
                        var kindAndWord = value.Split(' ', 2, StringSplitOptions.TrimEntries);
                        drops.Add(kindAndWord.Length == 2 ? kindAndWord[1] : throw new FormatException($"profiles.txt:{entry.Line}: drop needs a kind and a word."), Enum.Parse<BoilerplateKind>(kindAndWord[0], ignoreCase: true));
                        break;
                    case "keep":
                        kept.Add(Enum.Parse<BoilerplateKind>(value, ignoreCase: true));
                        break;
                    default:
                        throw new FormatException($"profiles.txt:{entry.Line}: unknown key '{parts[0]}'.");
                }
            }

            result[type] = new ContentProfile(type, region, share, clean, kept, description, drops);
        }

        return result;
    }
}
