using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ArticleExtract.Input;

/// <summary>
/// A frame inside a &lt;noscript&gt; that swallowed the rest of the page. We parse with scripting
/// off, so a noscript's content is markup; an &lt;iframe&gt; there (a tag manager's fallback, often
/// written self-closing, <c>&lt;iframe src=".." /&gt;</c>, which HTML does not close) then reads
/// everything up to a <c>&lt;/iframe&gt;</c> that never comes as its raw text. A browser runs
/// scripts, reads the noscript itself as raw text and shows the page.
/// </summary>
internal static class NoscriptFrames
{
    /// <summary>
    /// True when the document's last element is a frame inside a noscript: an unclosed frame ends
    /// the tree, since all that follows it is its raw text. (A closed one that happens to end the
    /// page is parsed again for nothing: the second parse shows the same content.)
    /// </summary>
    public static bool SwallowedTheRest(IHtmlDocument document)
    {
        var last = document.DocumentElement;
        while (last?.LastElementChild is { } child)
        {
            last = child;
        }

        return last is { LocalName: "iframe" } && InNoscript(last);
    }

    /// <summary>
    /// Empties every noscript of a document parsed with scripting on: its content is the raw text
    /// of its markup, which a browser with scripts does not show.
    /// </summary>
    public static void EmptyNoscripts(IHtmlDocument document)
    {
        foreach (var noscript in document.GetElementsByTagName("noscript"))
        {
            noscript.TextContent = string.Empty;
        }
    }

    private static bool InNoscript(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName == "noscript")
            {
                return true;
            }
        }

        return false;
    }
}
