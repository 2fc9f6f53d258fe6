using AngleSharp.Dom;

namespace ArticleExtract.Html;

/// <summary>
/// Stage 3's exception to dropping hidden elements: a hidden element that holds most of the
/// page's text is the page itself, which its script shows once loaded (a fade-in wrapper at
/// visibility:hidden, a shop's content held at display:none until a check passes, results
/// rendered hidden and moved into place). Dropping it would leave only the page's frame.
/// Per call: the body's text is measured once, and only when a hidden element is long enough
/// to matter.
/// </summary>
internal sealed class ShownPage(Element body)
{
    /// <summary>A hidden element with less text than this is never the page (a menu, a dialog, a tooltip).</summary>
    private static readonly int MinPageLength = HtmlRules.Shared.Integer("MinHiddenPageLength");

    /// <summary>A hidden element holding at least this share of the body's text is the page.</summary>
    private static readonly double MinPageShare = HtmlRules.Shared.Number("MinHiddenPageShare");

    private int _bodyLength = -1;

    /// <summary>
    /// Whether the hidden <paramref name="element"/> is the page: hidden from sight (by style or
    /// the hidden attribute: aria-hidden hides a page behind a dialog that shows its own text, a
    /// screen-reader class marks text never shown), with at least MinHiddenPageLength characters
    /// of text, and at least MinHiddenPageShare of the body's.
    /// </summary>
    public bool IsPage(Element element)
    {
        if (!IsHiddenFromSight(element))
        {
            return false;
        }

        var length = TextLength(element);
        if (length < MinPageLength)
        {
            return false;
        }

        if (_bodyLength < 0)
        {
            _bodyLength = TextLength(body);
        }

        return length >= MinPageShare * _bodyLength;
    }

    /// <summary>Hidden by style or attribute, neither from assistive technology (aria-hidden) nor by a screen-reader-only class.</summary>
    private static bool IsHiddenFromSight(Element element)
    {
        var attributes = MarkupAttributes.Of(element);
        return !string.Equals(attributes.AriaHidden, "true", StringComparison.OrdinalIgnoreCase) && !ElementTraits.IsHiddenClass(attributes.Class);
    }

    /// <summary>The visible characters of the text under an element, leaving out scripts, styles and the other elements that hold no text.</summary>
    private static int TextLength(Element root)
    {
        var text = 0;
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var nodes = stack.Pop().ChildNodes;
            for (var i = 0; i < nodes.Length; i++)
            {
                switch (nodes[i])
                {
                    case Element element when !Output.ElementRoles.NonContent.Contains(element.LocalName):
                        stack.Push(element);
                        break;
                    case ICharacterData data when data.NodeType is NodeType.Text or NodeType.CharacterData:
                        text += NodeStats.MeasureText(data.Data).Length;
                        break;
                }
            }
        }

        return text;
    }
}
