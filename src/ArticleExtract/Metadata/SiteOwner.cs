namespace ArticleExtract.Metadata;

/// <summary>
/// The person a site is named after ("Jane Doe's blog"): the author of an article that names none, on a
/// personal site, where the author's name stands once, in the site's name.
/// </summary>
internal static class SiteOwner
{
    /// <summary>The person's name the site goes by, or null when the site's name is not a person's.</summary>
    public static string? Name(string? siteName, MetadataVocabulary vocabulary)
    {
        if (siteName is null)
        {
            return null;
        }

        if (OwnerBeforePersonalSiteWord(siteName.Trim(), vocabulary) is not { } name)
        {
            return null;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= vocabulary.MinLabelledNameWords && words.Length <= vocabulary.MaxSiteOwnerNameWords
            && words.All(word => IsNameWord(word, vocabulary))
            ? string.Join(' ', words)
            : null;
    }

    /// <summary>
    /// "Jane Doe" of "Jane Doe's blog": the name before a possessive and a word of a personal site, or null.
    /// A site named only like a person ("Jane Doe") is no evidence: many a business is named so ("Cherry Servers").
    /// </summary>
    private static string? OwnerBeforePersonalSiteWord(string siteName, MetadataVocabulary vocabulary)
    {
        var space = siteName.LastIndexOf(' ');
        if (space <= 2 || !vocabulary.PersonalSiteWords.Contains(siteName[(space + 1)..]))
        {
            return null;
        }

        var owner = siteName[..space];
        return owner.EndsWith("'s", StringComparison.Ordinal) || owner.EndsWith("\u2019s", StringComparison.Ordinal) ? owner[..^2] : null;
    }

    /// <summary>
    /// A word of a person's name: a capital, then lower-case letters (a hyphen or an apostrophe inside:
    /// "Smith-Jones", "O'Neil"); never a team's, a job's or a label's word ("Staff", "Editor", "Admin").
    /// </summary>
    internal static bool IsNameWord(string word, MetadataVocabulary vocabulary) =>
        word.Length >= vocabulary.MinNameWordLetters && char.IsUpper(word[0])
        && word.Skip(1).All(c => char.IsLower(c) || c is '-' or '\'' or '\u2019')
        && !vocabulary.CollectiveAuthors.Contains(word) && !vocabulary.AuthorNoise.Contains(word) && !vocabulary.NotNames.Contains(word);
}
