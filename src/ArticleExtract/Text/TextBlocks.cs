namespace ArticleExtract.Text;

/// <summary>
/// Stage 1: splits scraped text into blocks, one per line. Renderers differ: some put a blank
/// line between blocks, some a single newline, some wrap paragraphs at a fixed width. Blank lines
/// are therefore not relied on; a hard-wrapped paragraph is joined again. Linear in the text.
/// </summary>
internal static class TextBlocks
{
    /// <summary>Below this width a renderer that wraps lines would make text unreadable: no wrapping is assumed.</summary>
    private const int MinWrapWidth = 50;

    /// <summary>Above this width lines are taken as unwrapped (renderers wrap at 72 to 80 columns, rarely more).</summary>
    private const int MaxWrapWidth = 100;

    /// <summary>A wrapped line ends within this many characters of the wrap width (a long word goes to the next line).</summary>
    private const int WrapSlack = 15;

    /// <summary>Lines shorter than this are not considered when looking for wrapping (menus, labels).</summary>
    private const int MinProseLineLength = 30;

    /// <summary>At least this many lines must end near the width before the text is taken as wrapped.</summary>
    private const int MinWrappedLines = 5;

    /// <summary>At least this share of the prose-length lines must end near the width.</summary>
    private const double MinWrappedShare = 0.4;

    /// <summary>Share of the longest lines ignored when finding the wrap width (URLs and long words overflow it).</summary>
    private const double OverflowShare = 0.02;

    /// <summary>
    /// Characters trimmed from a line's ends (a line of only these is blank): spaces, tabs, no-break
    /// spaces and the invisible characters <c>Output/TextNormalizer</c> drops (soft hyphen, zero-width
    /// space, word joiner, BOM). The zero-width joiner and non-joiner are kept, as there: they are spelling.
    /// </summary>
    private const string Invisible = "\u200B\u2060\uFEFF\u00AD \t\u00A0";

    public static List<TextBlock> Split(string text, CancellationToken cancellationToken)
    {
        // The lines are kept as places in the text: a block's string is made once, from its lines.
        var all = text.AsSpan();
        var lines = new List<Line>();
        var sawBlank = false;
        // Most texts break their lines with CR and LF alone: those are found by a faster search than
        // the one for every line break EnumerateLines knows (the same lines come out either way).
        var onlyCrLf = all.IndexOfAny(RareLineBreaks) < 0;
        var rest = all;
        while (NextLine(ref rest, onlyCrLf, out var rawLine))
        {
            var line = rawLine.Trim().Trim(Invisible);
            if (line.IsEmpty)
            {
                sawBlank = true;
                continue;
            }

            all.Overlaps(line, out var start);
            lines.Add(new Line(start, line.Length, sawBlank));
            sawBlank = false;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var width = WrapWidth(lines);
        var blocks = new List<TextBlock>(lines.Count);
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (width == 0 || !IsJoinedToNext(text, lines, i, width))
            {
                blocks.Add(Create(blocks.Count, text.Substring(lines[i].Start, lines[i].Length)));
                continue;
            }

            builder.Clear();
            builder.Append(text, lines[i].Start, lines[i].Length);
            while (IsJoinedToNext(text, lines, i, width))
            {
                i++;
                builder.Append(' ').Append(text, lines[i].Start, lines[i].Length);
            }

            blocks.Add(Create(blocks.Count, builder.ToString()));
        }

        return blocks;
    }

    /// <summary>The line breaks of <see cref="MemoryExtensions.EnumerateLines(ReadOnlySpan{char})"/> other than CR and LF: form feed, next line, line and paragraph separators.</summary>
    private static readonly System.Buffers.SearchValues<char> RareLineBreaks = System.Buffers.SearchValues.Create("\f\u0085\u2028\u2029");

    /// <summary>
    /// Takes the next line off <paramref name="rest"/>, as <see cref="MemoryExtensions.EnumerateLines(ReadOnlySpan{char})"/>
    /// gives them (CR LF is one break), but for the empty line that enumeration gives after a break
    /// at the very end (a blank line with no line after it changes nothing); false when none is left.
    /// <paramref name="onlyCrLf"/>: the text has no line break but CR and LF.
    /// </summary>
    private static bool NextLine(ref ReadOnlySpan<char> rest, bool onlyCrLf, out ReadOnlySpan<char> line)
    {
        if (rest.IsEmpty)
        {
            line = default;
            return false;
        }

        var end = onlyCrLf ? rest.IndexOfAny('\r', '\n') : rest.IndexOfAny(AllLineBreaks);
        if (end < 0)
        {
            line = rest;
            rest = [];
            return true;
        }

        line = rest[..end];
        var breakLength = rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1;
        rest = rest[(end + breakLength)..];
        return true;
    }

    /// <summary>Every line break <see cref="MemoryExtensions.EnumerateLines(ReadOnlySpan{char})"/> knows.</summary>
    private static readonly System.Buffers.SearchValues<char> AllLineBreaks = System.Buffers.SearchValues.Create("\r\n\f\u0085\u2028\u2029");

    /// <summary>A non-blank line: where it is in the text (trimmed), and whether a blank line came before it.</summary>
    private readonly record struct Line(int Start, int Length, bool BlankBefore);

    /// <summary>Line <paramref name="i"/> was wrapped: the next line, with no blank line between, goes on with it.</summary>
    private static bool IsJoinedToNext(string text, List<Line> lines, int i, int width) =>
        i + 1 < lines.Count && !lines[i + 1].BlankBefore
        && IsWrappedBefore(lines[i].Length, text.AsSpan(lines[i + 1].Start, lines[i + 1].Length), width);

    /// <summary>The width the text was wrapped at, or 0 when it was not hard-wrapped.</summary>
    private static int WrapWidth(List<Line> lines)
    {
        var lengths = new List<int>(lines.Count);
        foreach (var line in lines)
        {
            if (line.Length >= MinProseLineLength)
            {
                lengths.Add(line.Length);
            }
        }

        if (lengths.Count < MinWrappedLines)
        {
            return 0;
        }

        lengths.Sort();
        var width = lengths[(int)((lengths.Count - 1) * (1 - OverflowShare))];
        if (width < MinWrapWidth || width > MaxWrapWidth)
        {
            return 0;
        }

        var nearWidth = 0;
        foreach (var length in lengths)
        {
            if (length >= width - WrapSlack && length <= width)
            {
                nearWidth++;
            }
        }

        return nearWidth >= MinWrappedLines && nearWidth >= lengths.Count * MinWrappedShare ? width : 0;
    }

    /// <summary>The wrapper broke here: the next line's first word would not have fitted on this line.</summary>
    private static bool IsWrappedBefore(int lineLength, ReadOnlySpan<char> next, int width)
    {
        var firstWord = next.IndexOf(' ');
        var firstWordLength = firstWord < 0 ? next.Length : firstWord;
        return lineLength + 1 + firstWordLength > width;
    }

    private static TextBlock Create(int index, string raw)
    {
        var clean = raw.AsSpan();
        var heading = false;
        if (clean.Length > 1 && clean[0] == '#')
        {
            var marks = clean.IndexOfAnyExcept('#');
            if (marks > 0 && marks < clean.Length && clean[marks] == ' ')
            {
                clean = clean[marks..].Trim();
                heading = true;
            }
        }
        else if (clean.Length > 2 && IsBullet(clean[0]) && clean[1] == ' ')
        {
            clean = clean[2..].Trim();
        }

        return new TextBlock(index, raw, clean.Length == raw.Length ? raw : clean.ToString())
        {
            MarkedHeading = heading,
        };
    }

    private static bool IsBullet(char c) => c is '•' or '·' or '*' or '-' or '–' or '‣' or '◦' or '▪' or '►' or '○' or '●' or '■' or '□' or '+';
}
