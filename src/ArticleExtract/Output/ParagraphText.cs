using System.Text;

namespace ArticleExtract.Output;

/// <summary>
/// The rules of plain text, shared by the two walks that write it (<see cref="PlainTextWriter"/>
/// over a page's elements, <see cref="BodyTextWriter"/> over the body tree): every block a
/// paragraph (two words are never glued across tags), <c>&lt;br&gt;</c> a line break, a row's
/// cells separated by " | ", preformatted text with its whitespace, everything else collapsed.
/// A walk tells it which element it enters and leaves and which text it meets; the paragraph
/// being written is built in one builder, reused from paragraph to paragraph. Made per walk.
/// </summary>
internal sealed class ParagraphText
{
    private const string CellSeparator = " | ";

    private readonly StringBuilder _current = new();

    private readonly List<string>? _paragraphs;

    private readonly StringBuilder? _line;

    private bool _pendingSpace;

    private int _preDepth;

    private ParagraphText(List<string>? paragraphs, StringBuilder? line)
    {
        _paragraphs = paragraphs;
        _line = line;
    }

    /// <summary>Writes each paragraph, normalised, to <paramref name="paragraphs"/>.</summary>
    public static ParagraphText ToParagraphs(List<string> paragraphs) => new(paragraphs, null);

    /// <summary>Writes every paragraph collapsed onto <paramref name="line"/>, one space between them.</summary>
    public static ParagraphText ToLine(StringBuilder line) => new(null, line);

    /// <summary>Whether the walk is inside preformatted text, whose text is written as it is.</summary>
    public bool InPreformatted => _preDepth > 0;

    /// <summary>
    /// Enters an element of the given role: a line break is written (and the element has nothing
    /// to walk: returns <c>false</c>), a block ends the paragraph before it, a cell after another
    /// cell's text is separated from it.
    /// </summary>
    public bool Enter(TextRole role)
    {
        if (role.HasFlag(TextRole.Break))
        {
            TrimEndSpaces();
            if (_current.Length > 0)
            {
                _current.Append('\n');
            }

            _pendingSpace = false;
            return false;
        }

        if (role.HasFlag(TextRole.Block))
        {
            EndParagraph();
        }
        else if (role.HasFlag(TextRole.Cell) && _current.Length > 0)
        {
            TrimEndSpaces();
            _current.Append(CellSeparator);
            _pendingSpace = false;
        }

        _preDepth += role.HasFlag(TextRole.Pre) ? 1 : 0;
        return true;
    }

    /// <summary>Leaves an element entered with <paramref name="role"/>: a block ends its paragraph, a cell leaves a space.</summary>
    public void Leave(TextRole role)
    {
        _preDepth -= role.HasFlag(TextRole.Pre) ? 1 : 0;
        if (role.HasFlag(TextRole.Block))
        {
            EndParagraph();
        }
        else
        {
            _pendingSpace |= role.HasFlag(TextRole.Cell);
        }
    }

    /// <summary>Appends preformatted text as it is.</summary>
    public void AppendPreformatted(ReadOnlySpan<char> text) => _current.Append(text);

    /// <summary>Appends text with its whitespace collapsed, one space kept from a pending or leading space; a trailing space stays pending.</summary>
    public void AppendCollapsed(ReadOnlySpan<char> data)
    {
        var leadingSpace = data.Length > 0 && char.IsWhiteSpace(data[0]);
        var before = _current.Length;
        TextNormalizer.AppendCollapsed(_current, data, _pendingSpace || leadingSpace);
        _pendingSpace = data.Length > 0 && char.IsWhiteSpace(data[^1]) && _current.Length > before;
        if (_current.Length > 0 && _current[^1] == ' ')
        {
            _current.Length--;
            _pendingSpace = true;
        }
    }

    /// <summary>Ends the paragraph being written (nothing when it is empty) and starts the next one.</summary>
    public void EndParagraph()
    {
        _pendingSpace = false;
        if (_current.Length == 0)
        {
            return;
        }

        if (_line is not null)
        {
            var pendingSpace = _line.Length > 0;
            foreach (var chunk in _current.GetChunks())
            {
                TextNormalizer.AppendCollapsed(_line, chunk.Span, pendingSpace);
                pendingSpace = false;
            }

            _current.Clear();
            return;
        }

        AddParagraph(_paragraphs!, _current);
    }

    private void TrimEndSpaces()
    {
        while (_current.Length > 0 && _current[^1] == ' ')
        {
            _current.Length--;
        }
    }

    /// <summary>Adds the paragraph built so far (normalised, its lines trimmed) unless it is empty, and clears the builder.</summary>
    private static void AddParagraph(List<string> paragraphs, StringBuilder current)
    {
        var text = TextNormalizer.Finish(current);
        current.Clear();
        if (text.Length == 0)
        {
            return;
        }

        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            // One line, already trimmed: the common case needs no splitting.
            paragraphs.Add(text);
            return;
        }

        // Lines inside a paragraph (from <br> or <pre>) are trimmed; runs of blank lines become one break.
        var lines = text.Split('\n');
        var builder = new StringBuilder(text.Length);
        foreach (var line in lines)
        {
            var trimmed = line.TrimEnd();
            if (trimmed.Trim().Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(trimmed);
        }

        if (builder.Length > 0)
        {
            paragraphs.Add(builder.ToString());
        }
    }
}
