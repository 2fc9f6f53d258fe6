using AngleSharp.Dom;
using ArticleExtract.Pipeline;

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

    public static void Run(IElement root, ExtractionContext context, bool strict)
    {
        var order = NodeStats.PreOrder(root);
        var stats = NodeStats.Measure(order);
        var total = stats[root].TextLength;
        var holders = MainContentHolders(order, root);
        var prose = ProseParagraphCounts(order, stats);
        var doomed = new List<(IElement Element, BoilerplateKind Kind)>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            context.ThrowIfCancellationRequested();
            var element = stack.Pop();
            if (element != root && !IsProtected(element, stats, total, holders, prose) && (strict ? KindOf(element) : RelaxedKindOf(element)) is { } kind)
            {
                if (kind is BoilerplateKind.Title or BoilerplateKind.Navigation && HeadlineWithStandfirst(element, stats) is { } headline)
                {
                    // An article header: only its headline goes; the standfirst and lead image stay, bylines go by their own names.
                    doomed.Add((headline, BoilerplateKind.Title));
                    Children.PushReversed(element, stack);
                    continue;
                }

                doomed.Add((element, kind));
                continue;
            }

            Children.PushReversed(element, stack);
        }

        foreach (var (element, kind) in doomed)
        {
            Boilerplate.Drop(element, kind, context);
        }
    }

    /// <summary>The boilerplate kind of an element by its tag, role or class/id tokens; <c>null</c> when it may hold content.</summary>
    internal static BoilerplateKind? KindOf(IElement element)
    {
        var name = element.LocalName;
        if (name is "body" or "a" or "html")
        {
            return null;
        }

        var byTokens = ElementTraits.BoilerplateKindOf(element);
        if (KindOfRole(element.GetAttribute("role")) is { } byRole)
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
    /// The h1 of a header that also holds running text (a standfirst paragraph under the
    /// headline); <c>null</c> for a page header of links and logos.
    /// </summary>
    private static IElement? HeadlineWithStandfirst(IElement header, NodeStats stats)
    {
        const int MinStandfirstLength = 80; // shorter lines are taglines, bylines or menus
        const double MaxStandfirstLinkDensity = 0.3; // a standfirst is prose, not a list of links
        if (header.QuerySelector("h1") is not { } headline)
        {
            return null;
        }

        foreach (var paragraph in header.QuerySelectorAll("p"))
        {
            var stat = stats[paragraph];
            if (stat.TextLength >= MinStandfirstLength && stat.LinkDensity <= MaxStandfirstLinkDensity)
            {
                return headline;
            }
        }

        return null;
    }

    /// <summary>The relaxed retry removes only what is unmistakably not the article: navigation and comment threads.</summary>
    private static BoilerplateKind? RelaxedKindOf(IElement element)
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
    private static bool IsProtected(IElement element, NodeStats stats, int total, HashSet<IElement> holders, Dictionary<IElement, int> prose) =>
        holders.Contains(element)
        || (prose.GetValueOrDefault(element) >= ProtectedProseParagraphs && !IsPlainlyNamedBoilerplate(element))
        || (total > 0 && stats[element].TextLength >= total * ProtectedTextShare && !IsPlainlyNamedBoilerplate(element));

    private static bool IsPlainlyNamedBoilerplate(IElement element) =>
        element.LocalName == "nav" || ElementTraits.BoilerplateNameOf(element) is { Kind: BoilerplateKind.Comments, WholeName: true };

    /// <summary>How many prose paragraphs (long, nearly link-free) each element holds, bottom-up.</summary>
    private static Dictionary<IElement, int> ProseParagraphCounts(List<IElement> order, NodeStats stats)
    {
        var counts = new Dictionary<IElement, int>(order.Count);
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var element = order[i];
            var count = 0;
            IElement? previous = null;
            foreach (var child in Children.Of(element))
            {
                count += counts[child];
                if (IsProseParagraph(child, previous, stats))
                {
                    count++;
                }

                previous = child;
            }

            counts[element] = count;
        }

        return counts;
    }

    /// <summary>
    /// A long, nearly link-free paragraph that follows another paragraph: prose runs on from
    /// paragraph to paragraph, while a teaser's excerpt follows its headline.
    /// </summary>
    private static bool IsProseParagraph(IElement element, IElement? previous, NodeStats stats)
    {
        const int MinProseLength = 150;
        const double MaxProseLinkDensity = 0.2;
        var stat = stats[element];
        return element.LocalName == "p" && previous is { LocalName: "p" } && stat.TextLength >= MinProseLength && stat.LinkDensity < MaxProseLinkDensity;
    }

    /// <summary>Elements marked as the main content (main, role=main, itemprop=articleBody) and all their ancestors.</summary>
    private static HashSet<IElement> MainContentHolders(List<IElement> order, IElement root)
    {
        var holders = new HashSet<IElement>();
        foreach (var marked in order)
        {
            if (marked == root || !IsMarkedAsMainContent(marked))
            {
                continue;
            }

            for (IElement? element = marked; element is not null && element != root && holders.Add(element); element = element.ParentElement)
            {
            }
        }

        return holders;
    }

    /// <summary>main, role=main, itemprop=articleBody (as the selector "main, [role=main], [itemprop=articleBody]" matches, without parsing one per call).</summary>
    private static bool IsMarkedAsMainContent(IElement element) =>
        element.LocalName == "main"
        || element.GetAttribute("role") == "main"
        || element.GetAttribute("itemprop") is "articleBody" or "articlebody";

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

    private static bool IsInsideCodeOrTable(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName is "pre" or "code" or "table")
            {
                return true;
            }
        }

        return false;
    }
}
