using System.Collections.Frozen;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Text;

/// <summary>
/// The word rules of text mode read from the embedded <c>Text/textrules.txt</c>: newsletter words,
/// copyright prefixes, temperature units, the marks of page types (post actions, prices) and of
/// addresses; the thresholds it reads are declared in <c>TextRules.Thresholds.cs</c>. Immutable once loaded; one shared instance.
/// </summary>
internal sealed partial class TextRules
{
    private const string ResourceName = "ArticleExtract.Text.textrules.txt";

    private TextRules(List<VocabularyEntry> entries)
    {
        PromptWords = Set(entries, "prompt-word", StringComparer.Ordinal);
        CopyrightPrefixes = [.. entries.Where(e => e.Set == "copyright-prefix").Select(e => e.Text + " ")];
        SectionStarts = [.. entries.Where(e => e.Set == "section-start").Select(e => (e.Text + " ", Enum.Parse<BoilerplateKind>(e.Argument)))];
        CountHeadingStarts = [.. entries.Where(e => e.Set == "count-heading-start").Select(e => (e.Text + " ", Enum.Parse<BoilerplateKind>(e.Argument)))];
        CountWords = [.. entries.Where(e => e.Set == "count-word").Select(e => e.Text + " ")];
        TemperatureUnits = Set(entries, "temperature-unit", StringComparer.Ordinal);
        ConsentWords = Set(entries, "consent-word", StringComparer.Ordinal);
        PersonWords = Set(entries, "person-word", StringComparer.Ordinal);
        PostActions = Set(entries, "post-action", StringComparer.OrdinalIgnoreCase);
        PostActionLookup = PostActions.GetAlternateLookup<ReadOnlySpan<char>>();
        FormButtons = Set(entries, "form-button", StringComparer.OrdinalIgnoreCase);
        PriceMarks = [.. entries.Where(e => e.Set == "currency").Select(e => e.Text)];
        PriceMarkValues = System.Buffers.SearchValues.Create([.. PriceMarks], StringComparison.OrdinalIgnoreCase);
        PostNumberMarks = [.. entries.Where(e => e.Set == "post-number").Select(e => Unescape(e.Text))];
        HeadingAnchors = [.. entries.Where(e => e.Set == "heading-anchor").Select(e => Unescape(e.Text))];
        PostCountMarks = [.. entries.Where(e => e.Set == "post-count").Select(e => e.Text)];
        PostDatedMarks = [.. entries.Where(e => e.Set == "post-dated").Select(e => e.Text + " ")];
        CodeMarks = System.Buffers.SearchValues.Create(string.Concat(entries.Where(e => e.Set == "code-mark").Select(e => e.Text)));
        StatementMarks = System.Buffers.SearchValues.Create(string.Concat(entries.Where(e => e.Set == "statement-mark").Select(e => e.Text)));
        AddressSchemeMarks = AddressMarks(entries, "scheme");
        AddressMailMarks = AddressMarks(entries, "mail");
        AddressHostPrefixes = AddressMarks(entries, "host");
        AddressMarkValues = System.Buffers.SearchValues.Create([.. AddressSchemeMarks, .. AddressMailMarks], StringComparison.Ordinal);

        var numbers = Numbers(entries);
        double Number(string name) =>
            numbers.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"textrules.txt has no number '{name}'.");
        int Count(string name) => (int)Number(name);

        MaxSectionHeadingWords = Count(nameof(MaxSectionHeadingWords));
        MaxCountHeadingWords = Count(nameof(MaxCountHeadingWords));
        MinArticleShare = Number(nameof(MinArticleShare));
        MinProseShare = Number(nameof(MinProseShare));
        MinProseArticleShare = Number(nameof(MinProseArticleShare));
        MinArticleProse = Count(nameof(MinArticleProse));
        MinThreadArticleShare = Number(nameof(MinThreadArticleShare));
        MinProseLength = Count(nameof(MinProseLength));
        MaxProseLabelWords = Count(nameof(MaxProseLabelWords));

        MinPostActionRows = Count(nameof(MinPostActionRows));
        MaxActionRowWords = Count(nameof(MaxActionRowWords));
        MinCodeLines = Count(nameof(MinCodeLines));
        MinCodeMarks = Count(nameof(MinCodeMarks));
        MaxCodeStopwordDensity = Number(nameof(MaxCodeStopwordDensity));
        MinListingPrices = Count(nameof(MinListingPrices));
        MaxPriceLineWords = Count(nameof(MaxPriceLineWords));
        MarkedConfidence = Number(nameof(MarkedConfidence));
        UnmarkedConfidence = Number(nameof(UnmarkedConfidence));

        MaxMenuEntryWords = Count(nameof(MaxMenuEntryWords));
        MinMenuRun = Count(nameof(MinMenuRun));
        FrameLineCost = Number(nameof(FrameLineCost));
        MinMenuLineWords = Count(nameof(MinMenuLineWords));
        MinMenuLineCapitals = Number(nameof(MinMenuLineCapitals));
        MaxMenuLineStopwords = Number(nameof(MaxMenuLineStopwords));
        MinWordsBesideLink = Count(nameof(MinWordsBesideLink));
        MinMarkdownLinks = Count(nameof(MinMarkdownLinks));
        HeadlineBylineBonus = Number(nameof(HeadlineBylineBonus));
        MaxHeadlineToByline = Count(nameof(MaxHeadlineToByline));

        GoodLengthOffset = Count(nameof(GoodLengthOffset));
        SectionBreakPenalty = Count(nameof(SectionBreakPenalty));
        InterruptionPenalty = Count(nameof(InterruptionPenalty));
        UnsurePenalty = Count(nameof(UnsurePenalty));
        MinBadPenalty = Count(nameof(MinBadPenalty));
        MinArticleWeight = Count(nameof(MinArticleWeight));
        CommentsDiscount = Number(nameof(CommentsDiscount));
        MinCommentHeaders = Count(nameof(MinCommentHeaders));
        MinCardActionRepeats = Count(nameof(MinCardActionRepeats));
        MaxCardLines = Count(nameof(MaxCardLines));
        MinTeaserCards = Count(nameof(MinTeaserCards));
        MaxTeaserMetaWords = Count(nameof(MaxTeaserMetaWords));
        MinTeaserHeadlineWords = Count(nameof(MinTeaserHeadlineWords));
        MinCopiedShare = Number(nameof(MinCopiedShare));
        TailDiscount = Number(nameof(TailDiscount));
        MaxHeadlineWords = Count(nameof(MaxHeadlineWords));
        MaxTailHeadingWords = Count(nameof(MaxTailHeadingWords));
        MinListItems = Count(nameof(MinListItems));
        MaxListItems = Count(nameof(MaxListItems));
        MaxListItemLength = Count(nameof(MaxListItemLength));
        MaxSectionShareNames = Number(nameof(MaxSectionShareNames));
        MinAuthorNameWords = Count(nameof(MinAuthorNameWords));
        MaxAuthorNameWords = Count(nameof(MaxAuthorNameWords));
        MaxAuthorRoleLines = Count(nameof(MaxAuthorRoleLines));
        MaxAuthorRoleWords = Count(nameof(MaxAuthorRoleWords));
        MinAuthorBioWords = Count(nameof(MinAuthorBioWords));
        MaxAuthorNameOffset = Count(nameof(MaxAuthorNameOffset));
        MaxAuthorBoxes = Count(nameof(MaxAuthorBoxes));
        MinCountedLines = Count(nameof(MinCountedLines));
        MaxConsentDialogGap = Count(nameof(MaxConsentDialogGap));
        MinConsentDialogLabels = Count(nameof(MinConsentDialogLabels));
        MaxHeaderLinesBefore = Count(nameof(MaxHeaderLinesBefore));
        MaxHeaderLinesAfter = Count(nameof(MaxHeaderLinesAfter));
        MaxLabelledDatelineAfter = Count(nameof(MaxLabelledDatelineAfter));
    }

    /// <summary>The rules shipped with the library.</summary>
    public static TextRules Shared { get; } = Load();

    /// <summary>Lower-case words that make a short sentence a newsletter prompt ("subscribe", "inbox").</summary>
    public FrozenSet<string> PromptWords { get; }

    /// <summary>How a copyright line's key begins, each with the space that follows it ("copyright ", "(c) ").</summary>
    public IReadOnlyList<string> CopyrightPrefixes { get; }

    /// <summary>How a related section's heading begins, each with the space that follows it ("more from "), and its kind.</summary>
    public IReadOnlyList<(string Start, BoilerplateKind Kind)> SectionStarts { get; }

    /// <summary>
    /// How a section heading that follows a count begins ("responses to " of "34 Responses to
    /// “Headline”", "thought on "), each with the space that follows it, and its kind.
    /// </summary>
    public IReadOnlyList<(string Start, BoilerplateKind Kind)> CountHeadingStarts { get; }

    /// <summary>A count written as a word, with the space that follows it ("one ", "no ").</summary>
    public IReadOnlyList<string> CountWords { get; }

    /// <summary>What may follow the number of a temperature ("°C", "F").</summary>
    public FrozenSet<string> TemperatureUnits { get; }

    /// <summary>Lower-case words of a consent banner ("cookies", "partners", "consent").</summary>
    public FrozenSet<string> ConsentWords { get; }

    /// <summary>The words of a post's action row ("Reply", "Quote", "Upvote"), any case.</summary>
    public FrozenSet<string> PostActions { get; }

    /// <summary><see cref="PostActions"/>, asked with a word of a line as it stands (no string made for it).</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PostActionLookup { get; }

    /// <summary>The buttons that send a form ("Submit"), any case: the end of a newsletter or contact form, no comments heading.</summary>
    public FrozenSet<string> FormButtons { get; }

    /// <summary>Currency signs, codes and shop phrases that, with a digit, make a line a price (lower case).</summary>
    public IReadOnlyList<string> PriceMarks { get; }

    /// <summary>The <see cref="PriceMarks"/>, any case, to search a line for all at once.</summary>
    public System.Buffers.SearchValues<string> PriceMarkValues { get; }

    /// <summary>What a post's number begins with ("#" of "#12").</summary>
    public IReadOnlyList<string> PostNumberMarks { get; }

    /// <summary>What an author's count of posts begins with ("Posts:" of "Posts: 4958"), any case.</summary>
    public IReadOnlyList<string> PostCountMarks { get; }

    /// <summary>What a post's date line begins with ("posted " of "posted 6 years ago"), any case.</summary>
    public IReadOnlyList<string> PostDatedMarks { get; }

    /// <summary>The characters that mark a line of code ("{", ";", "=").</summary>
    public System.Buffers.SearchValues<char> CodeMarks { get; }

    /// <summary>The code characters that end or open a statement ("{", ";", "="), brackets aside.</summary>
    public System.Buffers.SearchValues<char> StatementMarks { get; }

    /// <summary>What a web address holds ("://").</summary>
    public IReadOnlyList<string> AddressSchemeMarks { get; }

    /// <summary>What an e-mail address or a handle holds ("@").</summary>
    public IReadOnlyList<string> AddressMailMarks { get; }

    /// <summary>What a web address without its scheme begins with ("www."), any case.</summary>
    public IReadOnlyList<string> AddressHostPrefixes { get; }

    /// <summary>The scheme and mail marks, to search a text for all at once.</summary>
    public System.Buffers.SearchValues<string> AddressMarkValues { get; }

    /// <summary>The permalink marks a documentation heading ends with ("Providers#", "Usage ¶").</summary>
    public IReadOnlyList<string> HeadingAnchors { get; }

    /// <summary>Lower-case words that speak of a person ("she", "his"): an author's paragraph has one.</summary>
    public FrozenSet<string> PersonWords { get; }

    /// <summary>"Name value" entries of the "@number" groups, each name once.</summary>
    /// <exception cref="FormatException">A malformed entry or a name given twice.</exception>
    private static Dictionary<string, double> Numbers(List<VocabularyEntry> entries)
    {
        var numbers = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.Set == "number"))
        {
            VocabularyFile.AddNumber(numbers, entry, "textrules.txt");
        }

        return numbers;
    }

    /// <summary>"U+0023" is the character it names; any other entry is itself.</summary>
    private static string Unescape(string entry) =>
        entry.StartsWith("U+", StringComparison.Ordinal) && entry.Length > 2
            ? char.ConvertFromUtf32(int.Parse(entry.AsSpan(2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture))
            : entry;

    /// <summary>The address marks of one kind ("scheme", "mail", "host"), escapes resolved.</summary>
    private static string[] AddressMarks(List<VocabularyEntry> entries, string kind) =>
        [.. entries.Where(e => e.Set == "address-mark" && e.Argument == kind).Select(e => Unescape(e.Text))];

    private static FrozenSet<string> Set(List<VocabularyEntry> entries, string set, StringComparer comparer) =>
        entries.Where(e => e.Set == set).Select(e => e.Text).ToFrozenSet(comparer);

    private static TextRules Load() => Parse(VocabularyFile.ReadResource(ResourceName));

    /// <summary>The rules of a file in the format of <c>textrules.txt</c>.</summary>
    /// <exception cref="FormatException">A malformed group or number, or a number named twice.</exception>
    /// <exception cref="KeyNotFoundException">A threshold the stages need is missing.</exception>
    internal static TextRules Parse(string source) => new(VocabularyFile.Read(source, "textrules.txt"));
}
