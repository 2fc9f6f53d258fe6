using System.Globalization;

namespace ArticleExtract.Metadata;

/// <summary>
/// Reads dates: machine forms (ISO 8601 with or without offset, RFC 1123) and human forms
/// ("21 March 2023", "March 21, 2023", "21.03.2023", "21. März 2023 10:15"), and dates in URLs
/// ("/2023/03/21/"). A date keeps the offset the page gives, else UTC; an impossible date gives
/// nothing; no date is ever made from the current one.
/// </summary>
internal static partial class Dates
{
    /// <summary>Years outside this range are not taken for a page's date.</summary>
    private const int MinYear = 1990;

    /// <summary>The latest year taken for a page's date.</summary>
    private const int MaxYear = 2100;

    /// <summary>
    /// The one date reader: a machine form (ISO 8601, RFC 1123), else a form written for people
    /// in any language of the month names; with the precision found (a time, a day, a month).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, out DateTimeOffset date, out DatePrecision precision) =>
        TryParseMachine(text, out date, out precision) || TryParseText(text, out date, out precision);

    /// <summary>Reads a machine-readable date (meta content, JSON-LD, &lt;time datetime&gt;).</summary>
    public static bool TryParseMachine(ReadOnlySpan<char> text, out DateTimeOffset date) => TryParseMachine(text, out date, out _);

    /// <summary>Reads a machine-readable date, with the precision it gives.</summary>
    public static bool TryParseMachine(ReadOnlySpan<char> text, out DateTimeOffset date, out DatePrecision precision)
    {
        text = text.Trim();
        precision = DatePrecision.None;
        if (TryParseIso(text, out date))
        {
            precision = text.Length > DateOnlyLength ? DatePrecision.Time : DatePrecision.Day;
            return true;
        }

        // Only a form with names ("Tue, 21 Mar 2023 10:15:00 GMT"): numeric forms are ambiguous in the invariant culture (month first), and the written-date reader reads them day first.
        if (HasFourDigitYear(text) && HasLetters(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out date)
            && IsPlausibleYear(date.Year))
        {
            precision = text.Contains(':') ? DatePrecision.Time : DatePrecision.Day;
            return true;
        }

        date = default;
        return false;
    }

    private static bool HasLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsAsciiLetter(c) && c is not ('T' or 'Z'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of "yyyy-MM-dd": an ISO date longer than this has a time.</summary>
    private const int DateOnlyLength = 10;

    /// <summary>
    /// Reads an ISO 8601 date: yyyy-MM-dd, then optionally 'T' or a space, HH:mm[:ss[.fraction]],
    /// then optionally Z or ±HH[:]mm.
    /// </summary>
    public static bool TryParseIso(ReadOnlySpan<char> text, out DateTimeOffset date)
    {
        date = default;
        var i = 0;
        if (!TryDigits(text, ref i, 4, out var year) || !TrySkip(text, ref i, '-', '/')
            || !TryDigits(text, ref i, 2, out var month) || !TrySkip(text, ref i, '-', '/')
            || !TryDigits(text, ref i, 2, out var day))
        {
            return false;
        }

        int hour = 0, minute = 0, second = 0;
        var fraction = 0.0;
        var offset = TimeSpan.Zero;
        if (i < text.Length && (text[i] == 'T' || text[i] == ' ') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            if (!TryDigits(text, ref i, 2, out hour) || !TrySkip(text, ref i, ':', ':') || !TryDigits(text, ref i, 2, out minute))
            {
                return false;
            }

            if (i < text.Length && text[i] == ':')
            {
                i++;
                if (!TryDigits(text, ref i, 2, out second))
                {
                    return false;
                }

                if (i < text.Length && (text[i] == '.' || text[i] == ','))
                {
                    var start = ++i;
                    while (i < text.Length && char.IsAsciiDigit(text[i]))
                    {
                        i++;
                    }

                    fraction = double.Parse("0." + text[start..i].ToString(), CultureInfo.InvariantCulture);
                }
            }

            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i < text.Length && !TryOffset(text, ref i, out offset))
            {
                return false;
            }
        }

        if (i < text.Length && !text[i..].Trim().IsEmpty)
        {
            return false;
        }

        return TryCreate(year, month, day, hour, minute, second, offset, out date) && AddFraction(ref date, fraction);
    }

    public static bool MayHoldDate(ReadOnlySpan<char> text) => text.ContainsAnyInRange('0', '9');

    /// <summary>A date in a URL path: /2023/03/21/ or /2023-03-21-slug.</summary>
    public static bool TryParseUrl(string? url, out DateTimeOffset date)
    {
        date = default;
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var path = uri.AbsolutePath.AsSpan();
        var tokens = Tokenize(path);
        for (var t = 0; t + 2 < tokens.Count; t++)
        {
            var (s0, l0) = tokens[t];
            var (s1, l1) = tokens[t + 1];
            var (s2, l2) = tokens[t + 2];
            if (l0 == 4 && IsNumber(path, tokens[t]) && l1 == 2 && IsNumber(path, tokens[t + 1]) && l2 == 2 && IsNumber(path, tokens[t + 2])
                && SeparatorBetween(path, tokens[t], tokens[t + 1]) is '/' or '-'
                && SeparatorBetween(path, tokens[t + 1], tokens[t + 2]) is '/' or '-')
            {
                var year = int.Parse(path.Slice(s0, l0), CultureInfo.InvariantCulture);
                var month = int.Parse(path.Slice(s1, l1), CultureInfo.InvariantCulture);
                var day = int.Parse(path.Slice(s2, l2), CultureInfo.InvariantCulture);
                if (TryCreate(year, month, day, 0, 0, 0, TimeSpan.Zero, out date))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A word of a written date or time other than a number, in lower case: a month or weekday name
    /// of any language of <c>metadata.txt</c> (an abbreviation's full stop ignored), or a time word
    /// ("pm", "utc").
    /// </summary>
    public static bool IsDateWord(ReadOnlySpan<char> word, MetadataVocabulary vocabulary)
    {
        var name = word.TrimEnd('.');
        return vocabulary.TimeWordLookup.Contains(word) || vocabulary.MonthLookup.ContainsKey(name) || vocabulary.WeekdayLookup.Contains(name);
    }

    /// <summary>True when a token of the text is a word of a relative date ("ago", "yesterday").</summary>
    public static bool IsRelative(ReadOnlySpan<char> text, MetadataVocabulary vocabulary)
    {
        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            for (var n = 1; n <= vocabulary.LongestLabelWords && i + n <= words.Count; n++)
            {
                if (vocabulary.RelativeTime.Contains(string.Join(' ', words.GetRange(i, n))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The lower-case words (letters and apostrophes) of a text, in order.</summary>
    public static List<string> Words(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && IsWordChar(text[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                words.Add(text[start..i].ToString().ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    /// <summary>A character of a word as <see cref="Words"/> cuts them: a letter or an apostrophe.</summary>
    internal static bool IsWordChar(char c) => char.IsLetter(c) || c == '\'' || c == '’';

    private static bool HasFourDigitYear(ReadOnlySpan<char> text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlausibleYear(int year) => year is >= MinYear and <= MaxYear;

    private static bool TryDigits(ReadOnlySpan<char> text, ref int i, int count, out int value)
    {
        value = 0;
        if (i + count > text.Length)
        {
            return false;
        }

        for (var k = 0; k < count; k++)
        {
            var c = text[i + k];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        i += count;
        return true;
    }

    private static bool TrySkip(ReadOnlySpan<char> text, ref int i, char a, char b)
    {
        if (i < text.Length && (text[i] == a || text[i] == b))
        {
            i++;
            return true;
        }

        return false;
    }

    private static bool TryOffset(ReadOnlySpan<char> text, ref int i, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text[i] == 'Z' || text[i] == 'z')
        {
            i++;
            return true;
        }

        if (text[i] != '+' && text[i] != '-')
        {
            return false;
        }

        var negative = text[i] == '-';
        i++;
        if (!TryDigits(text, ref i, 2, out var hours))
        {
            return false;
        }

        var minutes = 0;
        if (i < text.Length && text[i] == ':')
        {
            i++;
        }

        if (i < text.Length && char.IsAsciiDigit(text[i]) && !TryDigits(text, ref i, 2, out minutes))
        {
            return false;
        }

        if (hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (negative)
        {
            offset = -offset;
        }

        return true;
    }

    private static bool TryCreate(int year, int month, int day, int hour, int minute, int second, TimeSpan offset, out DateTimeOffset date)
    {
        date = default;
        if (!IsPlausibleYear(year) || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        date = new DateTimeOffset(year, month, day, hour, minute, second, offset);
        return true;
    }

    private static bool AddFraction(ref DateTimeOffset date, double fraction)
    {
        date = date.AddTicks((long)(fraction * TimeSpan.TicksPerSecond));
        return true;
    }
}
