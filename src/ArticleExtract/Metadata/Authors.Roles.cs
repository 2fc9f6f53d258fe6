namespace ArticleExtract.Metadata;

/// <summary>
/// The roles written after a name ("Jane Doe Staff Writer", "Liz Kenny Former Acme Consultant",
/// "Meg JamesStaff Writer"): cut off, the name kept.
/// </summary>
internal static partial class Authors
{
    /// <summary>
    /// The byline up to a reviewer's label ("By Jane Doe | Medically reviewed by John Roe"): the reviewer is
    /// no author. A byline that opens with the label shows only the reviewer, and names that one
    /// (<paramref name="reviewedOnly"/>: the label is already off).
    /// </summary>
    private static string CutAtReviewer(string text, MetadataVocabulary vocabulary, out bool reviewedOnly)
    {
        reviewedOnly = false;
        if (FirstReviewerLabel(text, vocabulary) is not var (at, length))
        {
            return text;
        }

        if (text.AsSpan(0, at).Trim().IsEmpty)
        {
            reviewedOnly = true;
            return text[(at + length)..].TrimStart(' ', ':');
        }

        return text[..at];
    }

    /// <summary>
    /// The first reviewer's label that stands as words of its own in the byline, the longest of
    /// those that start there ("Medically reviewed by", not "reviewed by" inside it); null when none.
    /// </summary>
    private static (int At, int Length)? FirstReviewerLabel(string text, MetadataVocabulary vocabulary)
    {
        (int At, int Length)? first = null;
        foreach (var label in vocabulary.ReviewerLabels)
        {
            for (var at = text.IndexOf(label, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(label, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var standsAlone = (at == 0 || !char.IsLetter(text[at - 1])) && (at + label.Length == text.Length || !char.IsLetter(text[at + label.Length]));
                if (standsAlone)
                {
                    if (first is not { } found || at < found.At || (at == found.At && label.Length > found.Length))
                    {
                        first = (at, label.Length);
                    }

                    break;
                }
            }
        }

        return first;
    }

    /// <summary>
    /// A capitalised word and a lower-case word that is no particle of a name ("Head of Marketing",
    /// "Director of Operations", "Trial Attorney at Acme"): a role or an affiliation, no person's name.
    /// </summary>
    private static bool IsRolePhrase(string part, MetadataVocabulary vocabulary)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !char.IsUpper(words[0][0]))
        {
            return false;
        }

        for (var i = 1; i < words.Length; i++)
        {
            if (char.IsLower(words[i][0]) && vocabulary.RoleConnectors.Contains(words[i]) && !vocabulary.NameParticles.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A part with a word that names an organisation ("Jane Doe, South Carolina Learning Network",
    /// "John Roe, Acme Institute"): after a person's name it is the author's affiliation, no second author.
    /// </summary>
    internal static bool IsOrganisation(string part, MetadataVocabulary vocabulary)
    {
        foreach (var word in part.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (vocabulary.OrganisationWords.Contains(word.Trim('.', ',', ':').ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A part that ends with a role ("AP Auto Writer"): a description of the author before it.</summary>
    private static bool EndsWithRole(string part, MetadataVocabulary vocabulary)
    {
        var space = part.LastIndexOf(' ');
        return space > 0 && vocabulary.AuthorNoise.Contains(part[(space + 1)..].Trim('.', ',').ToLowerInvariant());
    }

    /// <summary>
    /// "Jane Doe Staff Writer" → "Jane Doe"; "Liz Kenny Former Acme Consultant" → "Liz Kenny": the role's
    /// capitalised words before its head word go with it while two words of the name are left.
    /// </summary>
    private static string? RemoveTrailingNoise(string name, MetadataVocabulary vocabulary)
    {
        var words = name.Split(' ');
        for (var start = 1; start < words.Length; start++)
        {
            if (vocabulary.AuthorNoise.Contains(string.Join(' ', words[start..]).ToLowerInvariant()))
            {
                while (start > 1 && char.IsUpper(words[start - 1][0]) && NameWords(words.AsSpan(0, start), vocabulary) > vocabulary.MinNameWordsBeforeRole)
                {
                    start--;
                }

                return string.Join(' ', words[..start]);
            }
        }

        return name;
    }

    /// <summary>The words of a name that are not particles ("van", "de").</summary>
    private static int NameWords(ReadOnlySpan<string> words, MetadataVocabulary vocabulary)
    {
        var count = 0;
        foreach (var word in words)
        {
            count += vocabulary.NameParticles.Contains(word) ? 0 : 1;
        }

        return count;
    }

    /// <summary>"Meg JamesStaff Writer" (a page's layout glued the role to the name) → "Meg James".</summary>
    private static string RemoveGluedNoise(string name, MetadataVocabulary vocabulary)
    {
        foreach (var noise in vocabulary.AuthorNoise)
        {
            if (noise.Length < MinGluedNoiseLength || name.Length <= noise.Length + 1 || !name.EndsWith(noise, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var start = name.Length - noise.Length;
            if (char.IsUpper(name[start]) && char.IsLower(name[start - 1]))
            {
                return name[..start];
            }
        }

        return name;
    }
}
