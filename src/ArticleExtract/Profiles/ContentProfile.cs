using System.Collections.Frozen;
using AngleSharp.Dom;
using ArticleExtract.Html;
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

    /// <summary>The kinds whose containers stay when their text is running text (see <see cref="NavigationProse"/>).</summary>
    private readonly HashSet<BoilerplateKind> _proseKinds;

    /// <summary>The kinds whose containers stay when they hold a feed of cards (see <see cref="CardFeed"/>).</summary>
    private readonly HashSet<BoilerplateKind> _feedKinds;

    private ContentProfile(PageType type, ProfileSettings settings, HashSet<BoilerplateKind> kept, Dictionary<string, BoilerplateKind> drops, HashSet<string>? reveals = null, Dictionary<string, InnerDrop>? innerDrops = null, HashSet<BoilerplateKind>? proseKinds = null, HashSet<BoilerplateKind>? feedKinds = null)
    {
        _feedKinds = feedKinds ?? [];
        Drops = drops.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        InnerDrops = (innerDrops ?? []).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Reveals = (reveals ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        HiddenRevealer = Reveals.Count > 0 ? RevealsHidden : null;
        _proseKinds = proseKinds ?? [];
        if (settings.KeepsNavigationProse)
        {
            _proseKinds.Add(BoilerplateKind.Navigation);
        }

        Spares = _proseKinds.Count > 0 || _feedKinds.Count > 0 || settings.KeepsCardTitles ? SparesProse : null;
        Type = type;
        Settings = settings;
        _kept = kept;
    }

    private static readonly Dictionary<PageType, ContentProfile> Profiles = Load();

    /// <summary>The article profile: Readability's selection and cleaning, every boilerplate kind removed.</summary>
    public static ContentProfile Article => For(PageType.Article);

    /// <summary>The profile's settings (selection, cleaning, and the shares and counts its stages use).</summary>
    public ProfileSettings Settings { get; }

    public PageType Type { get; }

    /// <summary>The class and id words of the blocks dropped from the content, with the kind each is recorded as (<see cref="ProfileTrim"/>).</summary>
    public FrozenDictionary<string, BoilerplateKind> Drops { get; }

    /// <summary>
    /// The class and id words of the blocks dropped from the content only inside a block with one
    /// of their container words (a question's or an answer's comments), with the kind each is recorded as (<see cref="ProfileTrim"/>).
    /// </summary>
    public FrozenDictionary<string, InnerDrop> InnerDrops { get; }

    /// <summary>
    /// The class and id words of the hidden elements that stay in preparation: a product's tab
    /// panels and collapsed sections, which the page shows at a click (<see cref="RevealsHidden"/>).
    /// </summary>
    public FrozenSet<string> Reveals { get; }

    /// <summary>
    /// Whether a hidden element stays (<see cref="RevealsHidden"/>), or <c>null</c> when the
    /// profile names no <see cref="Reveals"/> words and every hidden element goes.
    /// </summary>
    public Func<Element, bool>? HiddenRevealer { get; }

    /// <summary>
    /// Whether boilerplate removal leaves an element of a kind it would remove in place, given its
    /// text measures (<see cref="NavigationProse"/>), or <c>null</c> when the profile spares nothing.
    /// </summary>
    public Func<Element, BoilerplateKind, NodeStat, bool>? Spares { get; }

    private bool SparesProse(Element element, BoilerplateKind kind, NodeStat stat) =>
        (_proseKinds.Contains(kind) && NavigationProse.IsSpared(element, stat, Settings))
        || (Settings.KeepsCardTitles && kind == BoilerplateKind.Navigation && NavigationProse.IsCardTitle(element, stat, Settings))
        || (_feedKinds.Contains(kind) && CardFeed.IsFeed(element, Settings));

    /// <summary>
    /// Whether a hidden element stays, for a profile that names <see cref="Reveals"/> words: a tab
    /// panel (role=tabpanel) or an element with one of those words in its class or id.
    /// </summary>
    private bool RevealsHidden(Element element)
    {
        var names = MarkupAttributes.Of(element);
        return string.Equals(names.Role, "tabpanel", StringComparison.OrdinalIgnoreCase)
            || NameWords.Contains(names.Class, Reveals) || NameWords.Contains(names.Id, Reveals);
    }

    /// <summary>The profile of a page type (the article profile when the data file has none for it).</summary>
    public static ContentProfile For(PageType type) => Profiles[type];

    /// <summary>Whether boilerplate removal leaves containers of this kind in place.</summary>
    public bool Keeps(BoilerplateKind kind) => _kept.Contains(kind);

    private static Dictionary<PageType, ContentProfile> Load()
    {
        using var stream = typeof(ContentProfile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>
    /// Reads the profiles file: the "@defaults all" group first (the settings every profile starts
    /// from, the article's own), then one "@profile TYPE" group per type that is not an article.
    /// </summary>
    /// <exception cref="FormatException">An unknown group, type, key or value, or no defaults.</exception>
    internal static Dictionary<PageType, ContentProfile> Parse(string source)
    {
        var entries = VocabularyFile.Read(source, "profiles.txt");
        var defaults = ProfileSettings.Default;
        var sawDefaults = false;
        foreach (var entry in entries.Where(e => e.Set == "defaults"))
        {
            defaults = defaults.With(entry, null, null);
            sawDefaults = true;
        }

        if (!sawDefaults || !defaults.IsComplete)
        {
            throw new FormatException("profiles.txt: the \"@defaults all\" group is missing or lacks a value.");
        }

        var result = new Dictionary<PageType, ContentProfile>();
        foreach (var type in Enum.GetValues<PageType>())
        {
            result[type] = new ContentProfile(type, defaults, [], []);
        }

        var revealWords = entries.Where(e => e.Set == "reveal-words").Select(e => e.Text).ToArray();
        foreach (var group in entries.Where(e => e.Set is not ("defaults" or "reveal-words")).GroupBy(e => (e.Set, e.Argument)))
        {
            if (group.Key.Set != "profile")
            {
                throw new FormatException($"profiles.txt: unknown group '@{group.Key.Set}'.");
            }

            if (!Enum.TryParse<PageType>(group.Key.Argument, ignoreCase: true, out var type))
            {
                throw new FormatException($"profiles.txt: unknown page type '{group.Key.Argument}'.");
            }

            var settings = defaults;
            var kept = new HashSet<BoilerplateKind>();
            var drops = new Dictionary<string, BoilerplateKind>(StringComparer.OrdinalIgnoreCase);
            var reveals = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var innerDrops = new Dictionary<string, InnerDrop>(StringComparer.OrdinalIgnoreCase);
            var proseKinds = new HashSet<BoilerplateKind>();
            var feedKinds = new HashSet<BoilerplateKind>();
            foreach (var entry in group)
            {
                if (entry.Text.StartsWith("feed-kind ", StringComparison.Ordinal))
                {
                    feedKinds.Add(Enum.TryParse<BoilerplateKind>(entry.Text["feed-kind ".Length..].Trim(), ignoreCase: true, out var feedKind)
                        ? feedKind
                        : throw new FormatException($"profiles.txt:{entry.Line}: unknown kind in '{entry.Text}'."));
                    continue;
                }

                if (entry.Text.StartsWith("prose-kind ", StringComparison.Ordinal))
                {
                    proseKinds.Add(Enum.TryParse<BoilerplateKind>(entry.Text["prose-kind ".Length..].Trim(), ignoreCase: true, out var proseKind)
                        ? proseKind
                        : throw new FormatException($"profiles.txt:{entry.Line}: unknown kind in '{entry.Text}'."));
                    continue;
                }

                if (entry.Text.StartsWith("drop-inside ", StringComparison.Ordinal))
                {
                    InnerDrop.Add(innerDrops, entry);
                    continue;
                }

                if (entry.Text.StartsWith("reveal ", StringComparison.Ordinal))
                {
                    if (entry.Text["reveal ".Length..].Trim() is not ("yes" or "no") and var value)
                    {
                        throw new FormatException($"profiles.txt:{entry.Line}: expected 'reveal yes|no', not 'reveal {value}'.");
                    }

                    reveals.Clear();
                    if (entry.Text.EndsWith("yes", StringComparison.Ordinal))
                    {
                        reveals.UnionWith(revealWords);
                    }

                    continue;
                }

                settings = settings.With(entry, kept, drops);
            }

            result[type] = new ContentProfile(type, settings, kept, drops, reveals, innerDrops, proseKinds, feedKinds);
        }

        return result;
    }
}
