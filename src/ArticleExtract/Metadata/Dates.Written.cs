using System.Globalization;

namespace ArticleExtract.Metadata;

/// <summary>
/// Dates written for people: "21 March 2023", "March 21, 2023", "21. März 2023 10:15",
/// "12 mars 2025 à 10h", "21.03.2023", "2023/03/21", "March 2023", in the languages of the month
/// names of <c>metadata.txt</c>.
/// </summary>
internal static partial class Dates
{
    /// <summary>Reads a date written for people, with an optional time after it.</summary>
    public static bool TryParseText(ReadOnlySpan<char> text, out DateTimeOffset date) => TryParseText(text, out date, out _);

    /// <summary>Reads a date written for people, with how precise it is (a time, a day, a month).</summary>
    public static bool TryParseText(ReadOnlySpan<char> text, out DateTimeOffset date, out DatePrecision precision)
    {
        date = default;
        precision = DatePrecision.None;
        return MayHoldDate(text) && TryParseTokens(text, out date, out precision);
    }

    /// <summary><c>TryParseText</c> without the screen of <see cref="MayHoldDate"/> (tests check the screen against it).</summary>
    internal static bool TryParseTokens(ReadOnlySpan<char> text, out DateTimeOffset date) => TryParseTokens(text, out date, out _);

    /// <summary><c>TryParseText</c> without the screen, with the precision found.</summary>
    internal static bool TryParseTokens(ReadOnlySpan<char> text, out DateTimeOffset date, out DatePrecision precision)
    {
        date = default;
        precision = DatePrecision.None;
        var tokens = Tokenize(text);
        if (TryIsoToken(text, tokens, out date, out precision))
        {
            return true;
        }

        for (var t = 0; t < tokens.Count; t++)
        {
            if (TryNumericDate(text, tokens, t, out var day, out var month, out var year, out var end)
                || TryNamedDate(text, tokens, t, out day, out month, out year, out end))
            {
                var (hour, minute, hasTime) = TimeAfter(text, tokens, end);
                precision = day == 0 ? DatePrecision.Month : hasTime ? DatePrecision.Time : DatePrecision.Day;
                if (TryCreate(year, month, Math.Max(day, 1), hour, minute, 0, TimeSpan.Zero, out date))
                {
                    return true;
                }

                precision = DatePrecision.None;
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Every date <c>TryParseText</c> reads has a year in ASCII digits (ISO, numeric and named
    /// dates alike): text without a digit holds none, and is passed over without being tokenised.
    /// </summary>


    private static bool TryIsoToken(ReadOnlySpan<char> text, List<(int Start, int Length)> tokens, out DateTimeOffset date, out DatePrecision precision)
    {
        date = default;
        precision = DatePrecision.None;
        for (var t = 0; t + 2 < tokens.Count; t++)
        {
            if (tokens[t].Length == 4 && IsNumber(text, tokens[t])
                && SeparatorBetween(text, tokens[t], tokens[t + 1]) == '-' && SeparatorBetween(text, tokens[t + 1], tokens[t + 2]) == '-'
                && IsNumber(text, tokens[t + 1]) && IsNumber(text, tokens[t + 2]))
            {
                var year = Number(text, tokens[t]);
                var month = Number(text, tokens[t + 1]);
                var day = Number(text, tokens[t + 2]);
                var (hour, minute, hasTime) = TimeAfter(text, tokens, t + 3);
                precision = TryCreate(year, month, day, hour, minute, 0, TimeSpan.Zero, out date)
                    ? hasTime ? DatePrecision.Time : DatePrecision.Day
                    : DatePrecision.None;
                return precision != DatePrecision.None;
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

        // Day before the month ("21 March 2023", "21 de marzo de 2023") or after it ("March 21, 2023").
        var dayToken = -1;
        var before = t > 1 && IsConnector(text, tokens[t - 1]) ? t - 2 : t - 1;
        if (before >= 0 && IsDayToken(text, tokens[before]))
        {
            dayToken = before;
        }
        else if (t + 1 < tokens.Count && IsDayToken(text, tokens[t + 1]))
        {
            dayToken = t + 1;
        }

        var yearToken = dayToken == t + 1 ? t + 2 : t + 1;
        if (yearToken + 1 < tokens.Count && IsConnector(text, tokens[yearToken]))
        {
            yearToken++;
        }
        if (yearToken >= tokens.Count || tokens[yearToken].Length != 4 || !IsNumber(text, tokens[yearToken]))
        {
            return false;
        }

        if (dayToken < 0)
        {
            // "March 2023": a month of a year, the day unknown (0).
            year = Number(text, tokens[yearToken]);
            end = yearToken + 1;
            return true;
        }

        day = DayNumber(text, tokens[dayToken]);
        year = Number(text, tokens[yearToken]);
        end = yearToken + 1;
        return true;
    }

    /// <summary>A word between the parts of a written date ("12 de marzo de 2025", "the 3rd of May"): <c>@date-connector</c>.</summary>
    private static bool IsConnector(ReadOnlySpan<char> text, (int Start, int Length) token) =>
        MetadataVocabulary.Shared.DateConnectorLookup.Contains(text.Slice(token.Start, token.Length));

    /// <summary>"10:15", "10:15 pm", "3:46 PM", "10h", "10h30" right after the date (at most one word between).</summary>
    private static (int Hour, int Minute, bool Found) TimeAfter(ReadOnlySpan<char> text, List<(int Start, int Length)> tokens, int start)
    {
        for (var t = start; t < tokens.Count && t <= start + 1; t++)
        {
            if (HourToken(text.Slice(tokens[t].Start, tokens[t].Length)) is { } french)
            {
                return (french.Hour, french.Minute, true);
            }

            if (t + 1 >= tokens.Count)
            {
                break;
            }

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

                return hour < 24 && minute < 60 ? (hour, minute, true) : (0, 0, false);
            }
        }

        return (0, 0, false);
    }

    /// <summary>A time written "10h" or "10h30" (French, and much of Europe).</summary>
    private static (int Hour, int Minute)? HourToken(ReadOnlySpan<char> token)
    {
        var h = token.IndexOfAny('h', 'H');
        if (h is < 1 or > 2 || !IsDigits(token[..h]) || (token.Length > h + 1 && (token.Length - h - 1 != 2 || !IsDigits(token[(h + 1)..]))))
        {
            return null;
        }

        var hour = int.Parse(token[..h], CultureInfo.InvariantCulture);
        var minute = token.Length > h + 1 ? int.Parse(token[(h + 1)..], CultureInfo.InvariantCulture) : 0;
        return hour < 24 && minute < 60 ? (hour, minute) : null;
    }

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !span.IsEmpty;
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
}
