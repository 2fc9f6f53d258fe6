namespace ArticleExtract.Metadata;

/// <summary>The headline's text in a heading or a title: without the marks, labels and source hosts around it.</summary>
internal static partial class TitleChooser
{
    /// <summary>
    /// A heading's or title's text without what surrounds the headline: trailing marks (a permalink's
    /// "¶", a decorative "⋆") and a leading label ("Thread: ...").
    /// </summary>
    internal static string HeadlineText(string text, MetadataVocabulary vocabulary)
    {
        var trimmed = true;
        while (trimmed && text.Length > 0)
        {
            trimmed = false;
            foreach (var mark in vocabulary.TitleMarks)
            {
                if (text.Length > mark.Length && text.EndsWith(mark, StringComparison.Ordinal))
                {
                    text = text[..^mark.Length].TrimEnd();
                    trimmed = true;
                }
            }
        }

        text = WithoutSourceHost(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon + 1 < text.Length && vocabulary.TitleLabels.Contains(text[..colon].Trim())
            ? text[(colon + 1)..].Trim()
            : text;
    }

    /// <summary>
    /// A heading that ends with a host name in brackets ("Headline (example.com)"): a link aggregator names
    /// the linked story's site after its headline; the host is no part of the headline.
    /// </summary>
    internal static string WithoutSourceHost(string text)
    {
        var trimmed = WithoutTrailingCount(text.TrimEnd());
        if (!trimmed.EndsWith(')') || trimmed.LastIndexOf('(') is var open && open <= 0)
        {
            return text;
        }

        var inside = trimmed[(open + 1)..^1];
        return IsHostName(inside) && trimmed[..open].Trim().Length > 0 ? trimmed[..open].TrimEnd() : text;
    }

    /// <summary>
    /// The text without a count after a closing bracket ("Headline (example.com) 87"): an aggregator's
    /// number of comments, set after the linked story's host.
    /// </summary>
    private static string WithoutTrailingCount(string text)
    {
        var end = text.Length;
        while (end > 0 && char.IsAsciiDigit(text[end - 1]))
        {
            end--;
        }

        return end < text.Length && end >= 2 && text[end - 1] == ' ' && text[end - 2] == ')' ? text[..(end - 1)].TrimEnd() : text;
    }

    /// <summary>A host name: labels of letters, digits and hyphens joined by dots, the last of letters only ("latimes.com").</summary>
    private static bool IsHostName(string text)
    {
        var labels = text.Split('.');
        return labels.Length >= 2
            && labels.All(l => l.Length > 0 && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            && labels[^1].Length >= 2 && labels[^1].All(char.IsAsciiLetter);
    }
}
