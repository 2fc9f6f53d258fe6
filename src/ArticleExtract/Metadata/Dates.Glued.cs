using System.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// Dates glued to their neighbours in text taken from a page whose markup is gone: "June 29, 2020November 12, 2021"
/// (published, then updated), "Jeffrey ZeldmanNovember 20, 2007", "Dec 17, 2025Julian Arni", "October 17, 20236:01 PM",
/// "Mar 27, 20255 mins". The seams are put back as spaces so the date reads.
/// </summary>
internal static partial class Dates
{
    /// <summary>Year digits written after a day and a comma ("17, 2023"): a longer run is a year glued to a number.</summary>
    private const int YearDigits = 4;

    /// <summary>The line with a space put back at every seam where a date is glued to a word or a number.</summary>
    public static string Unglue(string line)
    {
        if (!MayHoldDate(line))
        {
            return line;
        }

        StringBuilder? builder = null;
        for (var i = 1; i < line.Length; i++)
        {
            if (IsGlueSeam(line, i))
            {
                builder ??= new StringBuilder(line.Length + 4).Append(line, 0, i);
                builder.Append(' ');
            }

            builder?.Append(line[i]);
        }

        return builder is null ? line : builder.ToString();
    }

    /// <summary>True when a space is missing before position <paramref name="i"/> of the line.</summary>
    private static bool IsGlueSeam(string line, int i) =>
        IsMonthGluedToWord(line, i) || IsWordGluedToYear(line, i) || IsNumberGluedToYear(line, i);

    /// <summary>A month name glued to the word before it ("ZeldmanNovember", "EditorialNovember"): a seam in a word's case.</summary>
    private static bool IsMonthGluedToWord(string line, int i) =>
        char.IsLower(line[i - 1]) && char.IsUpper(line[i]) && MetadataVocabulary.Shared.Months.ContainsKey(LetterRun(line, i).ToLowerInvariant());

    /// <summary>A capitalised word glued to the figure before it ("2020November", "2025Julian"): figures and words are apart.</summary>
    private static bool IsWordGluedToYear(string line, int i) =>
        char.IsAsciiDigit(line[i - 1]) && char.IsUpper(line[i]) && i + 1 < line.Length && char.IsLower(line[i + 1]);

    /// <summary>
    /// A year after a day and a comma glued to the number that follows it ("17, 20236:01 PM", "27, 20255 mins"): a year has
    /// four figures, the run is cut after them.
    /// </summary>
    private static bool IsNumberGluedToYear(string line, int i)
    {
        var start = i - YearDigits;
        if (start < 3 || !char.IsAsciiDigit(line[i]) || line[start - 1] != ' ' || line[start - 2] != ',' || !char.IsAsciiDigit(line[start - 3]))
        {
            return false;
        }

        for (var k = start; k < i; k++)
        {
            if (!char.IsAsciiDigit(line[k]))
            {
                return false;
            }
        }

        return IsPlausibleYear(int.Parse(line.AsSpan(start, YearDigits), provider: null));
    }

    /// <summary>The letters from position <paramref name="i"/> to the end of the word.</summary>
    private static string LetterRun(string line, int i)
    {
        var end = i;
        while (end < line.Length && char.IsLetter(line[end]))
        {
            end++;
        }

        return line[i..end];
    }
}
