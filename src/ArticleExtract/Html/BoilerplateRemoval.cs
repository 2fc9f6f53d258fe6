using AngleSharp.Dom;
using ArticleExtract.Pipeline;
using ArticleExtract.Html.Candidates;

namespace ArticleExtract.Html;

/// <summary>
/// Stage 4: removes the page's boilerplate containers before any scoring: navigation, asides,
/// footers, page headers, forms, and every container whose tag, ARIA role or class/id tokens
/// name it as navigation, sharing, related links, advertising, newsletter, cookie notice,
/// comments or byline. An element that holds the article itself is never removed this way.
/// </summary>
internal static class BoilerplateRemoval
{
    /// <summary>An element with at least this share of the page's text is too big to be boilerplate.</summary>
    private const double ProtectedTextShare = 0.5;

    /// <summary>An element holding this many prose paragraphs is part of the article, whatever its name.</summary>
    private const int ProtectedProseParagraphs = 3;

    /// <summary>
    /// Removes the boilerplate containers under the tree's root and returns the text measures of
    /// what is left, summed again from the measures taken before the removal (no second walk).
    /// The kinds <paramref name="keeps"/> accepts stay (a forum thread's posts are named as comments),
    /// and so do the elements <paramref name="spares"/> accepts with their kind and text measures
    /// (a service page's sections named "header" or "widget").
    /// </summary>
    public static NodeStats Run(TreeOrder tree, ExtractionContext context, bool strict, Func<BoilerplateKind, bool>? keeps = null, Func<Element, BoilerplateKind, NodeStat, bool>? spares = null)
    {
        var own = new NodeStat[tree.Count];
        var stats = NodeStats.ByPosition(tree, own);
        var total = stats[0].TextLength;
        var (holders, prose) = HoldersAndProse(tree, stats);
        var doomed = new List<(IElement Element, BoilerplateKind Kind)>();
        var removed = new List<int>();

        // Document order from the root's first child; a doomed element's subtree is skipped.
        for (var i = 1; i < tree.Count;)
        {
            context.ThrowIfCancellationRequested();
            var element = tree[i];
            if (!IsProtected(element, stats[i].TextLength, total, holders[i], prose[i]) && (strict ? KindOf(element) : RelaxedKindOf(element)) is { } kind && keeps?.Invoke(kind) != true
                && spares?.Invoke(element, kind, stats[i]) != true)
            {
                // A modal dialog (a policy with its own h1 and paragraphs) is never an article's header: it goes whole.
                if (kind is BoilerplateKind.Title or BoilerplateKind.Navigation && !IsModalDialog(element) && ArticleHeaderParts(tree, i, stats) is { Standfirst: true } header)
                {
                    if (header.Headline is { } headline)
                    {
                        // An article header: only its headline goes; the standfirst and lead image stay, bylines go by their own names.
                        doomed.Add((tree[headline], BoilerplateKind.Title));
                        removed.Add(headline);
                        i++;
                        continue;
                    }

                    if (IsHeaderWithoutHeadline(element))
                    {
                        // The header of an article whose headline stands elsewhere: its standfirst stays, bylines go by their own names.
                        i++;
                        continue;
                    }
                }

                doomed.Add((element, kind));
                removed.Add(i);
                i = tree.End(i);
                continue;
            }

            i++;
        }

        foreach (var (element, kind) in doomed)
        {
            Boilerplate.Drop(element, kind, context);
        }

        return NodeStats.AfterRemoval(tree, own, removed);
    }

    /// <summary>The boilerplate kind of an element by its tag, role or class/id tokens; <c>null</c> when it may hold content.</summary>
    internal static BoilerplateKind? KindOf(Element element)
    {
        var name = element.LocalName;
        if (name is "body" or "a" or "html")
        {
            return null;
        }

        var names = MarkupAttributes.Of(element);
        var byTokens = ElementTraits.BoilerplateNameOf(names, element).Kind;
        if (KindOfRole(names.Role) is { } byRole)
        {
            return byTokens ?? byRole;
        }

        switch (name)
        {
            case "nav":
            case "menu":
                return byTokens ?? BoilerplateKind.Navigation;
            case "aside":
                return byTokens ?? BoilerplateKind.Related;
            case "footer":
                return byTokens ?? BoilerplateKind.Footer;
            case "header":
                return HasHeadline(element) ? BoilerplateKind.Title : byTokens ?? BoilerplateKind.Navigation;
            case "form":
                return byTokens ?? BoilerplateKind.Other;
            case "figcaption":
                return BoilerplateKind.ImageCredit;
        }

        if (byTokens is { } kind && !IsInsideCodeOrTable(element))
        {
            return kind;
        }

        return null;
    }

    /// <summary>
    /// A container named a header ("listicle-header", "article-header") that holds a standfirst
    /// and no headline: the head of an article (its introduction), not the page's header of links
    /// and logos, which holds no prose.
    /// </summary>
    private static bool IsHeaderWithoutHeadline(Element element) => ElementTraits.IsNamedHeader(element);

    /// <summary>
    /// The position of the h1 of a header, if any, and whether it holds running text (a standfirst
    /// paragraph); a page header of links and logos holds none.
    /// </summary>
    private static (int? Headline, bool Standfirst) ArticleHeaderParts(TreeOrder tree, int header, NodeStat[] stats)
    {
        int? headline = null;
        var standfirst = false;
        for (var i = header + 1; i < tree.End(header); i++)
        {
            var name = tree[i].LocalName;
            if (name == "h1")
            {
                headline ??= i;
            }
            else if (name == "p" && ProseCoverage.IsProse(stats[i].TextLength, stats[i].LinkDensity))
            {
                standfirst = true;
            }
        }

        return (headline, standfirst);
    }

    /// <summary>The relaxed retry removes only what is unmistakably not the article: navigation and comment threads.</summary>
    private static BoilerplateKind? RelaxedKindOf(Element element)
    {
        if (element.LocalName is "nav" || KindOfRole(element.GetAttribute("role")) == BoilerplateKind.Navigation)
        {
            return BoilerplateKind.Navigation;
        }

        return ElementTraits.BoilerplateNameOf(element) is { Kind: BoilerplateKind.Comments, WholeName: true } ? BoilerplateKind.Comments : null;
    }

    private static BoilerplateKind? KindOfRole(string? role)
    {
        if (string.IsNullOrEmpty(role))
        {
            return null;
        }

        var value = role.AsSpan().Trim();
        if (IsRole(value, "navigation") || IsRole(value, "menu") || IsRole(value, "menubar") || IsRole(value, "search")
            || IsRole(value, "banner") || IsRole(value, "tablist"))
        {
            return BoilerplateKind.Navigation;
        }

        if (IsRole(value, "contentinfo"))
        {
            return BoilerplateKind.Footer;
        }

        if (IsRole(value, "complementary"))
        {
            return BoilerplateKind.Related;
        }

        return IsRole(value, "dialog") || IsRole(value, "alertdialog") || IsRole(value, "alert") ? BoilerplateKind.Other : null;
    }

    private static bool IsRole(ReadOnlySpan<char> value, string role) => value.Equals(role, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the element may hold the article: it is (or holds) a marked main/articleBody
    /// element, or it has most of the page's text and is not plainly named as boilerplate by a
    /// whole class name or id as a comment thread (a wrapper named "has-sidebar" or "read-more"
    /// is protected, id="comments" is not: a long discussion can outweigh a short post), nor
    /// marked up as navigation (a nav element is navigation whatever its size).
    /// </summary>
    private static bool IsProtected(Element element, int textLength, int total, bool holder, int proseParagraphs) =>
        holder
        || ((proseParagraphs >= ProtectedProseParagraphs || (total > 0 && textLength >= total * ProtectedTextShare))
            && !IsPlainlyNamedBoilerplate(element));

    private static bool IsPlainlyNamedBoilerplate(Element element) =>
        element.LocalName == "nav" || IsModalDialog(element)
        || ElementTraits.BoilerplateNameOf(element) is { Kind: BoilerplateKind.Comments, WholeName: true } or { Kind: BoilerplateKind.CookieNotice };

    /// <summary>
    /// A modal dialog (role=dialog or alertdialog, aria-modal=true): a policy, a cart or a sign-up
    /// form laid over the page at a click, never the page itself, however long its text.
    /// </summary>
    private static bool IsModalDialog(Element element) =>
        KindOfRole(element.GetAttribute("role")) == BoilerplateKind.Other
        && string.Equals(element.GetAttribute("aria-modal"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// By position, bottom-up: whether each element is or holds a marked main content element
    /// (main, role=main, itemprop=articleBody; the root itself does not count), and how many
    /// prose paragraphs (long, nearly link-free) it holds.
    /// </summary>
    private static (bool[] Holders, int[] Prose) HoldersAndProse(TreeOrder tree, NodeStat[] stats)
    {
        var holders = new bool[tree.Count];
        var prose = new int[tree.Count];
        for (var i = tree.Count - 1; i >= 0; i--)
        {
            var holder = i > 0 && IsMarkedAsMainContent(tree[i]);
            var count = 0;
            Element? previous = null;
            for (var child = i + 1; child < tree.End(i); child = tree.End(child))
            {
                holder |= holders[child];
                count += prose[child];
                if (IsProseParagraph(tree[child], previous, stats[child]))
                {
                    count++;
                }

                previous = tree[child];
            }

            holders[i] = holder && i > 0;
            prose[i] = count;
        }

        return (holders, prose);
    }

    /// <summary>
    /// A long, nearly link-free paragraph that follows another paragraph: prose runs on from
    /// paragraph to paragraph, while a teaser's excerpt follows its headline.
    /// </summary>
    private static bool IsProseParagraph(Element element, Element? previous, NodeStat stat)
    {
        const int MinProseLength = 150;
        const double MaxProseLinkDensity = 0.2;
        return element.LocalName == "p" && previous is { LocalName: "p" } && stat.TextLength >= MinProseLength && stat.LinkDensity < MaxProseLinkDensity;
    }

    /// <summary>main, role=main, itemprop=articleBody (as the selector "main, [role=main], [itemprop=articleBody]" matches, without parsing one per call).</summary>
    private static bool IsMarkedAsMainContent(Element element)
    {
        if (element.LocalName == "main")
        {
            return true;
        }

        var names = MarkupAttributes.Of(element);
        return names.Role == "main" || names.ItemProp is "articleBody" or "articlebody";
    }

    /// <summary>Whether a header holds the page's headline (an h1 anywhere below it).</summary>
    private static bool HasHeadline(IElement header)
    {
        var stack = new Stack<IElement>();
        Children.PushReversed(header, stack);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.LocalName == "h1")
            {
                return true;
            }

            Children.PushReversed(element, stack);
        }

        return false;
    }

    private static bool IsInsideCodeOrTable(Element element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (Output.ElementRoles.CodeOrTables.Contains(parent.LocalName))
            {
                return true;
            }
        }

        return false;
    }
}
