using AngleSharp.Dom;
using static ArticleExtract.Output.BodyTreeEdits;
using static ArticleExtract.Output.CleanText;

namespace ArticleExtract.Output;

/// <summary>The builder's steps for each allowlisted element: where it goes in the tree, or why it is unwrapped.</summary>
internal sealed partial class BodyTreeBuilder
{
    private void EnterInline(IElement element, string name)
    {
        if (HoldsBlocks(element))
        {
            PushChildren(element);
            return;
        }

        string? href = null;
        if (name == "a")
        {
            href = SafeUrl.Resolve(element.GetAttribute("href"), _baseUri);
            if (href is null)
            {
                PushChildren(element);
                return;
            }
        }

        var target = InlineTarget();
        var saved = Save();
        var node = target.Add(BodyNode.Element(name));
        node.Href = href;
        node.Title = href is null ? null : AttributeText(element, "title");
        _inline = node;
        Open(element, node, saved);
    }

    private void EnterPhrasingBlock(IElement element, string name)
    {
        if (_inline is not null || (name == "p" && HoldsBlocks(element)))
        {
            Unwrap(element, name);
            return;
        }

        var outputName = name switch
        {
            "h1" => "h2",
            "figcaption" when _flow.Name != "figure" => "p",
            _ => name,
        };
        var parent = BlockTarget();
        var saved = Save();
        var node = parent.Add(BodyNode.Element(outputName));
        _inline = node;
        _atLineStart = true;
        _pendingSpace = false;
        if (name == "pre")
        {
            _preDepth++;
        }

        Open(element, node, saved);
    }

    /// <summary>Quotes, figures and lists: containers of blocks.</summary>
    private void EnterContainer(IElement element, string name)
    {
        if (_inline is not null)
        {
            Unwrap(element, name);
            return;
        }

        var parent = BlockTarget();
        var saved = Save();
        _flow = parent.Add(BodyNode.Element(name));
        _paragraph = null;
        Open(element, _flow, saved);
    }

    private void EnterListItem(IElement element, string name)
    {
        if (_inline is null)
        {
            LeaveImplicit("li");
        }

        if (_inline is not null || _flow.Name is not ("ul" or "ol"))
        {
            Unwrap(element, name);
            return;
        }

        var saved = Save();
        _flow = _flow.Add(BodyNode.Element("li"));
        _paragraph = null;
        Open(element, _flow, saved);
    }

    private void EnterTable(IElement element, string name)
    {
        if (_inline is not null || LayoutTables.IsLayoutTable(element))
        {
            Unwrap(element, name);
            return;
        }

        EnterContainer(element, name);
    }

    /// <summary>A data table's caption becomes a paragraph just before the table.</summary>
    private void EnterCaption(IElement element, string name)
    {
        if (_inline is not null || _flow.Name != "table" || _flow.Parent is not { } tableParent)
        {
            Unwrap(element, name);
            return;
        }

        var saved = Save();
        var node = tableParent.Insert(tableParent.Children.Count - 1, BodyNode.Element("p"));
        _inline = node;
        _atLineStart = true;
        _pendingSpace = false;
        Open(element, node, saved);
    }

    private void EnterTableSection(IElement element, string name)
    {
        if (_inline is null)
        {
            LeaveImplicit("td", "tr", "tbody");
        }

        if (_inline is not null || _flow.Name != "table")
        {
            Unwrap(element, name);
            return;
        }

        var saved = Save();
        _flow = _flow.Add(BodyNode.Element(name == "thead" ? "thead" : "tbody"));
        _paragraph = null;
        Open(element, _flow, saved);
    }

    private void EnterRow(IElement element, string name)
    {
        if (_inline is null)
        {
            LeaveImplicit("td", "tr");
            if (_flow.Name == "table")
            {
                _flow = LastImplicitChildOrNew(_flow, "tbody");
            }
        }

        if (_inline is not null || _flow.Name is not ("thead" or "tbody"))
        {
            Unwrap(element, name);
            return;
        }

        var saved = Save();
        _flow = _flow.Add(BodyNode.Element("tr"));
        _paragraph = null;
        Open(element, _flow, saved);
    }

    private void EnterCell(IElement element, string name)
    {
        if (_inline is null)
        {
            LeaveImplicit("td");
            if (_flow.Name is "table" or "thead" or "tbody")
            {
                EnsureFlow(stopAtRow: true);
            }
        }

        if (_inline is not null || _flow.Name != "tr")
        {
            Unwrap(element, name);
            return;
        }

        var saved = Save();
        _flow = _flow.Add(BodyNode.Element(name));
        _flow.ColSpan = LayoutTables.Span(element, "colspan");
        _flow.RowSpan = LayoutTables.Span(element, "rowspan");
        _paragraph = null;
        Open(element, _flow, saved);
    }

    /// <summary>Inside preformatted text only the text is kept: breaks and block boundaries become new lines.</summary>
    private void EnterInsidePre(IElement element, string name)
    {
        if (name == "br")
        {
            AppendText(_inline!, "\n");
            _atLineStart = true;
        }
        else if (ElementRoles.BlockLike.Contains(name))
        {
            Boundary();
            _stack.Push(new Frame(element, true, Exit.Boundary));
            PushChildren(element);
        }
        else
        {
            PushChildren(element);
        }
    }
}
