using AngleSharp.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// The attributes the byline and lead-paragraph rules read, taken in one pass over an element's
/// attribute list: cheaper than a GetAttribute per name (each lower-cases the name and searches
/// the list again), and these rules look at every element they walk.
/// </summary>
/// <remarks>
/// Names are compared as GetAttribute compares them for the parser's lower-case attribute names:
/// ordinally; the first attribute of a name wins.
/// </remarks>
internal struct MarkupAttributes
{
    public string? Class;
    public string? Id;
    public string? Role;
    public string? Rel;
    public string? ItemProp;
    public string? Style;
    public string? AriaHidden;
    public string? AriaModal;
    public bool Hidden;

    /// <summary>Reads the element's attributes once.</summary>
    public static MarkupAttributes Of(IElement element)
    {
        var result = default(MarkupAttributes);
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            if (attributes[i] is not { } attribute)
            {
                continue;
            }

            var value = attribute.Value;
            switch (attribute.Name)
            {
                case "class":
                    result.Class ??= value;
                    break;
                case "id":
                    result.Id ??= value;
                    break;
                case "role":
                    result.Role ??= value;
                    break;
                case "rel":
                    result.Rel ??= value;
                    break;
                case "itemprop":
                    result.ItemProp ??= value;
                    break;
                case "style":
                    result.Style ??= value;
                    break;
                case "aria-hidden":
                    result.AriaHidden ??= value;
                    break;
                case "aria-modal":
                    result.AriaModal ??= value;
                    break;
                case "hidden":
                    result.Hidden = true;
                    break;
            }
        }

        return result;
    }
}

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
