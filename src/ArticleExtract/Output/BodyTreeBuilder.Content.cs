using AngleSharp.Dom;
using static ArticleExtract.Output.BodyTreeEdits;
using static ArticleExtract.Output.CleanText;
using static ArticleExtract.Output.ElementWalk;

namespace ArticleExtract.Output;

/// <summary>The builder's steps for content: text, line breaks, images and the images of &lt;noscript&gt; fallbacks.</summary>
internal sealed partial class BodyTreeBuilder
{
    /// <summary>Images whose declared width and height are both at most this are tracking pixels, not content.</summary>
    private const int TrackingPixelSize = 1;

    private void AddText(string data)
    {
        if (data.Length == 0)
        {
            return;
        }

        if (_preDepth > 0)
        {
            if (_inline is not null)
            {
                var raw = WithoutControlCharacters(data);
                AppendText(_inline, raw);
                _atLineStart = raw.EndsWith('\n');
            }

            return;
        }

        // The common case, text already in NFC without control characters, is collapsed straight
        // into the tree; other text is cleaned and normalised as a string of its own first.
        var direct = !HasDisallowedControl(data) && TextNormalizer.IsKnownNfc(data);
        var collapsed = direct ? null : TextNormalizer.CollapseWhitespace(WithoutControlCharacters(data));
        if (direct ? !TextNormalizer.HasVisibleText(data) : collapsed!.Length == 0)
        {
            _pendingSpace |= IsSpace(data[0]) || IsSpace(data[^1]);
            return;
        }

        var target = InlineTarget();
        if ((_pendingSpace || IsSpace(data[0])) && !_atLineStart)
        {
            AppendSpace(target);
        }

        if (collapsed is null)
        {
            TextNormalizer.AppendCollapsedTrimmed(LastTextOf(target, data.Length), data);
        }
        else
        {
            AppendText(target, collapsed);
        }

        _atLineStart = false;
        _pendingSpace = IsSpace(data[^1]);
    }

    private void AddBreak()
    {
        if (_inline is null && _paragraph is null)
        {
            return;
        }

        if (_atLineStart)
        {
            if (IsSecondBreakInLooseText())
            {
                _paragraph!.RemoveLast();
                _paragraph = null;
            }

            return;
        }

        OutermostEmptyInline(_inline ?? _paragraph!, out var parent, out var index);
        parent.Insert(index, BodyNode.Element("br"));
        _atLineStart = true;
        _pendingSpace = false;
    }

    /// <summary>
    /// Whether a line break follows another in loose text (not inside a &lt;p&gt;): pages written
    /// before paragraphs were marked up separate them with a blank line, so this ends a paragraph.
    /// </summary>
    private bool IsSecondBreakInLooseText() =>
        _inline is null && _paragraph is { Implicit: true } paragraph && paragraph.Children.Count > 0 && paragraph.Children[^1].Name == "br";

    private void AddImage(IElement element, bool fromNoscript)
    {
        var src = IsTrackingPixel(element) ? null : ImageSource.Resolve(element, _baseUri);
        if (src is null || _preDepth > 0 || !_imageSources.Add(src))
        {
            return;
        }

        var node = BodyNode.Element("img");
        if (!fromNoscript)
        {
            _images[element] = node;
        }

        node.Src = src;
        node.Alt = AttributeText(element, "alt");
        node.Title = AttributeText(element, "title");
        if (_inline is null && _paragraph is null && _flow.Name == "figure")
        {
            _flow.Add(node);
            return;
        }

        var target = InlineTarget();
        if (_pendingSpace && !_atLineStart)
        {
            AppendSpace(target);
        }

        target.Add(node);
        _atLineStart = false;
        _pendingSpace = false;
    }

    /// <summary>
    /// A &lt;noscript&gt; is read only for the images it holds: the fallback of a lazy image whose
    /// real source is only set by script. When it follows an image that was written, it gives that
    /// image its source (unless the image named its real source in a lazy-loading attribute);
    /// otherwise its images are written where it stands.
    /// </summary>
    private void AddNoscriptImages(IElement noscript)
    {
        if (noscript.PreviousElementSibling is { LocalName: "img" } previous && _images.TryGetValue(previous, out var written) && written is not null)
        {
            if (!ImageSource.IsLazy(previous) && FirstImage(noscript) is { } fallbackImage
                && ImageSource.Resolve(fallbackImage, _baseUri) is { } fallback && _imageSources.Add(fallback))
            {
                written.Src = fallback;
                written.Alt ??= AttributeText(fallbackImage, "alt");
            }

            return;
        }

        var stack = new Stack<IElement>();
        PushElementChildren(stack, noscript);

        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.LocalName == "img")
            {
                AddImage(element, fromNoscript: true);
                continue;
            }

            if (ElementRoles.Dropped.Contains(element.LocalName))
            {
                continue;
            }

            PushElementChildren(stack, element);
        }
    }

    private static bool IsTrackingPixel(IElement image) =>
        int.TryParse(image.GetAttribute("width"), out var width) && width <= TrackingPixelSize
        && int.TryParse(image.GetAttribute("height"), out var height) && height <= TrackingPixelSize;

    /// <summary>Whether a character separates words: whitespace, or a control character (written as a space, see <see cref="CleanText.WithoutControlCharacters"/>).</summary>
    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || IsDisallowedControl(c);
}
