using AngleSharp.Dom;
using ArticleExtract.Output;

namespace ArticleExtract.Metadata;

/// <summary>
/// The name an author box opens with: the last resort of the byline search (<see cref="BylineElement"/>)
/// when a byline-marked element is too long for a byline (a name, a photo, a short bio).
/// </summary>
internal static class AuthorBox
{
    /// <summary>
    /// An author box (a byline-marked element too long for a byline: the name, a photo, a short bio) opens
    /// with the author's name: its first line of text, when that line is a name of two words or more as the
    /// author parser reads it, whole.
    /// </summary>
    public static string? Name(IElement element, MetadataVocabulary vocabulary)
    {
        if (BylineElement.TrimmedTextLength(element, vocabulary.MaxAuthorBoxLength) >= vocabulary.MaxAuthorBoxLength || FirstText(element) is not { } line
            || line.Length >= BylineElement.MaxBylineLength || line.Split(' ').Length < vocabulary.MinLabelledNameWords)
        {
            return null;
        }

        return Authors.Parse(line, vocabulary) is [var name] && name == line ? line : null;
    }

    /// <summary>
    /// The name just before an author's description ("Jane Doe" over "Licensed Grader, M.A. Journalism"): an author
    /// box sets the name in the element before its line about her. The previous element's text, when it is short
    /// and a name of two words or more as the author parser reads it, whole; else null.
    /// </summary>
    public static string? NameBeforeDescription(IElement description, MetadataVocabulary vocabulary)
    {
        if (description.PreviousElementSibling is not { } previous || BylineElement.IsSkipped(previous)
            || BylineElement.TrimmedTextLength(previous, BylineElement.MaxBylineLength) >= BylineElement.MaxBylineLength)
        {
            return null;
        }

        var line = TextNormalizer.CollapseWhitespace(previous.TextContent).Trim();
        return line.Split(' ').Length >= vocabulary.MinLabelledNameWords && Authors.Parse(line, vocabulary) is [var name] && name == line ? line : null;
    }

    /// <summary>
    /// An element marked as the author's description ("author-description", "author-bio"): it holds her job
    /// title or a line about her ("Licensed Grader, M.A. Journalism"), no byline, though its mark says "author".
    /// </summary>
    public static bool IsDescription(ReadOnlySpan<char> matchString, MetadataVocabulary vocabulary) =>
        matchString.ContainsAny(vocabulary.AuthorDescriptionTokenSearch);

    /// <summary>The first text of an element that is not blank, whitespace collapsed (scripts and hidden parts passed over).</summary>
    private static string? FirstText(IElement element)
    {
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                if (!string.IsNullOrWhiteSpace(text.Data))
                {
                    return TextNormalizer.CollapseWhitespace(text.Data);
                }

                continue;
            }

            if (node is IElement child && child != element && BylineElement.IsSkipped(child))
            {
                continue;
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return null;
    }
}
