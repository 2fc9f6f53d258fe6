using AngleSharp.Dom;
using ArticleExtract.Html;

namespace ArticleExtract.Metadata;

/// <summary>
/// An element's class and id as the token rules match them: one lower-case string "class id"
/// (the constant " " when it has neither), written into a buffer reused along a walk instead of a
/// new string per element. Per walk; never shared.
/// </summary>
internal sealed class MatchText
{
    /// <summary>The first buffer's size; most class and id strings fit.</summary>
    private const int InitialLength = 256;

    private char[] _buffer = new char[InitialLength];

    /// <summary>
    /// The lower-cased "class id" of the attributes; valid until the next call. Each part is
    /// lower-cased as <see cref="string.ToLowerInvariant()"/> would lower-case the joined string
    /// (the space between them keeps a code point from spanning the two).
    /// </summary>
    public ReadOnlySpan<char> Of(in MarkupAttributes attributes)
    {
        var className = attributes.Class ?? "";
        var id = attributes.Id ?? "";
        if (className.Length == 0 && id.Length == 0)
        {
            return " ";
        }

        var length = className.Length + 1 + id.Length;
        if (_buffer.Length < length)
        {
            _buffer = new char[Math.Max(length, _buffer.Length * 2)];
        }

        var text = _buffer.AsSpan(0, length);
        className.AsSpan().ToLowerInvariant(text);
        text[className.Length] = ' ';
        id.AsSpan().ToLowerInvariant(text[(className.Length + 1)..]);
        return text;
    }
}
