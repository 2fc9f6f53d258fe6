namespace ArticleExtract.Metadata;

/// <summary>
/// Metadata read from one line of text (text mode, and bylines or datelines found in HTML):
/// "By Jane Doe and John Roe", "Published: 20 March 2023". A relative "5 hours ago" gives no date.
/// </summary>
internal static class LineMetadata
{
    /// <summary>True when the line is a byline; <paramref name="authors"/> then holds the clean names.</summary>
    public static bool TryParseByline(ReadOnlySpan<char> line, out IReadOnlyList<string> authors)
    {
        authors = [];
        _ = line;
        return false;
    }

    /// <summary>
    /// True when the line is a dateline ("Published 21 March 2023", "Updated: 2023-03-21 10:00");
    /// <paramref name="date"/> holds the date and <paramref name="isModified"/> tells an update from a publication.
    /// </summary>
    public static bool TryParseDateline(ReadOnlySpan<char> line, out DateTimeOffset date, out bool isModified)
    {
        date = default;
        isModified = false;
        _ = line;
        return false;
    }
}
