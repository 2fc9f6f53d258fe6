using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;

namespace ArticleExtract.Vocabulary;

/// <summary>
/// The boilerplate vocabulary (<c>Vocabulary/boilerplate.txt</c>, embedded), read once and
/// frozen: phrases, labels, placeholders, class/id tokens and stopwords. Immutable and shared.
/// </summary>
internal sealed class BoilerplateVocabulary
{
    private const string ResourceName = "ArticleExtract.Vocabulary.boilerplate.txt";

    private BoilerplateVocabulary(
        FrozenDictionary<string, BoilerplateKind> phrases,
        FrozenDictionary<string, BoilerplateKind> labels,
        FrozenDictionary<string, BoilerplateKind> placeholders,
        FrozenDictionary<string, BoilerplateKind> tokens,
        FrozenDictionary<string, FrozenSet<string>> stopwords)
    {
        Phrases = phrases;
        Labels = labels;
        Placeholders = placeholders;
        Tokens = tokens;
        Stopwords = stopwords;
        (StopwordLanguages, StopwordLanguageMasks) = LanguageMasksOf(stopwords);
    }

    /// <summary>The vocabulary shipped with the library.</summary>
    public static BoilerplateVocabulary Shared { get; } = Load();

    /// <summary>Whole-block phrases, normalised (see <see cref="Normalize"/>), with their kind.</summary>
    public FrozenDictionary<string, BoilerplateKind> Phrases { get; }

    /// <summary>Labels that are boilerplate when they stand without a value, normalised.</summary>
    public FrozenDictionary<string, BoilerplateKind> Labels { get; }

    /// <summary>Placeholder texts left by scripts and lazy loaders, normalised.</summary>
    public FrozenDictionary<string, BoilerplateKind> Placeholders { get; }

    /// <summary>Class and id tokens of boilerplate containers, lower case.</summary>
    public FrozenDictionary<string, BoilerplateKind> Tokens { get; }

    /// <summary>Stopwords by language code, lower case.</summary>
    public FrozenDictionary<string, FrozenSet<string>> Stopwords { get; }

    /// <summary>
    /// The languages of <see cref="Stopwords"/>, in the order the dictionary enumerates them: bit
    /// <c>i</c> of a <see cref="StopwordLanguageMasks"/> value stands for the <c>i</c>-th.
    /// </summary>
    public ImmutableArray<string> StopwordLanguages { get; }

    /// <summary>
    /// Every stopword of any language, with the languages whose list holds it as a bit mask: one
    /// lookup per word tells all its languages (instead of one lookup per language).
    /// </summary>
    public FrozenDictionary<string, uint> StopwordLanguageMasks { get; }

    /// <summary>A language mask has one bit per language.</summary>
    internal const int MaxStopwordLanguages = 32;

    /// <summary>
    /// The form entries are compared in: lower case, whitespace collapsed, and leading and trailing
    /// punctuation, dashes, colons and bullets trimmed ("- Advertisement -" → "advertisement").
    /// </summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        // A key is never longer than its text.
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..WriteKey(text, buffer)]);
    }

    /// <summary>
    /// Writes <paramref name="text"/> in the normal form of <see cref="Normalize"/> into
    /// <paramref name="destination"/>, without a string: returns the length written, or -1 when the
    /// key is longer than the destination (never when the destination is as long as the text).
    /// </summary>
    public static int WriteKey(ReadOnlySpan<char> text, Span<char> destination)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsTrimmable(text[start]))
        {
            start++;
        }

        while (end > start && IsTrimmable(text[end - 1]))
        {
            end--;
        }

        // Long runs of ASCII are lowered by vector instructions; everything else a character at a time.
        // The length and whether the last character written was a space are locals (not passed by
        // reference), so that the loop keeps them in registers.
        var rest = text[start..end];
        var length = 0;
        var lastWasSpace = false;
        while (!rest.IsEmpty)
        {
            var asciiRun = rest.IndexOfAnyExceptInRange('\0', MaxAscii);
            asciiRun = asciiRun < 0 ? rest.Length : asciiRun;
            if (asciiRun >= MinVectorRun && CanWriteAsciiRun(rest[..asciiRun], destination.Length - length, lastWasSpace))
            {
                var target = destination.Slice(length, asciiRun);
                System.Text.Ascii.ToLower(rest[..asciiRun], target, out _);
                length += asciiRun;
                lastWasSpace = target[^1] == ' ';
                rest = rest[asciiRun..];
                asciiRun = 0;
            }

            // The ASCII run when it was short or had whitespace to collapse, then the non-ASCII
            // characters after it: whitespace as one space (none after a space), anything else lowered.
            var i = 0;
            while (i < rest.Length && (i < asciiRun || rest[i] > MaxAscii))
            {
                var c = rest[i++];
                var collapsed = Text.WhiteSpace.Is(c);
                if (collapsed && lastWasSpace)
                {
                    continue;
                }

                if (length == destination.Length)
                {
                    return -1;
                }

                destination[length++] = collapsed ? ' ' : Text.LowerCase.Of(c);
                lastWasSpace = collapsed;
            }

            rest = rest[i..];
        }

        return length;
    }

    /// <summary>The last ASCII character.</summary>
    private const char MaxAscii = '\u007F';

    /// <summary>An ASCII run shorter than this is lowered faster a character at a time than by a call into the vector code.</summary>
    private const int MinVectorRun = 16;

    /// <summary>The first ASCII whitespace other than the space (<see cref="char.IsWhiteSpace(char)"/> of an ASCII character is the space and the range from tab to carriage return).</summary>
    private const char FirstControlWhiteSpace = '\t';

    /// <summary>The last ASCII whitespace other than the space.</summary>
    private const char LastControlWhiteSpace = '\r';

    /// <summary>
    /// A run of ASCII characters can be written lowered in one piece (<see cref="System.Text.Ascii.ToLower(ReadOnlySpan{char}, Span{char}, out int)"/>):
    /// it has no whitespace to collapse (no control whitespace, no two spaces in a row, no space
    /// after a space) and fits in the <paramref name="room"/> left.
    /// </summary>
    private static bool CanWriteAsciiRun(ReadOnlySpan<char> run, int room, bool lastWasSpace) =>
        room >= run.Length
        && !(lastWasSpace && run[0] == ' ')
        && run.IndexOfAnyInRange(FirstControlWhiteSpace, LastControlWhiteSpace) < 0
        && !run.Contains("  ", StringComparison.Ordinal);

    private static (ImmutableArray<string> Languages, FrozenDictionary<string, uint> Masks) LanguageMasksOf(FrozenDictionary<string, FrozenSet<string>> stopwords)
    {
        if (stopwords.Count > MaxStopwordLanguages)
        {
            throw new FormatException($"boilerplate.txt: at most {MaxStopwordLanguages} stopword languages, not {stopwords.Count}.");
        }

        var languages = ImmutableArray.CreateBuilder<string>(stopwords.Count);
        var masks = new Dictionary<string, uint>(StringComparer.Ordinal);
        foreach (var (language, words) in stopwords)
        {
            var bit = 1u << languages.Count;
            languages.Add(language);
            foreach (var word in words)
            {
                masks[word] = masks.GetValueOrDefault(word) | bit;
            }
        }

        return (languages.MoveToImmutable(), masks.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Trimmed from both ends of a key: whitespace, dashes, colons, bars, bullets, dots, brackets.</summary>
    internal static bool IsTrimmable(char c) =>
        char.IsWhiteSpace(c) || c is '-' or '–' or '—' or ':' or '|' or '•' or '·' or '*' or '>' or '»' or '«' or '.' or '…' or '(' or ')' or '[' or ']';

    private static BoilerplateVocabulary Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Parses the vocabulary format (see the head of <c>boilerplate.txt</c>).</summary>
    internal static BoilerplateVocabulary Parse(string source)
    {
        var kinded = new Dictionary<string, Dictionary<string, BoilerplateKind>>(StringComparer.Ordinal)
        {
            ["phrase"] = new(StringComparer.Ordinal),
            ["label"] = new(StringComparer.Ordinal),
            ["placeholder"] = new(StringComparer.Ordinal),
            ["token"] = new(StringComparer.Ordinal),
        };
        var stopwords = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (set, argument, line, lineNumber) in VocabularyFile.Read(source, "boilerplate.txt"))
        {
            if (set == "stopwords")
            {
                if (!stopwords.TryGetValue(argument, out var words))
                {
                    stopwords[argument] = words = new HashSet<string>(StringComparer.Ordinal);
                }

                words.Add(line.ToLowerInvariant());
                continue;
            }

            if (!kinded.TryGetValue(set, out var group))
            {
                throw new FormatException($"boilerplate.txt:{lineNumber}: unknown set '{set}'.");
            }

            if (!Enum.TryParse<BoilerplateKind>(argument, out var kind))
            {
                throw new FormatException($"boilerplate.txt:{lineNumber}: unknown kind '{argument}'.");
            }

            var key = set == "token" ? line.ToLowerInvariant() : Normalize(line);
            group.TryAdd(key, kind);
        }

        return new BoilerplateVocabulary(
            kinded["phrase"].ToFrozenDictionary(StringComparer.Ordinal),
            kinded["label"].ToFrozenDictionary(StringComparer.Ordinal),
            kinded["placeholder"].ToFrozenDictionary(StringComparer.Ordinal),
            kinded["token"].ToFrozenDictionary(StringComparer.Ordinal),
            stopwords.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal));
    }
}
