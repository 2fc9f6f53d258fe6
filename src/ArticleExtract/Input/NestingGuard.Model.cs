namespace ArticleExtract.Input;

/// <summary>The guard's model of the tree builder's stack: open elements, scopes, the active formatting elements, and the table of tag names.</summary>
internal sealed partial class NestingGuard
{
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
}
