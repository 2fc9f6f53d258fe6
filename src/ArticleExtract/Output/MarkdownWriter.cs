using System.Globalization;
using System.Text;
using static ArticleExtract.Output.MarkdownInline;

namespace ArticleExtract.Output;

/// <summary>
/// Writes the sanitised body tree as CommonMark: ATX headings, nested lists, block quotes, fenced
/// code blocks, pipe tables (the GitHub extension), links and images, with every Markdown special
/// character in the text escaped so that it reads back as the same text. Walks with explicit
/// stacks: containers (quotes, list items) are a stack of line prefixes.
/// </summary>
internal sealed class MarkdownWriter
{
    /// <summary>The shortest code fence.</summary>
    private const int MinimumFence = 3;

    private readonly StringBuilder _output = new();
    private readonly List<Prefix> _prefixes = [];
    private readonly HashSet<BodyNode> _alternateMarker = [];
    private bool _needBlankLine;

    private MarkdownWriter()
    {
    }

    private enum Step
    {
        Enter,
        LeaveQuote,
        LeaveList,
        LeaveItem,
    }

    public static string Write(BodyNode root)
    {
        var writer = new MarkdownWriter();
        writer.WriteBlocks(root);
        return writer._output.ToString();
    }

    private void WriteBlocks(BodyNode root)
    {
        var stack = new Stack<(BodyNode Node, Step Step, int Number)>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var (node, step, number) = stack.Pop();
            switch (step)
            {
                case Step.LeaveQuote:
                    _prefixes.RemoveAt(_prefixes.Count - 1);
                    _needBlankLine = true;
                    continue;
                case Step.LeaveItem:
                    _prefixes.RemoveAt(_prefixes.Count - 1);
                    _needBlankLine = false;
                    continue;
                case Step.LeaveList:
                    _needBlankLine = true;
                    continue;
            }

            switch (node.Name)
            {
                case "p" or "figcaption":
                    WriteParagraph(Inline(node, singleLine: false));
                    break;
                case "img":
                    WriteParagraph(Inline(node, singleLine: true));
                    break;
                case "h2" or "h3" or "h4" or "h5" or "h6":
                    var heading = Inline(node, singleLine: true);
                    if (heading.Length > 0)
                    {
                        WriteParagraph(heading, new string('#', node.Name[1] - '0') + " ");
                    }

                    break;
                case "pre":
                    WriteCode(node);
                    break;
                case "table":
                    WriteTable(node);
                    break;
                case "blockquote":
                    StartBlock();
                    _prefixes.Add(new Prefix("> ", "> "));
                    stack.Push((node, Step.LeaveQuote, 0));
                    PushChildren(stack, node);
                    break;
                case "ul" or "ol":
                    StartList(node, number - 1);
                    stack.Push((node, Step.LeaveList, 0));
                    PushChildren(stack, node);
                    break;
                case "li":
                    var marker = ListMarker(node, number);
                    _prefixes.Add(new Prefix(marker, new string(' ', marker.Length)));
                    _needBlankLine = false;
                    stack.Push((node, Step.LeaveItem, 0));
                    PushChildren(stack, node);
                    break;
                default:
                    PushChildren(stack, node);
                    break;
            }
        }
    }

    /// <summary>Pushes the children in order, each with its position among its siblings plus one (a list item's number).</summary>
    private static void PushChildren(Stack<(BodyNode, Step, int)> stack, BodyNode node)
    {
        for (var i = node.Children.Count - 1; i >= 0; i--)
        {
            stack.Push((node.Children[i], Step.Enter, i + 1));
        }
    }

    /// <summary>Separates a block from the one before it by a blank line.</summary>
    private void StartBlock()
    {
        if (_needBlankLine)
        {
            WriteLine("", blank: true);
        }

        _needBlankLine = false;
    }

    /// <summary>
    /// Starts a list: right under its item's first line when nested (a tight list), else after a
    /// blank line. A list right after another list uses the other marker, or the two would merge.
    /// </summary>
    private void StartList(BodyNode list, int index)
    {
        if (list.Parent is { } parent && index > 0 && parent.Children[index - 1].Name == list.Name && !_alternateMarker.Contains(parent.Children[index - 1]))
        {
            _alternateMarker.Add(list);
        }

        if (list.Parent?.Name == "li" && index > 0)
        {
            _needBlankLine = false;
        }

        StartBlock();
    }

    private string ListMarker(BodyNode item, int number)
    {
        var list = item.Parent!;
        var alternate = _alternateMarker.Contains(list);
        return list.Name == "ol"
            ? number.ToString(CultureInfo.InvariantCulture) + (alternate ? ") " : ". ")
            : alternate ? "* " : "- ";
    }

    private void WriteParagraph(string text, string? marker = null)
    {
        if (text.Length == 0)
        {
            return;
        }

        StartBlock();
        foreach (var line in text.Split('\n'))
        {
            WriteLine(marker + EscapeLineStart(line), blank: false);
        }

        _needBlankLine = true;
    }

    private void WriteCode(BodyNode pre)
    {
        var code = InlineText.Of(pre);
        if (code.Trim().Length == 0)
        {
            return;
        }

        StartBlock();
        var fence = new string('`', Math.Max(MinimumFence, LongestRun(code, '`') + 1));
        WriteLine(fence, blank: false);
        foreach (var line in code.Split('\n'))
        {
            WriteLine(line.TrimEnd('\r'), blank: false);
        }

        WriteLine(fence, blank: false);
        _needBlankLine = true;
    }

    /// <summary>A pipe table: the first row is the header (GitHub tables need one), short rows padded with empty cells.</summary>
    private void WriteTable(BodyNode table)
    {
        var rows = new List<List<string>>();
        var columns = 0;
        foreach (var section in table.Children)
        {
            foreach (var row in section.Children)
            {
                var cells = new List<string>();
                foreach (var cell in row.Children)
                {
                    cells.Add(CellText(cell));
                    for (var span = 1; span < cell.ColSpan; span++)
                    {
                        cells.Add("");
                    }
                }

                columns = Math.Max(columns, cells.Count);
                rows.Add(cells);
            }
        }

        if (rows.Count == 0 || columns == 0)
        {
            return;
        }

        StartBlock();
        for (var r = 0; r < rows.Count; r++)
        {
            var line = new StringBuilder("|");
            for (var c = 0; c < columns; c++)
            {
                var cell = c < rows[r].Count ? rows[r][c] : "";
                line.Append(' ').Append(cell).Append(cell.Length > 0 ? " |" : "|");
            }

            WriteLine(line.ToString(), blank: false);
            if (r == 0)
            {
                var separator = new StringBuilder("|");
                for (var c = 0; c < columns; c++)
                {
                    separator.Append(" --- |");
                }

                WriteLine(separator.ToString(), blank: false);
            }
        }

        _needBlankLine = true;
    }

    /// <summary>A cell's content on one line: its paragraphs joined by a space.</summary>
    private string CellText(BodyNode cell)
    {
        var parts = new List<string>();
        var stack = new Stack<BodyNode>();
        stack.Push(cell);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (ElementRoles.PhrasingBlocks.Contains(node.Name) || node.Name == "img")
            {
                var text = Inline(node, singleLine: true);
                if (text.Length > 0)
                {
                    parts.Add(text);
                }

                continue;
            }

            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }
        }

        return string.Join(" ", parts);
    }

    /// <summary>Writes one line under the open containers' prefixes (a list item's marker only on its first line).</summary>
    private void WriteLine(string content, bool blank)
    {
        var start = _output.Length;
        for (var i = 0; i < _prefixes.Count; i++)
        {
            var prefix = _prefixes[i];
            if (blank)
            {
                _output.Append(prefix.Continuation);
                continue;
            }

            _output.Append(prefix.FirstLineUsed ? prefix.Continuation : prefix.FirstLine);
            _prefixes[i] = prefix with { FirstLineUsed = true };
        }

        _output.Append(content);
        var end = _output.Length;
        while (end > start && _output[end - 1] == ' ')
        {
            end--;
        }

        _output.Length = end;
        _output.Append('\n');
    }

    /// <summary>
    /// Escapes what would start a block at the beginning of a line: an ATX heading, a list item
    /// ("-", "+", "1." or "1)"), a setext underline ("=").
    /// </summary>
    private static string EscapeLineStart(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }

        if (line[0] is '#' or '-' or '+' or '=')
        {
            return "\\" + line;
        }

        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < line.Length && line[digits] is '.' or ')'
            ? string.Concat(line.AsSpan(0, digits), "\\", line.AsSpan(digits))
            : line;
    }

    /// <summary>A container's line prefixes: a list item's marker on its first line, spaces after; "&gt; " for quotes.</summary>
    private readonly record struct Prefix(string FirstLine, string Continuation, bool FirstLineUsed = false);
}
