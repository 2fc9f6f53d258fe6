using System.Numerics;
using static ArticleExtract.Input.MarkupScanner;

namespace ArticleExtract.Input;

/// <summary>
/// A linear pre-scan that keeps AngleSharp's tree builder linear. The builder walks its stack
/// of open elements for every scope check, so its time grows with the square of the nesting
/// depth (200,000 nested &lt;div&gt;s: minutes), and <c>HtmlParserOptions.MaximumDepth</c> only
/// flattens the tree, never the stack. The scan follows a cheap model of that stack (implied
/// end tags, scopes, the adoption agency, the active formatting elements and their
/// reconstruction) and, once the model is <see cref="MaxOpenElements"/> deep, removes the
/// start tags that would open more, with their end tags: their text stays, in order. Ordinary
/// pages never come near the cap and pass through untouched, as the same array or string.
/// </summary>
/// <remarks>
/// Works on chars (string input) and on bytes of any ASCII-compatible encoding (markup is
/// ASCII, and no such encoding uses '&lt;' or '&gt;' inside a multi-byte character). Time is
/// linear in the input: every model operation is amortised O(1) except the searches bounded by
/// <see cref="MaxOpenElements"/>.
/// </remarks>
internal sealed partial class NestingGuard
{
    /// <summary>
    /// How deep the model of open elements (plus formatting elements waiting to be reopened)
    /// may grow. Real pages stay under 100; AngleSharp's tree depth cap is 512. Bounds the tree
    /// builder's work per token.
    /// </summary>
    internal const int MaxOpenElements = 256;

    /// <summary>The "Noah's Ark" clause: at most this many identical formatting elements wait to be reopened.</summary>
    private const int MaxIdenticalFormatting = 3;

    /// <summary>
    /// How many formatting elements may wait to be reopened (popped by another end tag, as
    /// in "&lt;p&gt;&lt;b&gt;x&lt;p&gt;"). The tree builder recreates every one of them at the
    /// next text, so a page of "&lt;p&gt;&lt;b id=N&gt;x" would otherwise create n² elements.
    /// Past this many, the guard closes the element where it was popped, as its author should have.
    /// </summary>
    internal const int MaxReopenedFormatting = 8;

    /// <summary>How many tags pass between two looks at the cancellation token.</summary>
    private const int TagsPerCancellationCheck = 4096;

    /// <summary>A removed tag becomes one space, so the words either side of it never glue.</summary>
    private const string Replacement = " ";

    /// <summary>Room for this many stack entries before the stack first grows.</summary>
    private const int InitialStackCapacity = 64;

    /// <summary>Room for this many distinct tag names before the name table first grows (a page uses about a hundred).</summary>
    private const int InitialNameCapacity = 128;

    // The ids of the names the model asks about by name; the constructor gives them these ids.
    private const int IdP = 0;
    private const int IdLi = 1;
    private const int IdDd = 2;
    private const int IdDt = 3;
    private const int IdTd = 4;
    private const int IdTh = 5;
    private const int IdTr = 6;
    private const int IdTable = 7;
    private const int IdTbody = 8;
    private const int IdThead = 9;
    private const int IdTfoot = 10;

    private Entry[] _stack = new Entry[InitialStackCapacity];
    private int _stackCount;
    private NameState[] _names = new NameState[InitialNameCapacity];
    private int[] _slots = new int[InitialNameCapacity * 2];
    private int _nameCount;
    private readonly List<int> _defaultScope = [];
    private readonly List<int> _buttonScope = [];
    private readonly List<int> _listScope = [];
    private readonly List<int> _markers = [];
    private readonly List<ulong> _waiting = [];
    private readonly List<Edit> _edits = [];
    private int _live;
    private int _foreign;
    private int _tagStart;

    /// <summary>Creates a guard whose name table already holds the names the model asks about.</summary>
    internal NestingGuard()
    {
        ReadOnlySpan<ulong> fixedNames = [Tags.P, Tags.Li, Tags.Dd, Tags.Dt, Tags.Td, Tags.Th, Tags.Tr, Tags.Table, Tags.Tbody, Tags.Thead, Tags.Tfoot];
        foreach (var name in fixedNames)
        {
            IdOf(name);
        }

        System.Diagnostics.Debug.Assert(_names[IdTfoot].Hash == Tags.Tfoot, "the fixed ids follow the list above");
    }

    /// <summary>The deepest the model grew during the last scan (open plus waiting elements).</summary>
    internal int MaxDepth { get; private set; }

    /// <summary>The changes made by the last scan, in input order.</summary>
    internal IReadOnlyList<Edit> Edits => _edits;

    /// <summary>Returns the markup with over-deep tags removed, or the same string when nothing changed.</summary>
    public static string Apply(string html, CancellationToken cancellationToken = default)
    {
        var guard = new NestingGuard();
        guard.Scan<char>(html.AsSpan(), cancellationToken);
        if (guard._edits.Count == 0)
        {
            return html;
        }

        var builder = new System.Text.StringBuilder(html.Length);
        var at = 0;
        foreach (var edit in guard._edits)
        {
            builder.Append(html, at, edit.Start - at).Append(edit.Text);
            at = edit.Start + edit.Length;
        }

        return builder.Append(html, at, html.Length - at).ToString();
    }

    /// <summary>Returns the bytes with over-deep tags removed, or the same array when nothing changed.</summary>
    public static byte[] Apply(byte[] html, CancellationToken cancellationToken = default)
    {
        var guard = new NestingGuard();
        guard.Scan<byte>(html, cancellationToken);
        if (guard._edits.Count == 0)
        {
            return html;
        }

        using var output = new MemoryStream(html.Length);
        var at = 0;
        foreach (var edit in guard._edits)
        {
            output.Write(html, at, edit.Start - at);
            output.Write(System.Text.Encoding.ASCII.GetBytes(edit.Text));
            at = edit.Start + edit.Length;
        }

        output.Write(html, at, html.Length - at);
        return output.ToArray();
    }

    /// <summary>Scans markup, recording in <see cref="Edits"/> the changes to make.</summary>
    internal void Scan<T>(ReadOnlySpan<T> s, CancellationToken cancellationToken = default)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (s.IsEmpty)
        {
            return;
        }

        var lt = T.CreateTruncating('<');
        var i = 0; // always inside the input at the top of the loop
        for (var tags = 1; ; tags++)
        {
            if (tags % TagsPerCancellationCheck == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (s[i] != lt) // a tag often follows a tag at once
            {
                var next = s[i..].IndexOf(lt);
                if (next < 0)
                {
                    return;
                }

                i += next;
            }

            if (i + 1 >= s.Length)
            {
                return;
            }

            var c = Ch(s[i + 1]);
            if (c == '!')
            {
                i = SkipMarkupDeclaration(s, i);
            }
            else if (c == '?')
            {
                i = SkipTo(s, i + 2, '>');
            }
            else if (c == '/')
            {
                i = i + 2 < s.Length && char.IsAsciiLetter(Ch(s[i + 2])) ? EndTag(s, i) : SkipTo(s, i + 2, '>');
            }
            else if (char.IsAsciiLetter(c))
            {
                i = StartTag(s, i);
            }
            else
            {
                i++;
            }

            if (i < 0 || i >= s.Length)
            {
                return;
            }
        }
    }

    private int StartTag<T>(ReadOnlySpan<T> s, int start)
        where T : unmanaged, IBinaryInteger<T>
    {
        _tagStart = start;
        var (name, nameEnd) = ReadName(s, start + 1);
        var id = IdOf(name);
        var kind = _names[id].Kind;
        var (end, attributes, selfClosing) = ReadTagEnd(s, nameEnd);
        if (end < 0)
        {
            return -1; // end of input inside a tag: the tokenizer drops it
        }

        if ((kind & TagKind.RawText) != 0)
        {
            return SkipRawText(s, end, start + 1, nameEnd);
        }

        if ((kind & TagKind.Plaintext) != 0)
        {
            return -1; // the rest of the input is text
        }

        if ((kind & (TagKind.Void | TagKind.Structural)) != 0 || (selfClosing && (_foreign > 0 || (kind & TagKind.Foreign) != 0)))
        {
            return end;
        }

        if ((kind & TagKind.Form) != 0 && _names[id].Top >= 0)
        {
            return end; // a nested form is ignored
        }

        var closes = (kind & ClosingKinds) != 0 ? ImpliedClose(id, kind) : -1;
        if (closes < 0 && Depth >= MaxOpenElements)
        {
            _names[id].Suppressed++;
            Remove(start, end);
            return end;
        }

        if (closes >= 0)
        {
            if ((kind & TagKind.Formatting) != 0)
            {
                Tombstone(closes); // <a> inside <a>, <nobr> inside <nobr>: the adoption agency
            }
            else
            {
                PopTo(closes);
            }
        }

        Push(id, name, kind, Identity(name, attributes));
        return end;
    }

    private int EndTag<T>(ReadOnlySpan<T> s, int start)
        where T : unmanaged, IBinaryInteger<T>
    {
        _tagStart = start;
        var (name, nameEnd) = ReadName(s, start + 2);
        var (end, _, _) = ReadTagEnd(s, nameEnd);
        if (end < 0)
        {
            return -1;
        }

        var id = IdOf(name);
        if (_names[id].Suppressed > 0)
        {
            _names[id].Suppressed--;
            Remove(start, end);
            return end;
        }

        var kind = _names[id].Kind;
        var top = _names[id].Top;
        if (top >= 0 && InScope(top, _defaultScope))
        {
            if ((kind & TagKind.Formatting) != 0)
            {
                Tombstone(top);
            }
            else
            {
                PopTo(top);
            }
        }
        else if ((kind & TagKind.Formatting) != 0)
        {
            RemoveWaiting(name);
        }

        return end;
    }

    /// <summary>A change to the input: <see cref="Length"/> characters at <see cref="Start"/> replaced by <see cref="Text"/>.</summary>
    internal readonly record struct Edit(int Start, int Length, string Text);
}
