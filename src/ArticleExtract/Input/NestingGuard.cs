using System.Collections.Frozen;
using System.Numerics;

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
internal sealed class NestingGuard
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

    /// <summary>The FNV-1a offset basis that <see cref="ReadTagRest"/>'s hash of the attributes starts from.</summary>
    private const uint AttributeSeed = 2166136261u;

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

    /// <summary>The stack index a start tag implicitly closes (or, for &lt;a&gt;/&lt;nobr&gt;, removes); -1 for none.</summary>
    private int ImpliedClose(int id, TagKind kind)
    {
        if ((kind & TagKind.ClosesParagraph) != 0)
        {
            var p = Top(IdP);
            if (p >= 0 && InScope(p, _buttonScope) && InScope(p, _defaultScope))
            {
                // The start tag may also close its own kind below (li, dd, dt): the deeper wins.
                return Math.Min(p, SameKindOpen(id, kind) is var own and >= 0 ? own : int.MaxValue);
            }
        }

        return SameKindOpen(id, kind);
    }

    private int SameKindOpen(int id, TagKind kind)
    {
        if ((kind & TagKind.ListItem) != 0)
        {
            var li = Top(IdLi);
            return li >= 0 && InScope(li, _listScope) && InScope(li, _defaultScope) ? li : -1;
        }

        if ((kind & TagKind.DefinitionItem) != 0)
        {
            var item = Math.Max(Top(IdDd), Top(IdDt));
            return item >= 0 && InScope(item, _defaultScope) ? item : -1;
        }

        if ((kind & TagKind.Cell) != 0)
        {
            var cell = Math.Max(Top(IdTd), Top(IdTh));
            return cell > Top(IdTable) ? cell : -1;
        }

        if ((kind & TagKind.Row) != 0)
        {
            var row = Top(IdTr);
            return row > Top(IdTable) ? row : -1;
        }

        if ((kind & TagKind.Section) != 0)
        {
            var section = Math.Max(Top(IdTbody), Math.Max(Top(IdThead), Top(IdTfoot)));
            return section > Top(IdTable) ? section : -1;
        }

        if ((kind & (TagKind.Heading | TagKind.Option)) != 0)
        {
            var top = TopLive();
            return top >= 0 && (_stack[top].Kind & kind & (TagKind.Heading | TagKind.Option)) != 0 ? top : -1;
        }

        if ((kind & (TagKind.SelfNesting)) != 0)
        {
            var same = Top(id);
            return same >= 0 && InScope(same, _defaultScope) ? same : -1;
        }

        return -1;
    }

    /// <summary>The kinds whose start tag may close an open element (<see cref="ImpliedClose"/> finds none for any other).</summary>
    private const TagKind ClosingKinds = TagKind.ClosesParagraph | TagKind.ListItem | TagKind.DefinitionItem | TagKind.Cell | TagKind.Row
        | TagKind.Section | TagKind.Heading | TagKind.Option | TagKind.SelfNesting;

    /// <summary>The kinds an open element is counted or listed for besides the stack (scopes, markers, foreign content).</summary>
    private const TagKind ListedKinds = TagKind.DefaultScope | TagKind.ButtonScope | TagKind.ListScope | TagKind.Marker | TagKind.Foreign;

    /// <summary>How deep the tree builder's stack can be: open elements plus formatting elements it will reopen.</summary>
    private int Depth => _live + _waiting.Count;

    /// <summary>The stack index of the latest open element of the name with this id; -1 for none.</summary>
    private int Top(int id) => _names[id].Top;

    private int TopLive()
    {
        for (var i = _stackCount - 1; i >= 0; i--)
        {
            if (_stack[i].Live)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when no scope boundary of the given list was opened after the element at <paramref name="index"/>.</summary>
    private static bool InScope(int index, List<int> boundaries) => boundaries.Count == 0 || boundaries[^1] <= index;

    private void Push(int id, ulong name, TagKind kind, ulong identity)
    {
        var index = _stackCount;
        if (index == _stack.Length)
        {
            Array.Resize(ref _stack, index * 2);
        }

        _stack[index] = new Entry(name, identity, kind, _waiting.Count, id, _names[id].Top);
        _stackCount++;
        _names[id].Top = index;
        _live++;
        MaxDepth = Math.Max(MaxDepth, Depth);
        if ((kind & ListedKinds) == 0)
        {
            return;
        }

        if ((kind & TagKind.DefaultScope) != 0)
        {
            _defaultScope.Add(index);
        }

        if ((kind & TagKind.ButtonScope) != 0)
        {
            _buttonScope.Add(index);
        }

        if ((kind & TagKind.ListScope) != 0)
        {
            _listScope.Add(index);
        }

        if ((kind & TagKind.Marker) != 0)
        {
            _markers.Add(index);
        }

        if ((kind & TagKind.Foreign) != 0)
        {
            _foreign++;
        }
    }

    /// <summary>Pops every element from the top down to and including <paramref name="index"/>.</summary>
    private void PopTo(int index)
    {
        for (var i = _stackCount - 1; i >= index; i--)
        {
            var entry = _stack[i];
            if (entry.Live)
            {
                Forget(i, entry);
                if ((entry.Kind & TagKind.Formatting) != 0 && i != index)
                {
                    Wait(entry);
                }

                if ((entry.Kind & TagKind.Marker) != 0 && _waiting.Count > entry.WaitingAtOpen)
                {
                    _waiting.RemoveRange(entry.WaitingAtOpen, _waiting.Count - entry.WaitingAtOpen);
                }
            }
        }

        _stackCount = index;
    }

    /// <summary>The adoption agency: the formatting element leaves the stack, what was opened inside it stays.</summary>
    private void Tombstone(int index)
    {
        var entry = _stack[index];
        Forget(index, entry);
        _stack[index] = entry with { Live = false };
        if (index == _stackCount - 1)
        {
            var keep = _stackCount - 1;
            while (keep > 0 && !_stack[keep - 1].Live)
            {
                keep--;
            }

            _stackCount = keep;
        }
    }

    private void Forget(int index, Entry entry)
    {
        _names[entry.Id].Top = entry.PreviousSame; // the element is the latest open one of its name
        _live--;
        if ((entry.Kind & ListedKinds) == 0)
        {
            return; // the lists below hold only elements of their kinds
        }

        RemoveLast(_defaultScope, index);
        RemoveLast(_buttonScope, index);
        RemoveLast(_listScope, index);
        RemoveLast(_markers, index);
        if ((entry.Kind & TagKind.Foreign) != 0)
        {
            _foreign--;
        }
    }

    private static void RemoveLast(List<int> list, int index)
    {
        if (list.Count > 0 && list[^1] == index)
        {
            list.RemoveAt(list.Count - 1);
        }
    }

    /// <summary>A formatting element popped by another end tag waits in the list to be reopened.</summary>
    private void Wait(Entry entry)
    {
        var identity = entry.Identity;
        if (WaitingSinceMarker >= MaxReopenedFormatting && Tags.NameOf(entry.Name) is { } tagName)
        {
            _edits.Add(new Edit(_tagStart, 0, $"</{tagName}>"));
            return;
        }

        var identical = 0;
        var floor = _markers.Count > 0 ? _stack[_markers[^1]].WaitingAtOpen : 0;
        for (var i = _waiting.Count - 1; i >= floor; i--)
        {
            if (_waiting[i] == identity && ++identical >= MaxIdenticalFormatting)
            {
                return;
            }
        }

        _waiting.Add(identity);
    }

    /// <summary>An end tag of a formatting element that is not open removes the latest waiting one of its name.</summary>
    private void RemoveWaiting(ulong name)
    {
        for (var i = _waiting.Count - 1; i >= 0; i--)
        {
            if (_waiting[i] >> 32 == name >> 32)
            {
                _waiting.RemoveAt(i);
                return;
            }
        }
    }

    /// <summary>
    /// Removes a tag, merging it with a removal that ends where it starts: a run of removed tags
    /// becomes one space, not thousands (later stages, Readability's among them, pay for every
    /// character of a text node), and the list of edits stays short.
    /// </summary>
    private void Remove(int start, int end)
    {
        if (_edits.Count > 0 && _edits[^1] is { Text: Replacement } last && last.Start + last.Length == start)
        {
            _edits[^1] = last with { Length = end - last.Start };
            return;
        }

        _edits.Add(new Edit(start, end - start, Replacement));
    }

    private int WaitingSinceMarker => _waiting.Count - (_markers.Count > 0 ? _stack[_markers[^1]].WaitingAtOpen : 0);

    /// <summary>The dense id of a tag name's hash in this scan's name table, adding the name when it is new.</summary>
    private int IdOf(ulong name)
    {
        var mask = _slots.Length - 1;
        for (var slot = (int)name & mask; ; slot = (slot + 1) & mask)
        {
            var id = _slots[slot] - 1;
            if (id < 0)
            {
                return AddName(name, slot);
            }

            if (_names[id].Hash == name)
            {
                return id;
            }
        }
    }

    private int AddName(ulong name, int slot)
    {
        if (_nameCount == _names.Length)
        {
            GrowNames();
            return IdOf(name);
        }

        var id = _nameCount++;
        _names[id] = new NameState(name, Tags.KindOf(name));
        _slots[slot] = id + 1;
        return id;
    }

    /// <summary>Doubles the name table, keeping it at most half full so that probes stay short.</summary>
    private void GrowNames()
    {
        Array.Resize(ref _names, _names.Length * 2);
        _slots = new int[_names.Length * 2];
        var mask = _slots.Length - 1;
        for (var id = 0; id < _nameCount; id++)
        {
            var slot = (int)_names[id].Hash & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = id + 1;
        }
    }

    /// <summary>A formatting element's identity for the Noah's Ark clause: its name in the high half, its attributes in the low.</summary>
    private static ulong Identity(ulong name, uint attributes) => (name & 0xFFFF_FFFF_0000_0000UL) | attributes;

    private static char Ch<T>(T value)
        where T : unmanaged, IBinaryInteger<T> => (char)ushort.CreateTruncating(value);

    /// <summary>Lower-cases as <see cref="char.ToLowerInvariant"/> does, without its call for ASCII.</summary>
    private static char ToLower(char c) => c < 0x80 ? (char)(char.IsAsciiLetterUpper(c) ? c | 0x20 : c) : char.ToLowerInvariant(c);

    /// <summary>Reads a tag name, lower-cased and hashed; returns the hash and the index after the name.</summary>
    private static (ulong Name, int End) ReadName<T>(ReadOnlySpan<T> s, int start)
        where T : unmanaged, IBinaryInteger<T>
    {
        var i = start;
        var hash = Tags.Seed;
        while (i < s.Length)
        {
            var c = Ch(s[i]);
            if (c is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f')
            {
                break;
            }

            hash = Tags.Step(hash, ToLower(c));
            i++;
        }

        return (Tags.Finish(hash), i);
    }

    /// <summary>As <see cref="ReadTagRest"/>, answering at once for a tag that ends right after its name.</summary>
    private static (int End, uint Attributes, bool SelfClosing) ReadTagEnd<T>(ReadOnlySpan<T> s, int start)
        where T : unmanaged, IBinaryInteger<T>
    {
        return start < s.Length && Ch(s[start]) == '>' ? (start + 1, AttributeSeed, false) : ReadTagRest(s, start);
    }

    /// <summary>
    /// Finds the '&gt;' that ends a tag, skipping quoted attribute values; returns the index after it
    /// (-1 at end of input), a hash of the attributes and whether the tag ends with "/&gt;".
    /// </summary>
    private static (int End, uint Attributes, bool SelfClosing) ReadTagRest<T>(ReadOnlySpan<T> s, int start)
        where T : unmanaged, IBinaryInteger<T>
    {
        var hash = AttributeSeed;
        var afterEquals = false;
        for (var i = start; i < s.Length; i++)
        {
            var c = Ch(s[i]);
            if (c > '>')
            {
                // Letters, the bulk of a tag: the default case below, without the switch.
                afterEquals = false;
                hash = (hash ^ c) * 16777619u;
                continue;
            }

            switch (c)
            {
                case '>':
                    return (i + 1, hash, i > start && Ch(s[i - 1]) == '/');
                case '=':
                    afterEquals = true;
                    break;
                case '"' or '\'' when afterEquals:
                    var close = s[(i + 1)..].IndexOf(T.CreateTruncating(c));
                    if (close < 0)
                    {
                        return (-1, hash, false);
                    }

                    hash = (hash ^ (uint)close) * 16777619u;
                    i += close + 1;
                    afterEquals = false;
                    break;
                case ' ' or '\t' or '\n' or '\r' or '\f':
                    break;
                default:
                    afterEquals = false;
                    break;
            }

            hash = (hash ^ c) * 16777619u;
        }

        return (-1, hash, false);
    }

    /// <summary>Skips the text of a raw-text element (script, style, textarea...) and its end tag.</summary>
    private static int SkipRawText<T>(ReadOnlySpan<T> s, int from, int nameStart, int nameEnd)
        where T : unmanaged, IBinaryInteger<T>
    {
        var nameLength = nameEnd - nameStart;
        var lt = T.CreateTruncating('<');
        for (var i = from; i < s.Length;)
        {
            var next = s[i..].IndexOf(lt);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (i + 2 + nameLength <= s.Length && Ch(s[i + 1]) == '/' && SameName(s, i + 2, nameStart, nameLength))
            {
                var after = i + 2 + nameLength;
                if (after == s.Length)
                {
                    return -1;
                }

                if (Ch(s[after]) is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    return SkipTo(s, after, '>');
                }
            }

            i++;
        }

        return -1;
    }

    private static bool SameName<T>(ReadOnlySpan<T> s, int at, int nameStart, int length)
        where T : unmanaged, IBinaryInteger<T>
    {
        for (var k = 0; k < length; k++)
        {
            if (char.ToLowerInvariant(Ch(s[at + k])) != char.ToLowerInvariant(Ch(s[nameStart + k])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Skips "&lt;!--...--&gt;", "&lt;!doctype...&gt;" and other "&lt;!...&gt;" declarations.</summary>
    private static int SkipMarkupDeclaration<T>(ReadOnlySpan<T> s, int start)
        where T : unmanaged, IBinaryInteger<T>
    {
        var dash = T.CreateTruncating('-');
        if (start + 3 < s.Length && s[start + 2] == dash && s[start + 3] == dash)
        {
            var i = start + 4;
            if (i < s.Length && Ch(s[i]) == '>')
            {
                return i + 1; // "<!-->"
            }

            if (i + 1 < s.Length && s[i] == dash && Ch(s[i + 1]) == '>')
            {
                return i + 2; // "<!--->"
            }

            ReadOnlySpan<T> close = [dash, dash, T.CreateTruncating('>')];
            var end = s[i..].IndexOf(close);
            return end < 0 ? -1 : i + end + 3;
        }

        return SkipTo(s, start + 2, '>');
    }

    private static int SkipTo<T>(ReadOnlySpan<T> s, int from, char c)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (from >= s.Length)
        {
            return -1;
        }

        var at = s[from..].IndexOf(T.CreateTruncating(c));
        return at < 0 ? -1 : from + at + 1;
    }

    /// <summary>A change to the input: <see cref="Length"/> characters at <see cref="Start"/> replaced by <see cref="Text"/>.</summary>
    internal readonly record struct Edit(int Start, int Length, string Text);

    /// <summary>An element of the model's stack; <see cref="PreviousSame"/> is the index of the open element of the same name below it, or -1.</summary>
    private readonly record struct Entry(ulong Name, ulong Identity, TagKind Kind, int WaitingAtOpen, int Id, int PreviousSame)
    {
        public bool Live { get; init; } = true;
    }

    /// <summary>A tag name seen in this scan: its kind, its latest open element and how many of its end tags to remove.</summary>
    private struct NameState(ulong hash, TagKind kind)
    {
        public readonly ulong Hash = hash;
        public readonly TagKind Kind = kind;
        public int Top = -1;
        public int Suppressed;
    }

    /// <summary>What the model needs to know about a tag name.</summary>
    [Flags]
    internal enum TagKind
    {
        None = 0,
        Void = 1 << 0,
        Structural = 1 << 1,
        RawText = 1 << 2,
        Plaintext = 1 << 3,
        Formatting = 1 << 4,
        ClosesParagraph = 1 << 5,
        ListItem = 1 << 6,
        DefinitionItem = 1 << 7,
        Cell = 1 << 8,
        Row = 1 << 9,
        Section = 1 << 10,
        Heading = 1 << 11,
        Option = 1 << 12,
        SelfNesting = 1 << 13,
        Form = 1 << 14,
        DefaultScope = 1 << 15,
        ButtonScope = 1 << 16,
        ListScope = 1 << 17,
        Marker = 1 << 18,
        Foreign = 1 << 19,
    }

    /// <summary>The tag names the model knows, by hash.</summary>
    internal static class Tags
    {
        public const ulong Seed = 14695981039346656037UL;

        public static readonly ulong P = Hash("p");
        public static readonly ulong Li = Hash("li");
        public static readonly ulong Dd = Hash("dd");
        public static readonly ulong Dt = Hash("dt");
        public static readonly ulong Td = Hash("td");
        public static readonly ulong Th = Hash("th");
        public static readonly ulong Tr = Hash("tr");
        public static readonly ulong Table = Hash("table");
        public static readonly ulong Tbody = Hash("tbody");
        public static readonly ulong Thead = Hash("thead");
        public static readonly ulong Tfoot = Hash("tfoot");

        private static readonly FrozenDictionary<ulong, TagKind> Kinds = Build();

        private static readonly FrozenDictionary<ulong, string> FormattingNames =
            "a b big code em font i nobr s small strike strong tt u".Split(' ').ToFrozenDictionary(Hash, name => name);

        public static TagKind KindOf(ulong name) => Kinds.GetValueOrDefault(name);

        /// <summary>The name of a formatting element, to write its end tag.</summary>
        public static string? NameOf(ulong name) => FormattingNames.GetValueOrDefault(name);

        public static ulong Step(ulong hash, char c) => (hash ^ c) * 1099511628211UL;

        /// <summary>Mixes the FNV hash so that its high half (used for names in identities) is well spread.</summary>
        public static ulong Finish(ulong hash) => hash ^ (hash >> 29) ^ (hash << 32);

        public static ulong Hash(string name)
        {
            var hash = Seed;
            foreach (var c in name)
            {
                hash = Step(hash, c);
            }

            return Finish(hash);
        }

        private static FrozenDictionary<ulong, TagKind> Build()
        {
            var kinds = new Dictionary<ulong, TagKind>();
            void Add(string names, TagKind kind)
            {
                foreach (var name in names.Split(' '))
                {
                    var key = Hash(name);
                    kinds[key] = kinds.GetValueOrDefault(key) | kind;
                }
            }

            // The HTML standard's lists (13.1.2 elements, 13.2.6 tree construction).
            Add("area base basefont bgsound br col embed hr img image input keygen link meta param source track wbr frame", TagKind.Void);
            Add("html head body frameset", TagKind.Structural);
            Add("script style textarea title xmp iframe noembed noframes", TagKind.RawText);
            Add("plaintext", TagKind.Plaintext);
            Add("a b big code em font i nobr s small strike strong tt u", TagKind.Formatting);
            Add("address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing li dd dt table", TagKind.ClosesParagraph);
            Add("li", TagKind.ListItem);
            Add("dd dt", TagKind.DefinitionItem);
            Add("td th", TagKind.Cell);
            Add("tr", TagKind.Row);
            Add("tbody thead tfoot", TagKind.Section);
            Add("h1 h2 h3 h4 h5 h6", TagKind.Heading);
            Add("option optgroup", TagKind.Option);
            Add("a nobr button p", TagKind.SelfNesting);
            Add("form", TagKind.Form);
            Add("applet caption html table td th marquee object template", TagKind.DefaultScope);
            Add("button", TagKind.ButtonScope);
            Add("ol ul", TagKind.ListScope);
            Add("applet marquee object template td th caption", TagKind.Marker);
            Add("svg math", TagKind.Foreign);
            return kinds.ToFrozenDictionary();
        }
    }
}
