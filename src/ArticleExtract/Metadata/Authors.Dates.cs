namespace ArticleExtract.Metadata;

/// <summary>Where a byline's names end and its date begins ("By Jane Doe, Last Updated March 3, 2025").</summary>
internal static partial class Authors
{
    /// <summary>Cuts the byline where a date, a time or a separator bar begins.</summary>
    private static string CutAtDate(string text, MetadataVocabulary vocabulary)
    {
        var cut = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) && IsGluedToLetters(text, i) && !IsGluedDate(text, i, vocabulary))
            {
                // The digits of a user name ("LingoLover94") are read over whole.
                while (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                }

                continue;
            }

            if (char.IsAsciiDigit(text[i]) || vocabulary.BylineSeparatorMarks.Contains(text[i]))
            {
                cut = i;
                break;
            }
        }

        // " - " between words separates the name from a role or a site ("Tim Childers - Live Science").
        foreach (var separator in vocabulary.SpacedBylineSeparators)
        {
            var spaced = text.IndexOf(separator, StringComparison.Ordinal);
            if (spaced >= 0 && spaced < cut)
            {
                cut = spaced;
            }
        }

        var head = text[..cut].TrimEnd(' ', ',', '-', ';', ':');

        // "By Nathan Willis March 25": drop month names and date labels left before the number.
        // A date names one month and one weekday, before any label: a month's word before a label or a second one
        // ("Alyssa Maio on January 21", "Jane May, June 3") is the name's ("Maio", "May" and "June" are names too).
        var (labelled, month, weekday) = (false, false, false);
        while (true)
        {
            var space = head.LastIndexOf(' ');
            var last = head[(space + 1)..].TrimEnd('.', ',').ToLowerInvariant();
            var isLabel = IsTwoWordLabel(head, ref space, vocabulary) || IsDateLabel(last, vocabulary);
            var isMonth = !labelled && !month && vocabulary.Months.ContainsKey(last);
            var isWeekday = !labelled && !weekday && vocabulary.Weekdays.Contains(last);
            if (cut < text.Length && (isLabel || isMonth || isWeekday))
            {
                (labelled, month, weekday) = (labelled || isLabel, month || isMonth, weekday || isWeekday);
                head = space < 0 ? "" : head[..space].TrimEnd(' ', ',', '-', ';', ':');
                continue;
            }

            return head;
        }
    }

    private static bool IsDateLabel(string phrase, MetadataVocabulary vocabulary) =>
        vocabulary.PublishedLabels.Contains(phrase) || vocabulary.ModifiedLabels.Contains(phrase);

    /// <summary>The text ends with a label of two words ("Last Updated"); <paramref name="space"/> then moves before both.</summary>
    private static bool IsTwoWordLabel(string head, ref int space, MetadataVocabulary vocabulary)
    {
        var before = space > 0 ? head.LastIndexOf(' ', space - 1) : -1;
        var found = space > 0 && IsDateLabel(head[(before + 1)..].TrimEnd('.', ',').ToLowerInvariant(), vocabulary);
        space = found ? before : space;
        return found;
    }
}
