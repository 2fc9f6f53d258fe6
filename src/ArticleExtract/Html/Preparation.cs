using System.Collections.Frozen;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ArticleExtract.Html;

/// <summary>
/// Stage 3: a private copy of the body (the caller's document is never touched) without the
/// elements that never hold article text (scripts, styles, embeds, form controls) and without
/// hidden elements (hidden, aria-hidden, display:none, screen-reader-only classes).
/// </summary>
internal static class Preparation
{
    /// <summary>Elements that never carry running article text.</summary>
    private static readonly FrozenSet<string> NonContentElements = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "select",
        "textarea", "input", "button", "audio", "video", "source", "track", "map", "link", "meta", "title", "frame",
        "frameset", "applet", "dialog", "head", "option", "optgroup", "datalist", "progress", "meter", "output");

    /// <summary>
    /// Returns the prepared copy of the body, or <c>null</c> when the page has none. Only what is
    /// kept is copied: a subtree with nothing to drop is cloned whole (AngleSharp's deep clone
    /// links children without the checks of an insertion), and only the elements on the way to
    /// a dropped one are copied one by one; nothing is removed afterwards.
    /// </summary>
    public static IElement? Prepare(IHtmlDocument document)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        var onPathToDropped = ElementsAboveDropped(body);
        if (onPathToDropped.Count == 0)
        {
            return (IElement)body.Clone(deep: true);
        }

        var copy = (IElement)body.Clone(deep: false);
        var stack = new Stack<(IElement Source, IElement Target)>();
        stack.Push((body, copy));
        while (stack.Count > 0)
        {
            var (source, target) = stack.Pop();
            var nodes = source.ChildNodes;
            for (var i = 0; i < nodes.Length; i++)
            {
                var node = nodes[i];
                if (node is not IElement element)
                {
                    target.AppendChild(node.Clone(deep: false));
                }
                else if (onPathToDropped.Contains(element))
                {
                    var shallow = (IElement)element.Clone(deep: false);
                    target.AppendChild(shallow);
                    stack.Push((element, shallow));
                }
                else if (!IsDropped(element))
                {
                    target.AppendChild(element.Clone(deep: true));
                }
            }
        }

        return copy;
    }

    /// <summary>Dropped: holds no article text, or is hidden.</summary>
    private static bool IsDropped(IElement element) => IsNonContent(element) || IsHidden(element);

    /// <summary>The kept elements (the body included) that have a dropped element below them.</summary>
    private static HashSet<IElement> ElementsAboveDropped(IElement body)
    {
        var above = new HashSet<IElement>();
        var stack = new Stack<IElement>();
        Children.PushReversed(body, stack);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (!IsDropped(element))
            {
                Children.PushReversed(element, stack);
                continue;
            }

            // Mark the ancestors up to the first already marked (each is marked once).
            for (var parent = element.ParentElement; parent is not null && above.Add(parent) && parent != body; parent = parent.ParentElement)
            {
            }
        }

        return above;
    }

    private static bool IsNonContent(IElement element) => NonContentElements.Contains(element.LocalName);

    /// <summary>Hidden by attribute, by inline style, or by a screen-reader-only class.</summary>
    internal static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (element.GetAttribute("style") is { Length: > 0 } style && HidesByStyle(style))
        {
            return true;
        }

        return ElementTraits.HasHiddenClass(element);
    }

    /// <summary>An inline style with display:none or visibility:hidden.</summary>
    private static bool HidesByStyle(string style)
    {
        Span<char> compact = style.Length <= 512 ? stackalloc char[style.Length] : new char[style.Length];
        var length = 0;
        foreach (var c in style)
        {
            if (!char.IsWhiteSpace(c))
            {
                compact[length++] = char.ToLowerInvariant(c);
            }
        }

        var text = compact[..length];
        return text.Contains("display:none", StringComparison.Ordinal) || text.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}
