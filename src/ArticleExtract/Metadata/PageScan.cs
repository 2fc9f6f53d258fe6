using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// One pre-order walk of the document that collects, in document order, every element the
/// metadata readers look at: meta tags, JSON-LD scripts, microdata (itemprop) and &lt;time&gt;
/// elements, the canonical link and &lt;base&gt;, the images, the elements that mark the article
/// and the headings. Each reader works from these lists instead of walking the whole document
/// itself (a walk per reader was most of the metadata stage). Per call; never shared.
/// </summary>
/// <remarks>
/// Tags are compared as AngleSharp's GetElementsByTagName and type selectors compare them
/// (ordinal, ignoring case) and attributes as its attribute selectors read them (by exact name;
/// "~=" splits on HTML whitespace and compares tokens ordinally), so the readers see the same
/// elements their former queries found.
/// </remarks>
internal sealed class PageScan
{
    private ParsedJsonLd? _jsonLd;

    private PageScan()
    {
    }

    /// <summary>Disposes the parsed JSON-LD, once its readers are done; a later read parses again.</summary>
    public void ReleaseJsonLd()
    {
        _jsonLd?.Dispose();
        _jsonLd = null;
    }

    /// <summary>The &lt;meta&gt; elements.</summary>
    public List<IElement> Metas { get; } = [];

    /// <summary>The &lt;script&gt; elements of type application/ld+json.</summary>
    public List<IElement> JsonLdScripts { get; } = [];

    /// <summary>
    /// The JSON-LD scripts parsed, once for this scan, on first use: the metadata and the page
    /// features read the same documents. <see cref="ReleaseJsonLd"/> gives their buffers back.
    /// </summary>
    public ParsedJsonLd JsonLdDocuments => _jsonLd ??= ParsedJsonLd.Of(JsonLdScripts);

    /// <summary>The elements with an itemprop attribute (what <c>[itemprop]</c> selects).</summary>
    public List<IElement> ItemPropElements { get; } = [];

    /// <summary>The &lt;time&gt; elements, each with whether it stands inside an &lt;article&gt;.</summary>
    public List<(IElement Time, bool InArticle)> Times { get; } = [];

    /// <summary>The HTML &lt;img&gt; elements (what <c>document.Images</c> holds).</summary>
    public List<IElement> Images { get; } = [];

    /// <summary>The h1 elements.</summary>
    public List<IElement> H1s { get; } = [];

    /// <summary>The h1 and h2 elements (what <c>h1, h2</c> selects).</summary>
    public List<IElement> H1sAndH2s { get; } = [];

    /// <summary>The first <c>link[rel~=canonical][href]</c>, or null.</summary>
    public IElement? CanonicalLink { get; private set; }

    /// <summary>The first <c>base[href]</c>, or null.</summary>
    public IElement? BaseElement { get; private set; }

    /// <summary>The elements marked <c>[itemprop~=articleBody]</c>.</summary>
    public Marked ArticleBodies { get; } = new();

    /// <summary>The &lt;article&gt; elements.</summary>
    public Marked Articles { get; } = new();

    /// <summary>The <c>main, [role=main]</c> elements.</summary>
    public Marked Mains { get; } = new();

    /// <summary>
    /// The document element's elements in document order, as the scan read them (before any
    /// stage changed the document): preparation reads the body's from it instead of walking the body.
    /// </summary>
    public Html.TreeOrder? Elements { get; private set; }

    /// <summary>Walks the document once (iteratively: pages can nest very deep) and collects.</summary>
    public static PageScan Of(IDocument document)
    {
        var scan = new PageScan();
        var nodes = document.ChildNodes;
        for (var index = 0; index < nodes.Length; index++)
        {
            if (nodes[index] is not Element root)
            {
                continue;
            }

            // An element stands inside an <article> until the end of the outermost one's subtree.
            var tree = Html.TreeOrder.Of(root);
            scan.Elements ??= tree;
            var articleEnd = 0;
            for (var i = 0; i < tree.Count; i++)
            {
                if (scan.Collect(tree[i], inArticle: i < articleEnd))
                {
                    articleEnd = Math.Max(articleEnd, tree.End(i));
                }
            }
        }

        return scan;
    }

    /// <summary>Collects the element; true when it is an &lt;article&gt;.</summary>
    private bool Collect(Element element, bool inArticle)
    {
        var tag = element.LocalName;
        var attributes = ((IElement)element).Attributes;
        string? itemprop = null;
        string? role = null;
        for (var i = 0; i < attributes.Length; i++)
        {
            // Every attribute of a parsed element is AngleSharp's sealed Attr: its members are called directly, not through IAttr.
            if (attributes[i] is not Attr attribute)
            {
                continue;
            }

            switch (attribute.Name)
            {
                case "itemprop":
                    itemprop ??= attribute.Value;
                    break;
                case "role":
                    role ??= attribute.Value;
                    break;
            }
        }

        if (itemprop is not null)
        {
            ItemPropElements.Add(element);
            if (HasToken(itemprop, "articleBody"))
            {
                ArticleBodies.Add(element);
            }
        }

        if ((tag.Length == 4 && IsTag(tag, "main")) || role == "main")
        {
            Mains.Add(element);
        }

        return CollectByTag(element, tag, inArticle);
    }

    /// <summary>
    /// Collects the element by its tag; true when it is an &lt;article&gt;. Dispatched on the
    /// tag's length first (ignoring case keeps the length): most elements are passed over with
    /// one or two comparisons instead of one per tag looked for.
    /// </summary>
    private bool CollectByTag(Element element, string tag, bool inArticle)
    {
        switch (tag.Length)
        {
            case 2:
                CollectHeading(element, tag);
                return false;
            case 3:
                if (IsTag(tag, "img") && element is IHtmlImageElement)
                {
                    Images.Add(element);
                }

                return false;
            case 4:
                CollectFourLetterTag(element, tag, inArticle);
                return false;
            case 6:
                if (IsTag(tag, "script") && JsonLd.IsJsonLdScript(element.GetAttribute("type")))
                {
                    JsonLdScripts.Add(element);
                }

                return false;
            case 7:
                if (IsTag(tag, "article"))
                {
                    Articles.Add(element);
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    private void CollectHeading(IElement element, string tag)
    {
        if (IsTag(tag, "h1"))
        {
            H1s.Add(element);
            H1sAndH2s.Add(element);
        }
        else if (IsTag(tag, "h2"))
        {
            H1sAndH2s.Add(element);
        }
    }

    private void CollectFourLetterTag(Element element, string tag, bool inArticle)
    {
        if (IsTag(tag, "meta"))
        {
            Metas.Add(element);
        }
        else if (IsTag(tag, "time"))
        {
            Times.Add((element, inArticle));
        }
        else if (IsTag(tag, "link"))
        {
            if (CanonicalLink is null && element.HasAttribute("href") && HasToken(element.GetAttribute("rel"), "canonical"))
            {
                CanonicalLink = element;
            }
        }
        else if (IsTag(tag, "base"))
        {
            if (BaseElement is null && element.HasAttribute("href"))
            {
                BaseElement = element;
            }
        }
    }

    /// <summary>A tag name as AngleSharp's tag queries match it: ordinal, ignoring case.</summary>
    private static bool IsTag(string tag, string name) => string.Equals(tag, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a whitespace-separated attribute value holds the token (the CSS "~=" match):
    /// split on HTML whitespace, compared ordinally.
    /// </summary>
    internal static bool HasToken(string? value, string token)
    {
        if (value is null)
        {
            return false;
        }

        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOfAny(HtmlWhitespace);
            var part = end < 0 ? rest : rest[..end];
            if (part.SequenceEqual(token))
            {
                return true;
            }

            rest = end < 0 ? default : rest[(end + 1)..];
        }

        return false;
    }

    /// <summary>The characters HTML splits token lists on: space, tab, line feed, form feed, carriage return.</summary>
    private static readonly System.Buffers.SearchValues<char> HtmlWhitespace = System.Buffers.SearchValues.Create(" \t\n\f\r");

    /// <summary>Elements that mark the article: how many there are and the first.</summary>
    internal sealed class Marked
    {
        public int Count { get; private set; }

        public IElement? First { get; private set; }

        /// <summary>The only one, when there is exactly one.</summary>
        public IElement? Single => Count == 1 ? First : null;

        public void Add(IElement element)
        {
            Count++;
            First ??= element;
        }
    }
}
