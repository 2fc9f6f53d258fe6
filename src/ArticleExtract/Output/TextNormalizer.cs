using System.Buffers;
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
    private static readonly SearchValues<char> Invisible = SearchValues.Create("\0\u00AD\u200B\u2060\uFEFF");

    /// <summary>Everything that is not a plain, visible, non-space character needing no work.</summary>
    private static readonly SearchValues<char> NeedsWork = SearchValues.Create(
        "\0\u00AD\u200B\u2060\uFEFF\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    /// <summary>Collapses every run of whitespace to one space, drops invisible characters, trims, and applies NFC.</summary>
    public static string CollapseWhitespace(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        AppendCollapsed(builder, text, pendingSpace: false);
        return Finish(builder);
    }

    /// <summary>
    /// Appends text with whitespace collapsed and invisible characters dropped. A space is not
    /// written at the start of the builder or after another space.
    /// </summary>
    public static void AppendCollapsed(StringBuilder builder, ReadOnlySpan<char> text, bool pendingSpace)
    {
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAny(NeedsWork);
            var plain = next < 0 ? text : text[..next];
            if (!plain.IsEmpty)
            {
                if (pendingSpace && builder.Length > 0 && builder[^1] != ' ' && builder[^1] != '\n')
                {
                    builder.Append(' ');
                }

                builder.Append(plain);
                pendingSpace = false;
            }

            if (next < 0)
            {
                return;
            }

            if (!Invisible.Contains(text[next]))
            {
                pendingSpace = true;
            }

            text = text[(next + 1)..];
        }

        if (pendingSpace && builder.Length > 0 && builder[^1] != ' ' && builder[^1] != '\n')
        {
            builder.Append(' ');
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

    /// <summary>Counts words: runs of letters, digits and connecting marks, as <c>\w+</c> does.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }

        return count;
    }
}
