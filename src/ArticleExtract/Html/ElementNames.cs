using AngleSharp.Dom;

namespace ArticleExtract.Html;

/// <summary>
/// The attributes that name an element (id, class, role, itemprop), read in one pass over its attributes
/// instead of one <c>GetAttribute</c> search each: the boilerplate tests ask for all three of
/// every element. The first attribute of a name wins, as with <c>GetAttribute</c>.
/// </summary>
internal readonly record struct ElementNames(string? Id, string? Class, string? Role, string? ItemProp)
{
    public static ElementNames Of(IElement element)
    {
        string? id = null, @class = null, role = null, itemProp = null;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            if (attributes[i] is not { } attribute)
            {
                continue;
            }

            switch (attribute.Name)
            {
                case "id":
                    id ??= attribute.Value;
                    break;
                case "class":
                    @class ??= attribute.Value;
                    break;
                case "role":
                    role ??= attribute.Value;
                    break;
                case "itemprop":
                    itemProp ??= attribute.Value;
                    break;
            }
        }

        return new ElementNames(id, @class, role, itemProp);
    }
}
