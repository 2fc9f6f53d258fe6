using AngleSharp.Dom;

namespace ArticleExtract.Html;

/// <summary>
/// The detachments and moves of the first extraction attempt, which works on the parsed page's
/// own body (the document is parsed for this call alone, so no copy is needed when the first
/// attempt is kept, as it nearly always is). When a retry is needed, <see cref="Undo"/> puts
/// every node back where it was, last first, and the retries run on copies of the restored body.
/// </summary>
internal sealed class UndoLog
{
    private readonly List<(INode Node, INode Parent, INode? Next)> _entries = [];

    /// <summary>Notes where a node stands, just before it is detached or moved.</summary>
    public void Record(INode node)
    {
        if (node.Parent is not { } parent)
        {
            return;
        }

        // The next sibling by index: AngleSharp's NextSibling scans the parent's list as well.
        var nodes = parent.ChildNodes;
        INode? next = null;
        for (var i = 0; i < nodes.Length; i++)
        {
            if (ReferenceEquals(nodes[i], node))
            {
                next = i + 1 < nodes.Length ? nodes[i + 1] : null;
                break;
            }
        }

        _entries.Add((node, parent, next));
    }

    /// <summary>Puts every recorded node back in its place, the last change first.</summary>
    public void Undo()
    {
        for (var i = _entries.Count - 1; i >= 0; i--)
        {
            var (node, parent, next) = _entries[i];
            parent.InsertBefore(node, next);
        }

        _entries.Clear();
    }
}
