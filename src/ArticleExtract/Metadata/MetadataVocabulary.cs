using System.Buffers;
using ArticleExtract.Vocabulary;
using System.Collections.Frozen;
using System.Reflection;

namespace ArticleExtract.Metadata;

/// <summary>
/// The metadata vocabulary (<c>Metadata/metadata.txt</c>, embedded), read once and frozen:
/// article types, byline tokens and prefixes, date labels, month names. Immutable and shared.
/// </summary>
internal sealed partial class MetadataVocabulary
{
    private const string ResourceName = "ArticleExtract.Metadata.metadata.txt";

    private readonly FrozenDictionary<string, FrozenSet<string>> _sets;

    private MetadataVocabulary(FrozenDictionary<string, FrozenSet<string>> sets, Dictionary<string, List<string>> lists, FrozenDictionary<string, int> months, int longestLabelWords, Dictionary<string, double> numbers)
    {
        _sets = sets;
        var separators = lists.TryGetValue("byline-separator", out var marks) ? marks : [];
        var spaced = lists.TryGetValue("spaced-byline-separator", out var spacedMarks) ? spacedMarks : [];
        BylineSeparatorMarks = SearchValues.Create(string.Concat(separators.Where(mark => mark.Length == 1)));
        SpacedBylineSeparators = [.. spaced.Select(mark => $" {mark} ")];
        BylineSeparators = [.. separators, .. SpacedBylineSeparators];
        MinGluedNameLetters = Integer(numbers, "MinGluedNameLetters");
        MaxGluedRoleWords = Integer(numbers, "MaxGluedRoleWords");
        MinNameWordsBeforeRole = Integer(numbers, "MinNameWordsBeforeRole");
        MaxBylineLineLength = Integer(numbers, "MaxBylineLineLength");
        RawWhitespaceAllowance = Integer(numbers, "RawWhitespaceAllowance");
        MinLabelledNameWords = Integer(numbers, "MinLabelledNameWords");
        MaxUnlabelledNameWords = Integer(numbers, "MaxUnlabelledNameWords");
        MinNameWordLetters = Integer(numbers, "MinNameWordLetters");
        MinShownHeadlineWords = Integer(numbers, "MinShownHeadlineWords");
        MaxAuthorBoxLength = Integer(numbers, "MaxAuthorBoxLength");
        MinShownHeadlineShare = Number(numbers, "MinShownHeadlineShare");
        MinShownHeadlineSharedWords = Integer(numbers, "MinShownHeadlineSharedWords");
        MinUnrelatedHeadlineWords = Integer(numbers, "MinUnrelatedHeadlineWords");
        MinSubjectWordLetters = Integer(numbers, "MinSubjectWordLetters");
        MaxSiteOwnerNameWords = Integer(numbers, "MaxSiteOwnerNameWords");
        MinCutTitleLength = Integer(numbers, "MinCutTitleLength");
        MinPlaceholderDots = Integer(numbers, "MinPlaceholderDots");
        MaxAvatarInitials = Integer(numbers, "MaxAvatarInitials");
        SameInstant = TimeSpan.FromMinutes(Number(numbers, "SameInstantMinutes"));
        PublishedMetaNames = lists.TryGetValue("published-meta", out var published) ? [.. published] : [];
        ModifiedMetaNames = lists.TryGetValue("modified-meta", out var modified) ? [.. modified] : [];
        ModifiedClassTokens = lists.TryGetValue("modified-class", out var modifiedClasses) ? [.. modifiedClasses] : [];
        ReviewerLabels = Set("reviewer-label");
        NotNames = Set("not-a-name");
        ReadingTimes = [.. Set("reading-time")];
        DateConnectorLookup = Set("date-connector").GetAlternateLookup<ReadOnlySpan<char>>();
        OrganizationTypes = Set("organization-type");
        
        Months = months;
        MonthLookup = months.GetAlternateLookup<ReadOnlySpan<char>>();
        LongestLabelWords = longestLabelWords;
        ArticleTypes = Set("article-type");
        BylineTokens = [.. Set("byline-token")];
        UnlikelyTokens = [.. Set("unlikely-token")];
        LikelyTokens = [.. Set("likely-token")];
        UnlikelyRoles = Set("unlikely-role");
        HeaderTokens = [.. Set("header-token")];
        ArticleFooterTokens = [.. Set("article-footer-token")];
        NavigationTokens = [.. Set("nav-token")];
        BylineTokenSearch = SearchValues.Create(BylineTokens, StringComparison.Ordinal);
        AuthorDescriptionTokenSearch = SearchValues.Create([.. Set("author-description-token")], StringComparison.Ordinal);
        UnlikelyTokenSearch = SearchValues.Create(UnlikelyTokens, StringComparison.Ordinal);
        LikelyTokenSearch = SearchValues.Create(LikelyTokens, StringComparison.Ordinal);
        HeaderTokenSearch = SearchValues.Create(HeaderTokens, StringComparison.Ordinal);
        ArticleFooterTokenSearch = SearchValues.Create(ArticleFooterTokens, StringComparison.Ordinal);
        NavigationTokenSearch = SearchValues.Create(NavigationTokens, StringComparison.Ordinal);
        BylinePrefixes = Set("byline-prefix");
        BylinePrefixFirstWords = [.. BylinePrefixes.Select(p => p.Split(' ')[0]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        LongestBylinePrefixFirstWord = BylinePrefixFirstWords.Max(w => w.Length);
        AuthorJoiners = Set("author-joiner");
        AuthorNoise = Set("author-noise");
        NameParticles = Set("name-particle");
        RoleConnectors = Set("role-connector");
        CollectiveAuthors = Set("collective-author");
        OrganisationWords = Set("organisation-word");
        PublishedLabels = Set("published-label");
        ModifiedLabels = Set("modified-label");
        DistantPublishedLabels = Set("distant-published-label");
        LabelFirstWords = PublishedLabels.Concat(ModifiedLabels).Concat(BylinePrefixes).Select(label => label.Split(' ')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        RelativeTime = Set("relative-time");
        Weekdays = Set("weekday");
        WeekdayLookup = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();
        TimeWordLookup = Set("time-word").GetAlternateLookup<ReadOnlySpan<char>>();
        TimeConnectorLookup = Set("time-connector").GetAlternateLookup<ReadOnlySpan<char>>();
        TitleMarks = Set("title-mark");
        TitleLabels = Set("title-label");
        PersonalSiteWords = Set("personal-site");
        AuthorPathWords = Set("author-path");
        NameAbbreviations = Set("name-abbreviation");
        PlaceholderMarks = Set("placeholder-mark");
    }


    /// <summary>The one-character marks between a byline's name and its date, role or site ("|", "·").</summary>
    public SearchValues<char> BylineSeparatorMarks { get; }

    /// <summary>The marks that separate only with a space on each side, spaces included (" - ").</summary>
    public string[] SpacedBylineSeparators { get; }

    /// <summary>All byline separators as strings, the spaced ones with their spaces, for splitting a byline.</summary>
    public string[] BylineSeparators { get; }

    /// <summary>A name's word glued to a role keeps at least this many letters before it.</summary>
    public int MinGluedNameLetters { get; }

    /// <summary>A job title glued to a name has at most this many words.</summary>
    public int MaxGluedRoleWords { get; }

    /// <summary>A role's words before its head word are cut from a name of more words than this.</summary>
    public int MinNameWordsBeforeRole { get; }

    /// <summary>A byline line of the page is shorter than this (characters).</summary>
    public int MaxBylineLineLength { get; }

    /// <summary>As written, a byline line may be this many times longer than as read.</summary>
    public int RawWhitespaceAllowance { get; }

    /// <summary>The text beside a byline label has at least this many capitalised words to read as a name.</summary>
    public int MinLabelledNameWords { get; }

    /// <summary>A name with no byline label before a header line's date has at most this many words ("Mary Ann Smith").</summary>
    public int MaxUnlabelledNameWords { get; }

    /// <summary>A capitalised word of a name has at least this many letters.</summary>
    public int MinNameWordLetters { get; }

    /// <summary>An author box (name, photo, bio) is shorter than this (characters); a longer byline-marked element is no box.</summary>
    public int MaxAuthorBoxLength { get; }

    /// <summary>An article's visible headline worded otherwise than its title has at least this many words.</summary>
    public int MinShownHeadlineWords { get; }

    /// <summary>At least this share of the title's words (by length) is in an article's visible headline worded otherwise.</summary>
    public double MinShownHeadlineShare { get; }

    /// <summary>An article's visible headline worded otherwise has at least this many different words in common with the title.</summary>
    public int MinShownHeadlineSharedWords { get; }

    /// <summary>A page's one visible h1 of at least this many words is its headline when no metadata title says the same subject.</summary>
    public int MinUnrelatedHeadlineWords { get; }

    /// <summary>A word of at least this many letters says a subject; a metadata title sharing none with the h1 says another.</summary>
    public int MinSubjectWordLetters { get; }

    /// <summary>A site named like a person of at most this many words is the person's own (<see cref="SiteOwner"/>).</summary>
    public int MaxSiteOwnerNameWords { get; }

    /// <summary>A metadata title at least this long that another goes on from is that title cut short at a length limit.</summary>
    public int MinCutTitleLength { get; }

    /// <summary>A tagged author that is a key of lower-case words joined by at least this many dots is a template's placeholder (<see cref="TaggedAuthor"/>).</summary>
    public int MinPlaceholderDots { get; }

    /// <summary>A byline element's text of at most this many capitals alone is an avatar's initials (<see cref="BylineElement"/>).</summary>
    public int MaxAvatarInitials { get; }

    /// <summary>The marks of a template's placeholder left unfilled in a tagged author ("{{author}}": <see cref="TaggedAuthor"/>).</summary>
    public FrozenSet<string> PlaceholderMarks { get; }

    /// <summary>The word after "'s" that names a personal site ("Jane Doe's blog").</summary>
    public FrozenSet<string> PersonalSiteWords { get; }

    /// <summary>The path word before an author's own page in a link's address ("/authors/jane-doe": <see cref="AuthorLink"/>).</summary>
    public FrozenSet<string> AuthorPathWords { get; }

    /// <summary>A shown time this close to the universal one is the same instant.</summary>
    public TimeSpan SameInstant { get; }

    /// <summary>Marks that end a heading or title but are no part of the headline (a permalink's "¶").</summary>
    public FrozenSet<string> TitleMarks { get; }

    /// <summary>Labels opening a heading that are no part of the headline ("thread").</summary>
    public FrozenSet<string> TitleLabels { get; }

    /// <summary>The last words of a name written with their period ("inc", "jr"), without it.</summary>
    public FrozenSet<string> NameAbbreviations { get; }

    /// <summary>The meta names of a publication date, most trusted first (normalised as <see cref="MetaTags"/> keys them).</summary>
    public string[] PublishedMetaNames { get; }

    /// <summary>The meta names of an update, most trusted first.</summary>
    public string[] ModifiedMetaNames { get; }

    /// <summary>Class substrings of a &lt;time&gt; that gives an update, not the publication.</summary>
    public string[] ModifiedClassTokens { get; }

    /// <summary>Words between the parts of a written date ("de", "of"), looked up by a span.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DateConnectorLookup { get; }

    /// <summary>What a byline may hold instead of a name ("about the author").</summary>
    public FrozenSet<string> NotNames { get; }

    /// <summary>Phrases of a reading time ("min read"): what a byline element may hold instead of a name.</summary>
    public string[] ReadingTimes { get; }

    /// <summary>Lower-case words that join a role's parts after a name ("Head of Marketing", "Attorney at Acme").</summary>
    public FrozenSet<string> RoleConnectors { get; }

    /// <summary>Labels of a reviewer, who is not an author ("medically reviewed by").</summary>
    public FrozenSet<string> ReviewerLabels { get; }

    /// <summary>JSON-LD @type values of an organisation, which is a publisher, not an author.</summary>
    public FrozenSet<string> OrganizationTypes { get; }

    /// <summary>The vocabulary shipped with the library.</summary>
    public static MetadataVocabulary Shared { get; } = Load();

    /// <summary>JSON-LD types of an article, lower case.</summary>
    public FrozenSet<string> ArticleTypes { get; }

    /// <summary>Class/id substrings of a byline element.</summary>
    public string[] BylineTokens { get; }

    /// <summary>Class/id substrings of page furniture.</summary>
    public string[] UnlikelyTokens { get; }

    /// <summary>Class/id substrings that override <see cref="UnlikelyTokens"/>.</summary>
    public string[] LikelyTokens { get; }

    /// <summary>Class/id substrings of headers, where a byline may sit although they are furniture.</summary>
    public string[] HeaderTokens { get; }

    /// <summary>Class/id substrings of navigation bars.</summary>
    public string[] NavigationTokens { get; }

    /// <summary>The <see cref="BylineTokens"/>, for finding any of them in one search of a class/id string.</summary>
    public SearchValues<string> BylineTokenSearch { get; }

    /// <summary>Class/id substrings of an author's description ("author-bio"), found in one search.</summary>
    public SearchValues<string> AuthorDescriptionTokenSearch { get; }

    /// <summary>The <see cref="UnlikelyTokens"/>, for one search.</summary>
    public SearchValues<string> UnlikelyTokenSearch { get; }

    /// <summary>The <see cref="LikelyTokens"/>, for one search.</summary>
    public SearchValues<string> LikelyTokenSearch { get; }

    /// <summary>The <see cref="HeaderTokens"/>, for one search.</summary>
    public SearchValues<string> HeaderTokenSearch { get; }

    /// <summary>Class/id substrings of an article's own footer (a child of its article element), read like a header.</summary>
    public string[] ArticleFooterTokens { get; }

    /// <summary>The <see cref="ArticleFooterTokens"/>, for one search.</summary>
    public SearchValues<string> ArticleFooterTokenSearch { get; }

    /// <summary>The <see cref="NavigationTokens"/>, for one search.</summary>
    public SearchValues<string> NavigationTokenSearch { get; }

    /// <summary>ARIA roles of page furniture.</summary>
    public FrozenSet<string> UnlikelyRoles { get; }

    /// <summary>Words and phrases opening a byline, lower case.</summary>
    public FrozenSet<string> BylinePrefixes { get; }

    /// <summary>The first word of each of <see cref="BylinePrefixes"/>, each once ("by", "written", ...).</summary>
    public string[] BylinePrefixFirstWords { get; }

    /// <summary>The length of the longest of <see cref="BylinePrefixFirstWords"/>.</summary>
    public int LongestBylinePrefixFirstWord { get; }

    /// <summary>Words joining author names.</summary>
    public FrozenSet<string> AuthorJoiners { get; }

    /// <summary>Words and phrases that are no part of a name (job titles, agency labels).</summary>
    public FrozenSet<string> AuthorNoise { get; }

    /// <summary>Lower-case words that belong to a name ("van", "de").</summary>
    public FrozenSet<string> NameParticles { get; }

    /// <summary>Last words of a byline part naming a team ("Staff").</summary>
    public FrozenSet<string> CollectiveAuthors { get; }

    /// <summary>Words naming an organisation ("Network", "Institute"): a byline part with one after a person is an affiliation.</summary>
    public FrozenSet<string> OrganisationWords { get; }

    /// <summary>Labels of a publication date.</summary>
    public FrozenSet<string> PublishedLabels { get; }

    /// <summary>Labels of an update.</summary>
    public FrozenSet<string> ModifiedLabels { get; }

    /// <summary>Labels of a publication or a thread's start trusted far below the body's start ("Start date", "asked").</summary>
    public FrozenSet<string> DistantPublishedLabels { get; }

    /// <summary>The first word of every label of a publication, an update or a byline ("last" of "last updated", "by").</summary>
    public FrozenSet<string> LabelFirstWords { get; }

    /// <summary>Words of a relative date.</summary>
    public FrozenSet<string> RelativeTime { get; }

    /// <summary>Weekday names and abbreviations, lower case.</summary>
    public FrozenSet<string> Weekdays { get; }

    /// <summary>The <see cref="Months"/>, looked up by a span.</summary>
    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup { get; }

    /// <summary>The <see cref="Weekdays"/>, looked up by a span.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup { get; }

    /// <summary>Words of a written time besides its numbers (am, pm, time zones), looked up by a span.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeWordLookup { get; }

    /// <summary>Words joining a date and its time in a dateline ("at", "on"), looked up by a span.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeConnectorLookup { get; }

    /// <summary>Month names and abbreviations, lower case, to the month number.</summary>
    public FrozenDictionary<string, int> Months { get; }

    /// <summary>The most words a byline prefix or date label has.</summary>
    public int LongestLabelWords { get; }

    private static double Number(Dictionary<string, double> numbers, string name) =>
        numbers.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"metadata.txt has no number '{name}'.");

    private static int Integer(Dictionary<string, double> numbers, string name) => (int)Number(numbers, name);

    private FrozenSet<string> Set(string name) =>
        _sets.TryGetValue(name, out var set) ? set : FrozenSet<string>.Empty;

    private static MetadataVocabulary Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Parses the vocabulary format (see the head of <c>metadata.txt</c>).</summary>
    internal static MetadataVocabulary Parse(string source)
    {
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        var numbers = new Dictionary<string, double>(StringComparer.Ordinal);
        var longest = 1;
        foreach (var vocabularyEntry in VocabularyFile.Read(source, "metadata.txt"))
        {
            var (set, argument, line, lineNumber) = vocabularyEntry;
            if (set == "number")
            {
                VocabularyFile.AddNumber(numbers, vocabularyEntry, "metadata.txt");
                continue;
            }

            var entry = line.ToLowerInvariant();
            if (set == "month")
            {
                months[entry] = int.TryParse(argument, System.Globalization.CultureInfo.InvariantCulture, out var month)
                    ? month
                    : throw new FormatException($"metadata.txt:{lineNumber}: a month group needs its number, not '{argument}'.");
                continue;
            }

            if (!sets.TryGetValue(set, out var entries))
            {
                entries = new HashSet<string>(StringComparer.Ordinal);
                sets[set] = entries;
            }

            if (entries.Add(entry))
            {
                if (!lists.TryGetValue(set, out var list))
                {
                    list = [];
                    lists[set] = list;
                }

                list.Add(entry);
            }

            if (set is "byline-prefix" or "published-label" or "modified-label" or "relative-time")
            {
                longest = Math.Max(longest, entry.Split(' ').Length);
            }
        }

        return new MetadataVocabulary(
            sets.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToFrozenSet(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal),
            lists,
            months.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            longest,
            numbers);
    }
}
