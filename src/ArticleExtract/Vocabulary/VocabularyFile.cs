using System.Globalization;
using System.Reflection;

namespace ArticleExtract.Vocabulary;

/// <summary>One entry of a vocabulary data file, with the group it stands in.</summary>
/// <param name="Set">The group's set name (the word after "@").</param>
/// <param name="Argument">The group's argument (a kind, a language, a number).</param>
/// <param name="Text">The entry, trimmed.</param>
/// <param name="Line">The entry's line number, for error messages.</param>
internal readonly record struct VocabularyEntry(string Set, string Argument, string Text, int Line);

/// <summary>
/// Reads the format shared by the embedded vocabulary files (<c>Vocabulary/boilerplate.txt</c>,
/// <c>Metadata/metadata.txt</c>): a line "@SET ARG" opens a group, every following non-blank,
/// non-comment ("#") line is one entry of it.
/// </summary>
internal static class VocabularyFile
{
    /// <summary>The text of a data file embedded in the library.</summary>
    /// <exception cref="InvalidOperationException">The library has no such resource.</exception>
    public static string ReadResource(string resourceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{resourceName}' not found.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Adds an entry "Name value" of a <c>@number</c> group to <paramref name="numbers"/>.</summary>
    /// <exception cref="FormatException">The entry is not a name and a number, or the name is given twice.</exception>
    public static void AddNumber(Dictionary<string, double> numbers, in VocabularyEntry entry, string fileName)
    {
        var parts = entry.Text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !numbers.TryAdd(parts[0], value))
        {
            throw new FormatException($"{fileName}:{entry.Line}: expected a new 'Name number': '{entry.Text}'.");
        }
    }

    /// <summary>The entries of <paramref name="source"/> in file order.</summary>
    /// <param name="source">The file's text.</param>
    /// <param name="fileName">The file's name, for error messages.</param>
    /// <exception cref="FormatException">A group line lacks its argument, or an entry stands before any group.</exception>
    public static List<VocabularyEntry> Read(string source, string fileName)
    {
        var entries = new List<VocabularyEntry>();
        string? set = null;
        string? argument = null;
        var lineNumber = 0;
        foreach (var rawLine in source.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '@')
            {
                var parts = line[1..].Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (parts.Length != 2)
                {
                    throw new FormatException($"{fileName}:{lineNumber}: a group needs a set and an argument: '{line}'.");
                }

                (set, argument) = (parts[0], parts[1]);
                continue;
            }

            if (set is null || argument is null)
            {
                throw new FormatException($"{fileName}:{lineNumber}: an entry before any group.");
            }

            entries.Add(new VocabularyEntry(set, argument, line, lineNumber));
        }

        return entries;
    }
}
