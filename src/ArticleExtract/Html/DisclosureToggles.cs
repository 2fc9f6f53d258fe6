using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ArticleExtract.Html;

/// <summary>
/// Stage 3, for the profiles with "toggles yes" (a service page, whose FAQ and feature sections
/// open at a click): the button that opens such a section (aria-expanded or aria-controls) holds
/// its heading, the question an FAQ answers. Preparation drops every other button (a control,
/// not content); a toggle with a few words stays, as a block of text.
/// </summary>
internal static class DisclosureToggles
{
    /// <summary>A toggle with fewer words than this is a control ("Menu", "Show more"), not a heading.</summary>
    private static readonly int MinToggleWords = HtmlRules.Shared.Integer("MinToggleWords");

    /// <summary>A button that opens a section (aria-expanded or aria-controls) and holds at least <see cref="MinToggleWords"/> words.</summary>
    public static bool IsToggle(Element element) =>
        element.LocalName == "button"
        && (element.HasAttribute("aria-expanded") || element.HasAttribute("aria-controls"))
        && HasWords(element.TextContent, MinToggleWords);

    /// <summary>
    /// Each toggle left in the prepared body becomes a &lt;div&gt; holding its children: the output
    /// drops a button's text as a control's. The document is this call's own; the elements'
    /// list keeps its positions (the div takes the button's place).
    /// </summary>
    public static void Unwrap(IHtmlDocument document, TreeOrder prepared)
    {
        for (var i = 0; i < prepared.Count; i++)
        {
            if (prepared[i] is { LocalName: "button" } element && ((IElement)element).Parent is { } parent)
            {
                var button = (IElement)element;
                var block = (Element)document.CreateElement("div");
                while (button.FirstChild is { } child)
                {
                    block.AppendChild(child);
                }

                parent.ReplaceChild(block, button);
                prepared.Elements[i] = block;
            }
        }
    }

    private static bool HasWords(string text, int count)
    {
        var words = 0;
        foreach (var range in text.AsSpan().SplitAny(" \t\r\n"))
        {
            if (range.End.Value > range.Start.Value && ++words >= count)
            {
                return true;
            }
        }

        return false;
    }
}
