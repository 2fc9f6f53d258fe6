using AngleSharp.Dom;
using ArticleExtract.Html;
using ArticleExtract.Output;

namespace ArticleExtract.Metadata;

/// <summary>
/// A link to the page of the person it names ("/blog/authors/jane-doe" reading "Jane Doe"): where a page
/// that marks no byline names its author. The link's address must spell the name it shows, so a menu's
/// "Our authors" or a list of every writer of the site is no author.
/// </summary>
internal static class AuthorLink
{
    /// <summary>The name of the first link outside the page's furniture that goes to its own author page, or null.</summary>
    public static string? Find(PageScan scan, MetadataVocabulary vocabulary)
    {
        if (scan.Elements is not { } tree)
        {
            return null;
        }

        foreach (var i in BylineElement.OutsideFurniture(tree, vocabulary))
        {
            var element = tree[i];
            if (element.LocalName == "a" && NameOfOwnPage(element, vocabulary) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The name the link shows (its text, else its label) when its address is an author page spelling that name.</summary>
    private static string? NameOfOwnPage(IElement link, MetadataVocabulary vocabulary)
    {
        if (AuthorSlug(link.GetAttribute("href"), vocabulary) is not { } slug)
        {
            return null;
        }

        var text = TextNormalizer.CollapseWhitespace(link.TextContent).Trim();
        if (text.Length == 0)
        {
            text = (link.GetAttribute("aria-label") ?? link.GetAttribute("title") ?? "").Trim();
        }

        return text.Length > 0 && Letters(text) == slug && Authors.Parse(text, vocabulary) is [var name] ? name : null;
    }

    /// <summary>
    /// The letters of the path part after an author word ("/authors/jane-doe" gives "janedoe"), when that
    /// part is the path's last; else null.
    /// </summary>
    private static string? AuthorSlug(string? href, MetadataVocabulary vocabulary)
    {
        if (string.IsNullOrEmpty(href))
        {
            return null;
        }

        var path = href.Split('?', '#')[0];
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && vocabulary.AuthorPathWords.Contains(parts[^2]) && Letters(parts[^1]) is { Length: > 0 } slug ? slug : null;
    }

    /// <summary>The lower-case letters of a text, nothing else.</summary>
    private static string Letters(string text) => string.Concat(text.Where(char.IsLetter).Select(char.ToLowerInvariant));
}
