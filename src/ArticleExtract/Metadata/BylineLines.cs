using AngleSharp.Dom;
using ArticleExtract.Output;

namespace ArticleExtract.Metadata;

/// <summary>
/// A byline element's text read line by line: a name over its role or the poster's rank ("Jane Doe" over
/// "Board Owner"), or one name over another, are separate lines of the element (blocks, line breaks) whose
/// text runs together as written ("Jane Doe Board Owner"). The lines are joined as a byline's parts are.
/// </summary>
internal static class BylineLines
{
    /// <summary>
    /// The element's lines joined by a byline separator ("Jane Doe · Board Owner"), a line that is only a byline
    /// label ("Written by") joined to the next by a space; null when the element's text is one line.
    /// </summary>
    public static string? Joined(IElement element, MetadataVocabulary vocabulary)
    {
        var lines = Lines(element);
        if (lines.Count < 2)
        {
            return null;
        }

        var builder = new System.Text.StringBuilder(lines[0]);
        for (var i = 1; i < lines.Count; i++)
        {
            builder.Append(IsLabelOnly(lines[i - 1], vocabulary) ? " " : " · ").Append(lines[i]);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The user name that opens a forum poster's column ("jdoe42" over "Member" and "Posts: 98"), or null: the
    /// first of the joined lines when it is one word shaped like a user name, not a person's (a digit, an
    /// underscore or a lower-case start): the lines under it are his rank and counts, never a second author.
    /// </summary>
    public static string? PosterHandle(string joined)
    {
        var end = joined.IndexOf(" · ", StringComparison.Ordinal);
        var first = end < 0 ? joined : joined[..end];
        return end > 0 && IsUserName(first) ? first : null;
    }

    /// <summary>One word of letters with a digit, an underscore or a lower-case start: a forum's user name.</summary>
    private static bool IsUserName(string word) =>
        word.Length >= 3 && !word.Contains(' ') && word.Any(char.IsLetter) && word.All(c => char.IsLetterOrDigit(c) || c is '_' or '.' or '-')
        && (char.IsLower(word[0]) || word.Any(c => char.IsDigit(c) || c == '_'));

    /// <summary>The line is a byline label alone ("By", "Written by:"): it belongs with the name on the next line.</summary>
    private static bool IsLabelOnly(string line, MetadataVocabulary vocabulary) => vocabulary.BylinePrefixes.Contains(line.TrimEnd(':').Trim());

    /// <summary>The element's lines of text, whitespace collapsed, blank ones left out: a block or a line break ends a line.</summary>
    private static List<string> Lines(IElement element)
    {
        var lines = new List<string>();
        var current = new System.Text.StringBuilder();
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((element, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (closing)
            {
                EndLine(lines, current);
                continue;
            }

            if (node is IText text)
            {
                current.Append(text.Data);
                continue;
            }

            if (node is IElement child && child != element && BylineElement.IsSkipped(child))
            {
                continue;
            }

            var isBreak = node is IElement { LocalName: "br" } || (node != element && node is IElement block && (ElementRoles.BlockLike.Contains(block.LocalName) || IsDefinitionLine(block)));
            if (isBreak)
            {
                EndLine(lines, current);
                stack.Push((node, true));
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], false));
            }
        }

        EndLine(lines, current);
        return lines;
    }

    /// <summary>
    /// A definition list's term or description is a line of its own: a forum's poster column lists the poster's
    /// name as the term over his rank and post count as descriptions ("Jane" / "Member" / "Posts: 98").
    /// </summary>
    private static bool IsDefinitionLine(IElement element) => element.LocalName is "dt" or "dd";

    private static void EndLine(List<string> lines, System.Text.StringBuilder current)
    {
        var line = TextNormalizer.CollapseWhitespace(current.ToString()).Trim();
        if (line.Length > 0)
        {
            lines.Add(line);
        }

        current.Clear();
    }
}
