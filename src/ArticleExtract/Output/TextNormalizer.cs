using System.Buffers;
using System.Runtime.Intrinsics;
using System.Text;

namespace ArticleExtract.Output;

/// <summary>
/// Normalises text the way readers see it: Unicode NFC, soft hyphens and invisible zero-width
/// characters removed, every kind of space (no-break space included) as one plain space.
/// </summary>
internal static class TextNormalizer
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

    /// <summary>
    /// The text in Unicode NFC. ICU rejects noncharacters (U+FFFE, U+FFFF) and lone surrogates
    /// with an exception; such text has them replaced by U+FFFD first, as a browser shows them.
    /// </summary>
    public static string ToNfc(string text)
    {
        if (IsKnownNfc(text))
        {
            return text;
        }

        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            var repaired = ReplaceInvalid(text);
            return repaired.IsNormalized(NormalizationForm.FormC) ? repaired : repaired.Normalize(NormalizationForm.FormC);
        }
    }

    /// <summary>Replaces lone surrogates and the noncharacters U+FFFE and U+FFFF with U+FFFD.</summary>
    private static string ReplaceInvalid(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// Whether the text is certainly in NFC without asking ICU: every character is one that NFC
    /// keeps as it is whatever stands around it (Unicode's NFC_Quick_Check=Yes with combining
    /// class 0). ICU's check is a call into native code per string; most text (English,
    /// European languages, common punctuation, CJK) passes here.
    /// </summary>
    public static bool IsKnownNfc(ReadOnlySpan<char> text)
    {
        var chars = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(text);
        var i = 0;
        while (true)
        {
            // Jump over characters below the combining marks (vectorised), then read the stretch of
            // others (Cyrillic or CJK text with its spaces and punctuation) eight characters at a time.
            var next = text[i..].IndexOfAnyExceptInRange('\0', (char)(FirstCombiningMark - 1));
            if (next < 0)
            {
                return true;
            }

            for (i += next; Vector128.IsHardwareAccelerated && i + Vector128<ushort>.Count <= chars.Length; i += Vector128<ushort>.Count)
            {
                var block = Vector128.Create(chars.Slice(i, Vector128<ushort>.Count));
                if (Vector128.LessThanAll(block, Vector128.Create((ushort)FirstCombiningMark)))
                {
                    break; // back among the Latin characters: jump again
                }

                if (!AlwaysNfcLanes(block).Equals(Vector128<ushort>.AllBitsSet))
                {
                    return false;
                }
            }

            if (!Vector128.IsHardwareAccelerated || i + Vector128<ushort>.Count > chars.Length)
            {
                for (; i < text.Length; i++)
                {
                    if (!IsAlwaysNfc(text[i]))
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }

    /// <summary>The lanes of a block that hold a character <see cref="IsAlwaysNfc"/> accepts (all bits set), range by range as it lists them.</summary>
    private static Vector128<ushort> AlwaysNfcLanes(Vector128<ushort> block) =>
        Vector128.LessThan(block, Vector128.Create((ushort)FirstCombiningMark))
        | InRange(block, '\u0400', '\u0482') | InRange(block, '\u048A', '\u052F')
        | InRange(block, '\u2010', '\u2027') | InRange(block, '\u2030', '\u205E') | InRange(block, '\u20A0', '\u20BF')
        | InRange(block, '\u3001', '\u3029') | InRange(block, '\u3041', '\u3096') | InRange(block, '\u30A1', '\u30FF')
        | InRange(block, '\u4E00', '\u9FFF') | InRange(block, '\uAC00', '\uD7A3');

    private static Vector128<ushort> InRange(Vector128<ushort> block, char first, char last) =>
        Vector128.LessThanOrEqual(block - Vector128.Create((ushort)first), Vector128.Create((ushort)(last - first)));

    /// <summary>
    /// A character NFC never changes or composes with a neighbour: below the combining marks;
    /// Cyrillic letters (not its combining marks U+0483-U+0489); dashes, quotes, bullets and other
    /// general punctuation (not the spaces U+2000-U+200F, which hold singletons, nor the
    /// invisible characters from U+205F); currency signs; CJK punctuation (not its combining
    /// tone marks U+302A-U+302F), kana (not the combining voicing marks U+3099-U+309A), CJK
    /// ideographs and Hangul syllables.
    /// </summary>
    public static bool IsAlwaysNfc(char c) => c switch
    {
        < FirstCombiningMark => true,
        >= '\u0400' and <= '\u0482' or >= '\u048A' and <= '\u052F' => true,
        >= '\u2010' and <= '\u2027' or >= '\u2030' and <= '\u205E' or >= '\u20A0' and <= '\u20BF' => true,
        >= '\u3001' and <= '\u3029' or >= '\u3041' and <= '\u3096' or >= '\u30A1' and <= '\u30FF' => true,
        >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7A3' => true,
        _ => false,
    };

    /// <summary>Counts words: runs of letters, digits and connecting marks, as <c>\w+</c> does.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        var chars = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(text);
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            // Eight characters at a time: a bit per word character, and a word begins at each bit whose left neighbour is clear.
            for (; i + AsciiWordMask.Width <= chars.Length; i += AsciiWordMask.Width)
            {
                var block = Vector128.Create(chars.Slice(i, AsciiWordMask.Width));
                if (!AsciiWordMask.TryGet(block, out var word))
                {
                    CountWordsOneByOne(text.Slice(i, AsciiWordMask.Width), ref count, ref inWord);
                    continue;
                }

                var previous = (word << 1) | (inWord ? 1u : 0u);
                count += System.Numerics.BitOperations.PopCount(word & ~previous);
                inWord = (word & AsciiWordMask.LastBit) != 0;
            }
        }

        CountWordsOneByOne(text[i..], ref count, ref inWord);
        return count;
    }

    /// <summary>Counts the words that begin in <paramref name="text"/>, a character at a time, going on from <paramref name="inWord"/>.</summary>
    private static void CountWordsOneByOne(ReadOnlySpan<char> text, ref int count, ref bool inWord)
    {
        foreach (var c in text)
        {
            var isWordChar = IsWordCharacter(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }
    }

    /// <summary>A character of a word as <c>\w</c> matches it: a letter, a digit, the underscore or a combining mark.</summary>
    private static bool IsWordCharacter(char c) =>
        char.IsAscii(c)
            ? char.IsAsciiLetterOrDigit(c) || c == '_'
            : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>The word characters of eight ASCII characters as the bits of a mask (bit <c>i</c> for character <c>i</c>).</summary>
    private static class AsciiWordMask
    {
        /// <summary>The characters looked at together.</summary>
        public const int Width = 8;

        /// <summary>The bit of the last of them.</summary>
        public const uint LastBit = 1u << (Width - 1);

        /// <summary>False when one of the characters is not ASCII (it is then counted a character at a time).</summary>
        public static bool TryGet(Vector128<ushort> block, out uint mask)
        {
            mask = 0;
            if (Vector128.GreaterThanAny(block, Vector128.Create((ushort)0x7F)))
            {
                return false;
            }

            // Unsigned differences: a character below the range wraps round to a large number.
            var letter = Vector128.LessThan(
                (block | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'),
                Vector128.Create((ushort)26));
            var digit = Vector128.LessThan(
                block - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
            var underscore = Vector128.Equals(block, Vector128.Create((ushort)'_'));
            mask = (letter | digit | underscore).ExtractMostSignificantBits();
            return true;
        }
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
