using System.Buffers;
using System.Text;

namespace ArticleExtract.Output;

/// <summary>
/// Normalises text the way readers see it: Unicode NFC, soft hyphens and invisible zero-width
/// characters removed, every kind of space (no-break space included) as one plain space.
/// </summary>
internal static partial class TextNormalizer
{
    /// <summary>
    /// Characters dropped from running text: the soft hyphen (U+00AD), the zero-width space
    /// (U+200B), the word joiner (U+2060), the zero-width no-break space or BOM (U+FEFF), and
    /// NUL, which the parser lets through in CDATA sections.
    /// The zero-width joiner and non-joiner are kept: they are spelling in Persian, Indic
    /// scripts and emoji.
    /// </summary>
    private const string InvisibleCharacters = "\0\u00AD\u200B\u2060\uFEFF";

    /// <summary>The characters <see cref="char.IsWhiteSpace(char)"/> accepts, no-break space among them (a test checks the set).</summary>
    internal const string WhiteSpaceCharacters =
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    private static readonly SearchValues<char> Invisible = SearchValues.Create(InvisibleCharacters);

    /// <summary>Everything that is not a plain, visible, non-space character needing no work.</summary>
    private static readonly SearchValues<char> NeedsWork = SearchValues.Create(InvisibleCharacters + WhiteSpaceCharacters);

    /// <summary>The characters of <see cref="NeedsWork"/> but the plain space, which is common and handled apart.</summary>
    private static readonly SearchValues<char> NeedsWorkButSpace = SearchValues.Create(InvisibleCharacters + WhiteSpaceCharacters.Replace(" ", "", StringComparison.Ordinal));

    /// <summary>Texts up to this length are collapsed in a buffer on the stack (longer ones in a pooled array).</summary>
    private const int StackBufferLength = 256;

    /// <summary>
    /// The first of the combining diacritical marks (U+0300): every character below it has no
    /// canonical decomposition that NFC would apply and never composes with its neighbours.
    /// </summary>
    private const char FirstCombiningMark = '\u0300';

    /// <summary>Collapses every run of whitespace to one space, drops invisible characters, trims, and applies NFC.</summary>
    public static string CollapseWhitespace(ReadOnlySpan<char> text)
    {
        // The collapsed text is never longer than the text: each space written stands for at least one character read.
        char[]? rented = null;
        var buffer = text.Length <= StackBufferLength ? stackalloc char[StackBufferLength] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var length = CollapseInto(text, buffer);
        var collapsed = buffer[..length];
        var result = IsKnownNfc(collapsed) ? new string(collapsed) : ToNfc(new string(collapsed));
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>
    /// As <see cref="CollapseWhitespace(ReadOnlySpan{char})"/>; text that is already collapsed,
    /// trimmed and known to be in NFC (most lines and paragraphs) is returned as it is, not copied.
    /// </summary>
    public static string CollapseWhitespace(string text) =>
        IsCollapsedAndTrimmed(text) && IsKnownNfc(text) ? text : CollapseWhitespace(text.AsSpan());

    /// <summary>Collapsing would leave the text as it is: no space at either end, no two spaces in a row, nothing else that needs work.</summary>
    private static bool IsCollapsedAndTrimmed(ReadOnlySpan<char> text) =>
        text.IsEmpty
        || (text[0] != ' ' && text[^1] != ' ' && text.IndexOfAny(NeedsWorkButSpace) < 0 && !text.Contains("  ", StringComparison.Ordinal));

    /// <summary>Whether the text holds anything but whitespace and invisible characters (whether collapsing it leaves any text).</summary>
    public static bool HasVisibleText(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(NeedsWork) >= 0;

    /// <summary>
    /// Appends the text collapsed and trimmed, as <see cref="CollapseWhitespace(ReadOnlySpan{char})"/>
    /// writes it but without a string of its own; only for text that <see cref="IsKnownNfc"/>
    /// (collapsing such text leaves it in NFC).
    /// </summary>
    public static void AppendCollapsedTrimmed(StringBuilder builder, ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAnyExcept(NeedsWork);
        if (first < 0)
        {
            return;
        }

        var last = text.LastIndexOfAnyExcept(NeedsWork);
        // Starting and ending with a visible character, no space is written at either edge.
        AppendCollapsed(builder, text[first..(last + 1)], pendingSpace: false);
    }

    /// <summary>Writes the text collapsed and trimmed (without NFC) into a buffer at least as long; returns the length written.</summary>
    private static int CollapseInto(ReadOnlySpan<char> text, Span<char> destination)
    {
        var writer = new SpanWriter(destination);
        Collapse(ref writer, text, pendingSpace: false);
        var length = writer.Length;
        while (length > 0 && destination[length - 1] == ' ')
        {
            length--;
        }

        return length;
    }

    /// <summary>
    /// Appends text with whitespace collapsed and invisible characters dropped. A space is not
    /// written at the start of the builder or after another space.
    /// </summary>
    public static void AppendCollapsed(StringBuilder builder, ReadOnlySpan<char> text, bool pendingSpace)
    {
        var writer = new BuilderWriter(builder);
        Collapse(ref writer, text, pendingSpace);
    }

    /// <summary>
    /// Writes text with whitespace collapsed and invisible characters dropped; a pending space is
    /// written before the next visible character, or at the end, where the writer allows one.
    /// Text is searched for the rare characters first (line breaks, tabs, no-break and other
    /// spaces, invisible characters), then each stretch between them for double spaces: text
    /// whose words are separated by one plain space is copied whole, not word by word.
    /// </summary>
    private static void Collapse<TWriter>(ref TWriter writer, ReadOnlySpan<char> text, bool pendingSpace)
        where TWriter : struct, ICollapsedWriter, allows ref struct
    {
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAny(NeedsWorkButSpace);
            CollapseSpaces(ref writer, next < 0 ? text : text[..next], ref pendingSpace);
            if (next < 0)
            {
                break;
            }

            if (!Invisible.Contains(text[next]))
            {
                pendingSpace = true;
            }

            text = text[(next + 1)..];
        }

        if (pendingSpace && writer.CanWriteSpace)
        {
            writer.WriteSpace();
        }
    }

    /// <summary>Writes a stretch of text holding no character that needs work but the plain space, runs of spaces collapsed.</summary>
    private static void CollapseSpaces<TWriter>(ref TWriter writer, ReadOnlySpan<char> text, ref bool pendingSpace)
        where TWriter : struct, ICollapsedWriter, allows ref struct
    {
        while (!text.IsEmpty)
        {
            var start = text.IndexOfAnyExcept(' ');
            if (start < 0)
            {
                pendingSpace = true;
                return;
            }

            pendingSpace |= start > 0;
            text = text[start..];

            // Up to the next double space: words separated by single spaces, written as they are.
            var doubleSpace = text.IndexOf("  ", StringComparison.Ordinal);
            var run = doubleSpace < 0 ? text : text[..doubleSpace];
            var endsWithSpace = run[^1] == ' ';
            if (endsWithSpace)
            {
                run = run[..^1];
            }

            if (pendingSpace && writer.CanWriteSpace)
            {
                writer.WriteSpace();
            }

            writer.Write(run);
            pendingSpace = endsWithSpace;
            if (doubleSpace < 0)
            {
                return;
            }

            text = text[doubleSpace..];
        }
    }

    /// <summary>Trims the builder's trailing spaces and returns its text in NFC.</summary>
    public static string Finish(StringBuilder builder)
    {
        var end = builder.Length;
        while (end > 0 && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        var start = 0;
        while (start < end && char.IsWhiteSpace(builder[start]))
        {
            start++;
        }

        var text = builder.ToString(start, end - start);
        return ToNfc(text);
    }

    /// <summary>Where collapsed text goes: a builder or a buffer.</summary>
    private interface ICollapsedWriter
    {
        /// <summary>Whether a space may be written: there is text before it, and it does not end with a space or a line break.</summary>
        bool CanWriteSpace { get; }

        void Write(ReadOnlySpan<char> text);

        void WriteSpace();
    }

    private readonly struct BuilderWriter(StringBuilder builder) : ICollapsedWriter
    {
        public bool CanWriteSpace => builder.Length > 0 && builder[^1] is not (' ' or '\n');

        public void Write(ReadOnlySpan<char> text) => builder.Append(text);

        public void WriteSpace() => builder.Append(' ');
    }

    private ref struct SpanWriter(Span<char> destination) : ICollapsedWriter
    {
        private readonly Span<char> _destination = destination;

        public int Length { get; private set; }

        public readonly bool CanWriteSpace => Length > 0 && _destination[Length - 1] is not (' ' or '\n');

        public void Write(ReadOnlySpan<char> text)
        {
            text.CopyTo(_destination[Length..]);
            Length += text.Length;
        }

        public void WriteSpace() => _destination[Length++] = ' ';
    }
}
