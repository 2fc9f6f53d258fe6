namespace ArticleExtract.Metadata;

/// <summary>
/// Tests of the author a page's tags give (JSON-LD, meta tags) against what it is and what the page shows.
/// </summary>
internal static class TaggedAuthor
{
    /// <summary>
    /// The tagged author is no name but what a template left unfilled: a placeholder's mark ("{{author}}"),
    /// a dotted key ("page.head.extra.author") or a number (a profile's id): one word with no letter in
    /// capitals and no space.
    /// </summary>
    public static bool IsPlaceholder(string author, MetadataVocabulary vocabulary)
    {
        var text = author.Trim();
        if (vocabulary.PlaceholderMarks.Any(mark => text.Contains(mark, StringComparison.Ordinal)))
        {
            return true;
        }

        return !text.Any(char.IsWhiteSpace) && (text.All(char.IsAsciiDigit) || IsDottedKey(text, vocabulary));
    }

    /// <summary>A key of a template's data: lower-case words joined by at least <see cref="MetadataVocabulary.MinPlaceholderDots"/> dots ("page.head.author").</summary>
    private static bool IsDottedKey(string text, MetadataVocabulary vocabulary)
    {
        var parts = text.Split('.');
        return parts.Length > vocabulary.MinPlaceholderDots && parts.All(part => part.Length > 1 && part.All(c => char.IsAsciiLetterLower(c) || c is '_' or '-'));
    }

    /// <summary>
    /// The byline the page shows names the tagged authors and more ("Written by Jane Doe, John Roe" over a
    /// tag of "Jane Doe"): a CMS tags the first author only; the shown byline lists them all. A shown name
    /// with an honorific before the tagged one ("Dr Jane Doe") is the same person.
    /// </summary>
    public static bool IsExtendedBy(string tagged, string shown, MetadataVocabulary vocabulary)
    {
        var taggedNames = Authors.Parse(tagged, vocabulary);
        var shownNames = Authors.Parse(shown, vocabulary);
        return taggedNames.Count > 0 && shownNames.Count > taggedNames.Count
            && taggedNames.All(name => shownNames.Any(other => IsSameName(other, name)));
    }

    /// <summary>The same name, or the name after an honorific ("Dr Jane Doe" and "Jane Doe").</summary>
    private static bool IsSameName(string shown, string tagged) =>
        string.Equals(shown, tagged, StringComparison.OrdinalIgnoreCase)
        || (shown.EndsWith(" " + tagged, StringComparison.OrdinalIgnoreCase) && !shown[..^(tagged.Length + 1)].Contains(' ', StringComparison.Ordinal));
}
