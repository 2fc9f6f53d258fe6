namespace ArticleExtract.Text;

/// <summary>
/// The distinct lower-case words of a text (runs of letters and digits), and how far two such
/// sets agree: the comparison of a stated text (a publisher's article body, a product's
/// description) with the text a page shows.
/// </summary>
internal static class DistinctWords
{
    /// <summary>The distinct words of a text, lower-cased (invariant culture).</summary>
    public static HashSet<string> Of(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    /// <summary>How many of <paramref name="words"/> <paramref name="other"/> holds too.</summary>
    public static int Shared(HashSet<string> words, HashSet<string> other)
    {
        var shared = 0;
        foreach (var word in words)
        {
            if (other.Contains(word))
            {
                shared++;
            }
        }

        return shared;
    }
}
