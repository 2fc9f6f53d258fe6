using AngleSharp.Dom;

namespace ArticleExtract.Output;

/// <summary>Text from the page made safe to keep: without the control characters HTML does not allow; attribute text collapsed.</summary>
internal static class CleanText
{
    /// <summary>The last C1 control character (U+009F): no control character HTML disallows comes after it.</summary>
    private const int LastC1Control = 0x9F;

    /// <summary>The control characters HTML does not allow in text (C0 but tab and line breaks, DEL, C1); see <see cref="IsDisallowedControl"/>.</summary>
    private static readonly System.Buffers.SearchValues<char> DisallowedControls = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, LastC1Control + 1).Select(code => (char)code).Where(IsDisallowedControl).ToArray());

    /// <summary>
    /// Text with each control character HTML does not allow (tabs and line breaks are kept) as a
    /// space: it is not text, but it separates what stands either side of it (mis-decoded
    /// punctuation, "you\u0080\u0099re", is two words, as it reads in the page's text).
    /// </summary>
    public static string WithoutControlCharacters(string text)
    {
        var clean = true;
        foreach (var c in text)
        {
            if (IsDisallowedControl(c))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return text.Replace('\u00A0', ' ');
        }

        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c == '\u00A0' || IsDisallowedControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    public static bool HasDisallowedControl(string text) => text.AsSpan().IndexOfAny(DisallowedControls) >= 0;

    public static bool IsDisallowedControl(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F';

    public static string? AttributeText(IElement element, string name)
    {
        var value = element.GetAttribute(name);
        if (value is null)
        {
            return null;
        }

        var text = TextNormalizer.CollapseWhitespace(WithoutControlCharacters(value));
        return text.Length == 0 ? null : text;
    }
}
