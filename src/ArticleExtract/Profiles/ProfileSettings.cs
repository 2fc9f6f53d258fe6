using System.Globalization;
using ArticleExtract.Html;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Profiles;

/// <summary>
/// The settings of one content profile, read from <c>Profiles/profiles.txt</c>: how the content
/// is selected and cleaned, and the shares and counts the profile's stages decide by. Immutable;
/// a profile's group changes only the keys it names, the rest come from the "@defaults" group.
/// </summary>
internal sealed record ProfileSettings
{
    /// <summary>The starting point of the defaults group: every value it must name is unset (NaN, -1).</summary>
    internal static ProfileSettings Default { get; } = new();

    /// <summary>The content is the page's content region rather than the best-scored container.</summary>
    public bool SelectsRegion { get; init; }

    /// <summary>The share of its parent's text a child holds at least for the region to go down into it.</summary>
    public double RegionShare { get; init; } = double.NaN;

    /// <summary>The region does not go down into a child that is one of at least this many blocks of the same tag and class (0: it may).</summary>
    public int RegionLikeBlocks { get; init; } = -1;

    /// <summary>Whether the region stays above the page's headline (h1) rather than go down into a child without it (<see cref="RegionSelection"/>).</summary>
    public bool RegionKeepsHeadline { get; init; }

    /// <summary>A &lt;main&gt; holding at least this share of the remaining text is where the region is looked for.</summary>
    public double MainShare { get; init; } = double.NaN;

    /// <summary>Whether stage 7 (cleaning) runs every rule.</summary>
    public bool Cleans { get; init; } = true;

    /// <summary>The rules of stage 7 that run even when <see cref="Cleans"/> is off ("clean-also").</summary>
    public CleanRules CleansAlso { get; init; }

    /// <summary>The rules of stage 7 this profile runs: all of them, or only those it names.</summary>
    public CleanRules CleanRules => Cleans ? CleanRules.All : CleansAlso;

    /// <summary>A block the profile drops by name stays when it holds at least this share of the content's text.</summary>
    public double TrimMaxShare { get; init; } = double.NaN;

    /// <summary>Whether a product's JSON-LD description is put in front of content that lacks it.</summary>
    public bool AddsProductDescription { get; init; }

    /// <summary>A JSON-LD description with fewer distinct words than this adds little but noise.</summary>
    public int DescriptionMinWords { get; init; } = -1;

    /// <summary>The content already holds the description when it has this share of its distinct words.</summary>
    public double DescriptionPresentShare { get; init; } = double.NaN;

    /// <summary>Whether boilerplate removal keeps a container named as navigation whose text is mostly not links (<see cref="NavigationProse"/>).</summary>
    public bool KeepsNavigationProse { get; init; }

    /// <summary>See <see cref="KeepsNavigationProse"/>: a shorter container is a label or a button, whatever its links.</summary>
    public int NavigationProseMinLength { get; init; } = -1;

    /// <summary>See <see cref="KeepsNavigationProse"/>: a container with at least this share of link text is navigation.</summary>
    public double NavigationProseMaxLinkDensity { get; init; } = double.NaN;

    /// <summary>
    /// Whether boilerplate removal keeps a container named as navigation whose text is mostly a
    /// heading: a card's title row named "header" (<see cref="NavigationProse.IsCardTitle"/>).
    /// </summary>
    public bool KeepsCardTitles { get; init; }

    /// <summary>See <see cref="KeepsCardTitles"/>: a longer container is more than a card's title row.</summary>
    public int CardTitleMaxLength { get; init; } = -1;

    /// <summary>See <see cref="KeepsCardTitles"/>: the share of the container's text its headings hold at least.</summary>
    public double CardTitleMinHeadingShare { get; init; } = double.NaN;

    /// <summary>
    /// Whether post-processing leaves the short lines of each item in place: its byline, its date,
    /// its score and its title link, which on an article are meta lines and teasers for other
    /// pages but on a listing are part of every item it lists.
    /// </summary>
    public bool KeepsCardLines { get; init; }

    /// <summary>
    /// Whether preparation keeps the buttons that open collapsed sections (aria-expanded or
    /// aria-controls) with a few words: the sections' headings, an FAQ's questions (Html/DisclosureToggles).
    /// </summary>
    public bool KeepsToggles { get; init; }

    /// <summary>
    /// Whether post-processing drops every block (outside tables) that says an earlier block of the
    /// content again word for word, wherever it stands: a carousel's cloned slides, a section's copy
    /// per layout, a post quoting another; an article's author may repeat a paragraph, and only a
    /// copy next to its first in another element goes (<see cref="Html.PostProcessing"/>).
    /// </summary>
    public bool DropsRepeats { get; init; }

    /// <summary>A container of a feed kind holding at least this many headings is a feed of cards (<see cref="CardFeed"/>).</summary>
    public int FeedMinHeadings { get; init; } = -1;

    /// <summary>Whether every share and count has a value (the defaults group must name them all).</summary>
    internal bool IsComplete =>
        !double.IsNaN(RegionShare) && !double.IsNaN(MainShare) && !double.IsNaN(TrimMaxShare)
        && DescriptionMinWords >= 0 && RegionLikeBlocks >= 0 && !double.IsNaN(DescriptionPresentShare)
        && NavigationProseMinLength >= 0 && !double.IsNaN(NavigationProseMaxLinkDensity)
        && CardTitleMaxLength >= 0 && FeedMinHeadings >= 0 && !double.IsNaN(CardTitleMinHeadingShare);

    /// <summary>
    /// These settings with one entry of the file applied; "keep" and "drop" entries go to
    /// <paramref name="kept"/> and <paramref name="drops"/> (null in the defaults group, where they are refused).
    /// </summary>
    /// <exception cref="FormatException">An unknown key or a value out of range.</exception>
    internal ProfileSettings With(VocabularyEntry entry, HashSet<BoilerplateKind>? kept, Dictionary<string, BoilerplateKind>? drops)
    {
        var parts = entry.Text.Split(' ', 2, StringSplitOptions.TrimEntries);
        var value = parts.Length == 2 ? parts[1] : throw Error(entry, "needs a value");
        switch (parts[0])
        {
            case "selection":
                return this with { SelectsRegion = value == "region" || (value == "article" ? false : throw Error(entry, "selection is region or article")) };
            case "region-share":
                return this with { RegionShare = Share(entry, value) };
            case "region-like-blocks":
                return this with { RegionLikeBlocks = WholeNumber(entry, value) };
            case "region-keeps-headline":
                return this with { RegionKeepsHeadline = YesNo(entry, value) };
            case "main-share":
                return this with { MainShare = Share(entry, value) };
            case "clean":
                return this with { Cleans = YesNo(entry, value) };
            case "clean-also":
                return this with { CleansAlso = CleansAlso | Rule(entry, value) };
            case "trim-max-share":
                return this with { TrimMaxShare = Share(entry, value) };
            case "json-ld-description":
                return this with { AddsProductDescription = YesNo(entry, value) };
            case "description-min-words":
                return this with { DescriptionMinWords = WholeNumber(entry, value) };
            case "navigation-prose":
                return this with { KeepsNavigationProse = YesNo(entry, value) };
            case "navigation-prose-min-length":
                return this with { NavigationProseMinLength = WholeNumber(entry, value) };
            case "navigation-prose-max-link-density":
                return this with { NavigationProseMaxLinkDensity = Share(entry, value) };
            case "card-titles":
                return this with { KeepsCardTitles = YesNo(entry, value) };
            case "toggles":
                return this with { KeepsToggles = YesNo(entry, value) };
            case "feed-min-headings":
                return this with { FeedMinHeadings = WholeNumber(entry, value) };
            case "drop-repeats":
                return this with { DropsRepeats = YesNo(entry, value) };
            case "card-lines":
                return this with { KeepsCardLines = YesNo(entry, value) };
            case "card-title-max-length":
                return this with { CardTitleMaxLength = WholeNumber(entry, value) };
            case "card-title-min-heading-share":
                return this with { CardTitleMinHeadingShare = Share(entry, value) };
            case "description-present-share":
                return this with { DescriptionPresentShare = Share(entry, value) };
            case "drop" when drops is not null:
                var kindAndWord = value.Split(' ', 2, StringSplitOptions.TrimEntries);
                drops.Add(kindAndWord.Length == 2 ? kindAndWord[1] : throw Error(entry, "drop needs a kind and a word"), Kind(entry, kindAndWord[0]));
                return this;
            case "keep" when kept is not null:
                kept.Add(Kind(entry, value));
                return this;
            default:
                throw Error(entry, $"unknown key '{parts[0]}'");
        }
    }

    private static double Share(VocabularyEntry entry, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 1
            ? share
            : throw Error(entry, "a share is a number from 0 to 1");

    private static int WholeNumber(VocabularyEntry entry, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : throw Error(entry, "needs a whole number");

    private static bool YesNo(VocabularyEntry entry, string value) =>
        value == "yes" || (value == "no" ? false : throw Error(entry, "the value is yes or no"));

    /// <summary>A rule of stage 7 by its name in the file ("linked-lists" is <see cref="CleanRules.LinkedLists"/>).</summary>
    private static CleanRules Rule(VocabularyEntry entry, string value) =>
        Enum.TryParse<CleanRules>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var rule) && rule is not (CleanRules.None or CleanRules.All)
            && !value.Contains(',', StringComparison.Ordinal) && !char.IsDigit(value[0])
            ? rule
            : throw Error(entry, $"unknown rule of stage 7 '{value}'");

    private static BoilerplateKind Kind(VocabularyEntry entry, string value) =>
        Enum.TryParse<BoilerplateKind>(value, ignoreCase: true, out var kind) ? kind : throw Error(entry, $"unknown kind '{value}'");

    private static FormatException Error(VocabularyEntry entry, string message) =>
        new($"profiles.txt:{entry.Line}: '{entry.Text}': {message}.");
}
