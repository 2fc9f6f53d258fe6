using System.Globalization;

namespace ArticleExtract.Metadata;

/// <summary>
/// Reads dates: machine forms (ISO 8601 with or without offset, RFC 1123) and human forms
/// ("21 March 2023", "March 21, 2023", "21.03.2023", "21. März 2023 10:15"), and dates in URLs
/// ("/2023/03/21/"). A date keeps the offset the page gives, else UTC; an impossible date gives
/// nothing; no date is ever made from the current one.
/// </summary>
internal static class Dates
{
    /// <summary>Years outside this range are not taken for a page's date.</summary>
    private const int MinYear = 1990;

    /// <summary>The latest year taken for a page's date.</summary>
    private const int MaxYear = 2100;

    /// <summary>Reads a machine-readable date (meta content, JSON-LD, &lt;time datetime&gt;).</summary>
    public static bool TryParseMachine(ReadOnlySpan<char> text, out DateTimeOffset date)
    {
        text = text.Trim();
        if (TryParseIso(text, out date))
        {
            return true;
        }

        if (HasFourDigitYear(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out date)
            && IsPlausibleYear(date.Year))
        {
            return true;
        }

        date = default;
        return false;
    }

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

    /// <summary>Reads a date written for people, with an optional time after it.</summary>
    public static bool TryParseText(ReadOnlySpan<char> text, out DateTimeOffset date)
    {
        date = default;
        return MayHoldDate(text) && TryParseTokens(text, out date);
    }

    /// <summary><see cref="TryParseText"/> without the screen of <see cref="MayHoldDate"/> (tests check the screen against it).</summary>
    internal static bool TryParseTokens(ReadOnlySpan<char> text, out DateTimeOffset date)
    {
        date = default;
        var tokens = Tokenize(text);
        if (TryIsoToken(text, tokens, out date))
        {
            return true;
        }

        for (var t = 0; t < tokens.Count; t++)
        {
            if (TryNumericDate(text, tokens, t, out var day, out var month, out var year, out var end)
                || TryNamedDate(text, tokens, t, out day, out month, out year, out end))
            {
                var (hour, minute) = TimeAfter(text, tokens, end);
                return TryCreate(year, month, day, hour, minute, 0, TimeSpan.Zero, out date);
            }
        }

        return false;
    }

    /// <summary>
    /// Every date <see cref="TryParseText"/> reads has a year in ASCII digits (ISO, numeric and named
    /// dates alike): text without a digit holds none, and is passed over without being tokenised.
    /// </summary>
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

    private static bool TryIsoToken(ReadOnlySpan<char> text, List<(int Start, int Length)> tokens, out DateTimeOffset date)
    {
        date = default;
        for (var t = 0; t + 2 < tokens.Count; t++)
        {
            if (tokens[t].Length == 4 && IsNumber(text, tokens[t])
                && SeparatorBetween(text, tokens[t], tokens[t + 1]) == '-' && SeparatorBetween(text, tokens[t + 1], tokens[t + 2]) == '-'
                && IsNumber(text, tokens[t + 1]) && IsNumber(text, tokens[t + 2]))
            {
                var year = Number(text, tokens[t]);
                var month = Number(text, tokens[t + 1]);
                var day = Number(text, tokens[t + 2]);
                var (hour, minute) = TimeAfter(text, tokens, t + 3);
                return TryCreate(year, month, day, hour, minute, 0, TimeSpan.Zero, out date);
            }
        }

        return false;
    }

    /// <summary>dd.MM.yyyy, dd/MM/yyyy (day first unless the second number cannot be a month), yyyy/MM/dd.</summary>
    private static bool TryNumericDate(ReadOnlySpan<char> text, List<(int Start, int Length)> tokens, int t, out int day, out int month, out int year, out int end)
    {
        day = month = year = 0;
        end = t + 3;
        if (t + 2 >= tokens.Count || !IsNumber(text, tokens[t]) || !IsNumber(text, tokens[t + 1]) || !IsNumber(text, tokens[t + 2]))
        {
            return false;
        }

        var separator = SeparatorBetween(text, tokens[t], tokens[t + 1]);
        if (separator is not ('.' or '/' or '-') || SeparatorBetween(text, tokens[t + 1], tokens[t + 2]) != separator)
        {
            return false;
        }

        var a = Number(text, tokens[t]);
        var b = Number(text, tokens[t + 1]);
        var c = Number(text, tokens[t + 2]);
        if (tokens[t].Length == 4)
        {
            (year, month, day) = (a, b, c);
        }
        else if (tokens[t + 2].Length == 4)
        {
            year = c;
            (day, month) = separator == '/' && b > 12 && a <= 12 ? (b, a) : (a, b);
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>"21 March 2023", "21. März 2023", "March 21, 2023", "Mar 21 2023".</summary>
    private static bool TryNamedDate(ReadOnlySpan<char> text, List<(int Start, int Length)> tokens, int t, out int day, out int month, out int year, out int end)
    {
        day = month = year = 0;
        end = t + 1;
        var word = text.Slice(tokens[t].Start, tokens[t].Length).ToString();
        if (!MetadataVocabulary.Shared.Months.TryGetValue(word, out month))
        {
            return false;
        }

        // Day before the month ("21 March 2023") or after it ("March 21, 2023").
        var dayToken = -1;
        if (t > 0 && IsDayToken(text, tokens[t - 1]))
        {
            dayToken = t - 1;
        }
        else if (t + 1 < tokens.Count && IsDayToken(text, tokens[t + 1]))
        {
            dayToken = t + 1;
        }

        var yearToken = dayToken == t + 1 ? t + 2 : t + 1;
        if (dayToken < 0 || yearToken >= tokens.Count || tokens[yearToken].Length != 4 || !IsNumber(text, tokens[yearToken]))
        {
            return false;
        }

        day = DayNumber(text, tokens[dayToken]);
        year = Number(text, tokens[yearToken]);
        end = yearToken + 1;
        return true;
    }

    /// <summary>"10:15", "10:15 pm", "3:46 PM" right after the date (at most one word between).</summary>
    private static (int Hour, int Minute) TimeAfter(ReadOnlySpan<char> text, List<(int Start, int Length)> tokens, int start)
    {
        for (var t = start; t + 1 < tokens.Count && t <= start + 1; t++)
        {
            if (IsNumber(text, tokens[t]) && IsNumber(text, tokens[t + 1]) && SeparatorBetween(text, tokens[t], tokens[t + 1]) == ':')
            {
                var hour = Number(text, tokens[t]);
                var minute = Number(text, tokens[t + 1]);
                if (t + 2 < tokens.Count)
                {
                    var suffix = text.Slice(tokens[t + 2].Start, tokens[t + 2].Length);
                    if (suffix.Equals("pm", StringComparison.OrdinalIgnoreCase) && hour < 12)
                    {
                        hour += 12;
                    }
                    else if (suffix.Equals("am", StringComparison.OrdinalIgnoreCase) && hour == 12)
                    {
                        hour = 0;
                    }
                }

                return hour < 24 && minute < 60 ? (hour, minute) : (0, 0);
            }
        }

        return (0, 0);
    }

    /// <summary>The day of a day token, its ordinal suffix ("21st") dropped.</summary>
    private static int DayNumber(ReadOnlySpan<char> text, (int Start, int Length) token) =>
        int.Parse(DayDigits(text.Slice(token.Start, token.Length)), CultureInfo.InvariantCulture);

    /// <summary>The digits of a day token: "21st", "2nd", "3rd", "4th" lose their suffix.</summary>
    private static ReadOnlySpan<char> DayDigits(ReadOnlySpan<char> span) =>
        span.Length > 2 && (span.EndsWith("st", StringComparison.OrdinalIgnoreCase) || span.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
            || span.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || span.EndsWith("th", StringComparison.OrdinalIgnoreCase))
            ? span[..^2]
            : span;

    private static bool IsDayToken(ReadOnlySpan<char> text, (int Start, int Length) token)
    {
        var digits = DayDigits(text.Slice(token.Start, token.Length));
        if (digits.Length is < 1 or > 2)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        var day = int.Parse(digits, CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31;
    }

    /// <summary>Tokens: runs of letters and digits (an ordinal like "21st" is one token).</summary>
    private static List<(int Start, int Length)> Tokenize(ReadOnlySpan<char> text)
    {
        var tokens = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                tokens.Add((start, i - start));
                start = -1;
            }
        }

        return tokens;
    }

    private static bool IsNumber(ReadOnlySpan<char> text, (int Start, int Length) token)
    {
        if (token.Length > 4)
        {
            return false;
        }

        foreach (var c in text.Slice(token.Start, token.Length))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(ReadOnlySpan<char> text, (int Start, int Length) token) =>
        int.Parse(text.Slice(token.Start, token.Length), CultureInfo.InvariantCulture);

    /// <summary>The single character between two tokens, or '\0' when there is none or more than one.</summary>
    private static char SeparatorBetween(ReadOnlySpan<char> text, (int Start, int Length) left, (int Start, int Length) right)
    {
        var gap = right.Start - (left.Start + left.Length);
        return gap == 1 ? text[left.Start + left.Length] : '\0';
    }

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
