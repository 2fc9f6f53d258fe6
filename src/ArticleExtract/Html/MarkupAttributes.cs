using AngleSharp.Dom;

namespace ArticleExtract.Html;

/// <summary>
/// The attributes that name an element or hide it (class, id, role, rel, itemprop, style,
/// aria-hidden, aria-modal, hidden), taken in one pass over its attribute list: cheaper than a
/// GetAttribute per name (each lower-cases the name and searches the list again), and the
/// boilerplate, hidden-element, byline and lead-paragraph rules look at every element they walk.
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
            // Every attribute of a parsed element is AngleSharp's sealed Attr: its members are called directly, not through IAttr.
            if (attributes[i] is not Attr attribute)
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
