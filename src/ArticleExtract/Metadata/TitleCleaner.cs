using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Output;

namespace ArticleExtract.Metadata;

/// <summary>
/// The headline read from the &lt;title&gt;: the site name split off ("Headline | Site",
/// "Headline - Site", "Site: Headline"), checked against the page's headings.
/// </summary>
internal static class TitleCleaner
{
    /// <summary>A title of fewer words than this after a cut lost its headline: cut the other side.</summary>
    private const int MinWordsAfterCut = 3;

    /// <summary>More words than this before a colon: the colon is part of the headline, keep it all.</summary>
    private const int MaxWordsBeforeColon = 5;

    /// <summary>A title this short or shorter (in words) is kept whole unless a hierarchy was cut.</summary>
    private const int ShortTitleWords = 4;

    /// <summary>Titles shorter than this (characters) are replaced by a single h1.</summary>
    private const int MinTitleChars = 15;

    /// <summary>Titles longer than this (characters) are replaced by a single h1.</summary>
    private const int MaxTitleChars = 150;

    /// <summary>The separators between a headline and a site name.</summary>
    private static readonly string Separators = "|-–—\\/>»";

    /// <summary>The separators of a hierarchy ("Site » Section » Headline").</summary>
    private static readonly string HierarchicalSeparators = "\\/>»";

    /// <summary>The headline from the document's &lt;title&gt;.</summary>
    public static string Clean(IHtmlDocument document, PageScan scan)
    {
        var original = TextNormalizer.CollapseWhitespace(document.Title ?? "");
        var title = original;
        var hadHierarchy = false;
        var separators = SeparatorPositions(original);
        if (separators.Count > 0)
        {
            hadHierarchy = HasHierarchicalSeparator(original, separators);
            title = original[..separators[^1]];
            if (WordCount(title) < MinWordsAfterCut)
            {
                title = original[(FirstSeparatorCharacter(original) + 1)..];
            }
        }
        else if (original.Contains(": ", StringComparison.Ordinal))
        {
            if (!HeadingEquals(scan, original))
            {
                title = original[(original.LastIndexOf(':') + 1)..];
                if (WordCount(title) < MinWordsAfterCut)
                {
                    title = original[(original.IndexOf(':') + 1)..];
                }
                else if (WordCount(original[..original.IndexOf(':')]) > MaxWordsBeforeColon)
                {
                    title = original;
                }
            }
        }
        else if (original.Length > MaxTitleChars || original.Length < MinTitleChars)
        {
            if (SingleH1Text(scan) is { } h1)
            {
                title = h1;
            }
        }

        title = TextNormalizer.CollapseWhitespace(title);
        var words = WordCount(title);
        if (words <= ShortTitleWords && (!hadHierarchy || words != WordCount(WithoutSeparators(original, separators)) - 1))
        {
            title = original;
        }

        return title;
    }

    /// <summary>
    /// How much of <paramref name="b"/>'s words also occur in <paramref name="a"/> (1 = all), weighted
    /// by length: the test whether a JSON-LD name or headline is the page's title.
    /// </summary>
    public static double Similarity(string a, string b)
    {
        var tokensA = new HashSet<string>(Tokens(a), StringComparer.Ordinal);
        var tokensB = Tokens(b);
        if (tokensA.Count == 0 || tokensB.Count == 0)
        {
            return 0;
        }

        var allLength = tokensB.Sum(t => t.Length) + tokensB.Count - 1;
        var unique = tokensB.Where(t => !tokensA.Contains(t)).ToList();
        var uniqueLength = unique.Count == 0 ? 0 : unique.Sum(t => t.Length) + unique.Count - 1;
        return 1 - ((double)uniqueLength / allLength);
    }

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_');
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                tokens.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return tokens;
    }

    /// <summary>The positions of " X " where X is a separator.</summary>
    private static List<int> SeparatorPositions(string title)
    {
        var positions = new List<int>();
        for (var i = 1; i + 1 < title.Length; i++)
        {
            if (Separators.Contains(title[i]) && char.IsWhiteSpace(title[i - 1]) && char.IsWhiteSpace(title[i + 1]))
            {
                positions.Add(i - 1);
            }
        }

        return positions;
    }

    private static bool HasHierarchicalSeparator(string title, List<int> positions)
    {
        foreach (var position in positions)
        {
            if (HierarchicalSeparators.Contains(title[position + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstSeparatorCharacter(string title)
    {
        for (var i = 0; i < title.Length; i++)
        {
            if (Separators.Contains(title[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string WithoutSeparators(string title, List<int> positions)
    {
        var builder = new System.Text.StringBuilder(title);
        for (var i = positions.Count - 1; i >= 0; i--)
        {
            builder.Remove(positions[i], 3);
        }

        return builder.ToString();
    }

    private static bool HeadingEquals(PageScan scan, string title)
    {
        foreach (var heading in scan.H1sAndH2s)
        {
            if (TextNormalizer.CollapseWhitespace(heading.TextContent) == title)
            {
                return true;
            }
        }

        return false;
    }

    private static string? SingleH1Text(PageScan scan)
    {
        var headings = scan.H1s;
        return headings.Count == 1 ? TextNormalizer.CollapseWhitespace(headings[0].TextContent) : null;
    }

    private static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length is var n && n == 0 ? 1 : n;
}
