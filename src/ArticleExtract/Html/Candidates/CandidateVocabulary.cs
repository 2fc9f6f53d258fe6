using System.Collections.Frozen;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Html.Candidates;

/// <summary>
/// The rules of the body candidates and their arbiter (<c>Html/Candidates/candidates.txt</c>,
/// embedded), read once and frozen: the id prefixes of streamed segments and the arbiter's
/// thresholds. Immutable and shared.
/// </summary>
internal sealed class CandidateVocabulary
{
    private const string ResourceName = "ArticleExtract.Html.Candidates.candidates.txt";

    private CandidateVocabulary(string[] segmentIdPrefixes, string[] placeholderIdPrefixes, FrozenDictionary<string, double> numbers)
    {
        SegmentIdPrefixes = segmentIdPrefixes;
        PlaceholderIdPrefixes = placeholderIdPrefixes;
        _numbers = numbers;
    }

    private readonly FrozenDictionary<string, double> _numbers;

    /// <summary>The vocabulary shipped with the library.</summary>
    public static CandidateVocabulary Shared { get; } = Load();

    /// <summary>Id prefixes of segments a streaming server sends hidden and a script moves into place.</summary>
    public string[] SegmentIdPrefixes { get; }

    /// <summary>
    /// Id prefixes of the placeholders those segments take the place of, in the order of
    /// <see cref="SegmentIdPrefixes"/>: the segment numbered n goes to the placeholder numbered n
    /// when no script names the pair.
    /// </summary>
    public string[] PlaceholderIdPrefixes { get; }

    /// <summary>A threshold of the arbiter by its name.</summary>
    /// <exception cref="KeyNotFoundException">The data file has no such number.</exception>
    public double Number(string name) =>
        _numbers.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"candidates.txt has no number '{name}'.");

    /// <summary>Whether an id names a streamed segment (its prefix followed by a number).</summary>
    public bool IsSegmentId(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        foreach (var prefix in SegmentIdPrefixes)
        {
            if (id.Length > prefix.Length && id.StartsWith(prefix, StringComparison.Ordinal) && IsDigits(id.AsSpan(prefix.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The id of the placeholder a segment goes to by its number, or <c>null</c> when the id names no segment or its prefix has no placeholder.</summary>
    public string? PlaceholderIdOf(string segmentId)
    {
        for (var i = 0; i < SegmentIdPrefixes.Length && i < PlaceholderIdPrefixes.Length; i++)
        {
            var prefix = SegmentIdPrefixes[i];
            if (segmentId.Length > prefix.Length && segmentId.StartsWith(prefix, StringComparison.Ordinal) && IsDigits(segmentId.AsSpan(prefix.Length)))
            {
                return string.Concat(PlaceholderIdPrefixes[i], segmentId.AsSpan(prefix.Length));
            }
        }

        return null;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static CandidateVocabulary Load() => Parse(VocabularyFile.ReadResource(ResourceName));

    /// <summary>Reads the data file's text.</summary>
    /// <exception cref="FormatException">An unknown set, a malformed number or a number named twice.</exception>
    internal static CandidateVocabulary Parse(string source)
    {
        var prefixes = new List<string>();
        var placeholders = new List<string>();
        var numbers = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entry in VocabularyFile.Read(source, "candidates.txt"))
        {
            switch (entry.Set)
            {
                case "segment-id":
                    prefixes.Add(entry.Text);
                    break;
                case "placeholder-id":
                    placeholders.Add(entry.Text);
                    break;
                case "number":
                    VocabularyFile.AddNumber(numbers, entry, "candidates.txt");
                    break;
                default:
                    throw new FormatException($"candidates.txt:{entry.Line}: unknown set '{entry.Set}'.");
            }
        }

        return new CandidateVocabulary([.. prefixes], [.. placeholders], numbers.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
