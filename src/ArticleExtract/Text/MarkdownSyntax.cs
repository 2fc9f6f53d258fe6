using System.Text.RegularExpressions;

namespace ArticleExtract.Text;

/// <summary>
/// Stage 1a: many scrapers save a page as Markdown (links as <c>[text](url)</c>, images as
/// <c>![alt](src)</c>, <c>**bold**</c>, tables between pipes, code between fences). Its marks are
/// not words a reader sees: left in, they read as link addresses and punctuation, and every later
/// stage (stopword density, sentence ends, link-likeness) misjudges the line. This stage turns the
/// marks back into the text they stand for, as a browser would show it: a link becomes its text, an
/// image nothing (a browser shows its picture, a scraper's plain text nothing), a table row its
/// cells. A text without any of the marks is returned as it came (the same string).
/// Headings' <c>#</c> and list bullets are read by <see cref="TextBlocks"/>, as for any text.
/// Every pattern is bounded (a link's text, an address, an emphasis), so no input makes it slow.
/// </summary>
internal static partial class MarkdownSyntax
{
    /// <summary>
    /// Returns the text with Markdown's inline and line marks replaced by what they show, when the
    /// text is Markdown (<see cref="IsMarkdown"/>); any other text as it came (the same string).
    /// Code between fences is kept as written: its backticks, brackets and <c>&gt;&gt;&gt;</c> are code.
    /// </summary>
    public static string ToPlain(string text, TextRules rules)
    {
        if (!IsMarkdown(text, rules))
        {
            return text;
        }

        var plain = new System.Text.StringBuilder(text.Length);
        var inCode = false;
        var segment = 0;
        for (var lineStart = 0; lineStart < text.Length; )
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline + 1;
            if (IsFence(text.AsSpan(lineStart, lineEnd - lineStart)))
            {
                var part = text[segment..lineStart];
                plain.Append(inCode ? part : Inline(part)).Append('\n');
                inCode = !inCode;
                segment = lineEnd;
            }

            lineStart = lineEnd;
        }

        var last = text[segment..];
        return plain.Append(inCode ? last : Inline(last)).ToString();
    }

    /// <summary>
    /// Whether the text is Markdown: it holds at least <see cref="TextRules.MinMarkdownLinks"/> links
    /// or images written <c>[text](url)</c>. Plain text has brackets ("[1]", "D[i][j]", "[ head ]")
    /// and backticks (code), never a bracket closed right before an address; a page without links
    /// is read as plain text (its headings' <c>#</c> and bullets are read as in any text).
    /// </summary>
    private static bool IsMarkdown(string text, TextRules rules)
    {
        if (!text.Contains("](", StringComparison.Ordinal))
        {
            return false;
        }

        var links = 0;
        foreach (var _ in Link().EnumerateMatches(text))
        {
            if (++links >= rules.MinMarkdownLinks)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A code fence: <c>```</c> or <c>~~~</c>, with the code's language after it.</summary>
    private static bool IsFence(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return line.Length >= 3 && (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
            && line[3..].IndexOfAny('`', '~') < 0;
    }

    /// <summary>The marks of Markdown text outside code blocks, replaced by what they show.</summary>
    private static string Inline(string text)
    {
        // The order matters: an image inside a link goes first, so that the link's text is what is left.
        var plain = Image().Replace(text, string.Empty);
        plain = Link().Replace(plain, "${text}");
        plain = LinkTextOpening().Replace(plain, string.Empty);
        plain = LinkTextClosing().Replace(plain, string.Empty);
        plain = ReferenceDefinition().Replace(plain, string.Empty);
        plain = MarkOnlyLine().Replace(plain, string.Empty);
        plain = ListNumber().Replace(plain, string.Empty);
        plain = TableRow().Replace(plain, match => CellSeparator().Replace(match.Groups["cells"].Value, " ").Trim());
        plain = Quote().Replace(plain, string.Empty);
        plain = Strong().Replace(plain, "${text}");
        plain = plain.Replace("**", string.Empty, StringComparison.Ordinal);
        plain = Emphasis().Replace(plain, "${text}");
        plain = Code().Replace(plain, "${text}");
        return Escape().Replace(plain, "${mark}");
    }

    // An address in parentheses: balanced parentheses inside (Wikipedia's), or <...>, and an optional "title".
    private const string Address = """\((?:<[^<>\n]{0,2000}>|(?:[^()\s]|\([^()\s]{0,500}\)){0,2000})(?:[ \t]+"[^"\n]{0,500}")?\)""";

    // A link's or image's text: brackets only in pairs (an alt text "[X-Info]"), and at most single line breaks (a blank line ends a paragraph).
    private const string LinkText = """(?<text>(?:[^\[\]\n]|\[[^\[\]\n]{0,100}\]|\n(?![ \t]*\n)){0,500})""";

    /// <summary><c>![alt](src)</c>: an image. Its alt text is not shown as text on the page.</summary>
    [GeneratedRegex(@"!\[" + LinkText + @"\]" + Address)]
    private static partial Regex Image();

    /// <summary><c>[text](url)</c>: a link, read as its text.</summary>
    [GeneratedRegex(@"\[" + LinkText + @"\]" + Address)]
    private static partial Regex Link();

    /// <summary>A line of only <c>[</c>: the opening of a link around whole blocks (a card), whose text follows on its own lines.</summary>
    [GeneratedRegex(@"^[ \t]*\[[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex LinkTextOpening();

    /// <summary>A line that begins <c>](url)</c>: the closing of a link around whole blocks.</summary>
    [GeneratedRegex(@"^[ \t]*\]" + Address, RegexOptions.Multiline)]
    private static partial Regex LinkTextClosing();

    /// <summary><c>[ref]: url</c>: the address of a link by reference, not shown.</summary>
    [GeneratedRegex(@"^[ \t]{0,3}\[[^\[\]\n]{1,100}\]:[ \t]+\S+.*$", RegexOptions.Multiline)]
    private static partial Regex ReferenceDefinition();

    /// <summary>
    /// A line of marks alone: a rule
    /// (<c>---</c>, <c>***</c>, <c>___</c>), a heading's underline (<c>===</c>), a table's
    /// separator row (<c>|---|:--:|</c>), a list item's bullet with nothing after it.
    /// </summary>
    [GeneratedRegex(@"^[ \t]*(?:[-*+]|(?:[-*_=][ \t]*){3,}|\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex MarkOnlyLine();

    /// <summary><c>1. </c> at a line's start: an ordered list's number (alone on its line when the item begins with a block), which a page shows but does not hold as text.</summary>
    [GeneratedRegex(@"^[ \t]*\d{1,3}[.)](?:[ \t]+|[ \t]*$)", RegexOptions.Multiline)]
    private static partial Regex ListNumber();

    /// <summary><c>| a | b |</c>: a table row, read as its cells (a row of one cell may lack its closing pipe; a row of none is empty).</summary>
    [GeneratedRegex(@"^[ \t]*\|(?<cells>[^\n]*?)\|?[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"[ \t]*\|[ \t]*")]
    private static partial Regex CellSeparator();

    /// <summary><c>&gt; </c> at a line's start: a quotation's mark (nested ones too; not Python's prompt <c>&gt;&gt;&gt;</c>).</summary>
    [GeneratedRegex(@"^[ \t]*(?!>>>)(?:>[ \t]?)+", RegexOptions.Multiline)]
    private static partial Regex Quote();

    /// <summary><c>**text**</c>: strong emphasis (a pair left without text between, around an icon, goes after) (<c>__text__</c> is left alone: Python's <c>__init__</c> is a word).</summary>
    [GeneratedRegex(@"(?<!\\)\*\*(?<text>[^\s*](?:[^\n]{0,300}?[^\s*\\])?)\*\*")]
    private static partial Regex Strong();

    /// <summary><c>*text*</c>, <c>_text_</c>: emphasis, only where the marks stand outside a word (<c>snake_case</c> stays) and are not escaped (<c>\\*</c>).</summary>
    [GeneratedRegex(@"(?<![\w*\\])\*(?<text>[^\s*](?:[^*\n]{0,300}?[^\s*\\])?)\*(?![\w*])|(?<![\w_\\])_(?<text>[^\s_](?:[^_\n]{0,300}?[^\s_\\])?)_(?![\w_])")]
    private static partial Regex Emphasis();

    /// <summary><c>`code`</c>: code in a line, read as its text.</summary>
    [GeneratedRegex(@"`(?<text>[^`\n]{1,500})`")]
    private static partial Regex Code();

    /// <summary><c>\*</c>, <c>\[</c> ...: a mark written as itself; a backslash at a line's end: a line break.</summary>
    [GeneratedRegex(@"\\(?<mark>[\\`*_{}\[\]()#+\-.!|>~])|\\(?=\r?$)", RegexOptions.Multiline)]
    private static partial Regex Escape();
}
