using AngleSharp.Dom;

namespace ArticleExtract.Output;

/// <summary>Tells tables that lay out the page from tables that hold data; reads a cell's spans.</summary>
internal static class LayoutTables
{
    /// <summary>Larger colspan/rowspan values are not kept (tables that span more are malformed or layout).</summary>
    private const int MaxSpan = 100;

    /// <summary>How many elements a table's cells may hold before the table is taken for layout without looking further.</summary>
    private const int LayoutTableScanBudget = 5000;

    /// <summary>A cell's column or row span from its attribute, 1 when absent or out of bounds.</summary>
    public static int Span(IElement cell, string name) =>
        int.TryParse(cell.GetAttribute(name), out var span) && span is > 1 and <= MaxSpan ? span : 1;

    /// <summary>
    /// Whether a table lays out the page rather than holding data: marked as presentation, a single
    /// row or column, or a cell holding structure (headings, lists, nested tables, several paragraphs).
    /// Layout tables are unwrapped, their cells read as blocks of the article.
    /// </summary>
    public static bool IsLayoutTable(IElement table)
    {
        if (table.GetAttribute("role") is { } role && (role.Equals("presentation", StringComparison.OrdinalIgnoreCase) || role.Equals("none", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (table is not AngleSharp.Html.Dom.IHtmlTableElement htmlTable)
        {
            return true;
        }

        var budget = LayoutTableScanBudget;
        var rows = 0;
        var widest = 0;
        foreach (var row in htmlTable.Rows)
        {
            rows++;
            var cells = 0;
            foreach (var cell in row.Cells)
            {
                cells += Span(cell, "colspan");
                if (CellHoldsStructure(cell, ref budget))
                {
                    return true;
                }
            }

            widest = Math.Max(widest, cells);
        }

        return rows < 2 || widest < 2;
    }

    private static bool CellHoldsStructure(IElement cell, ref int budget)
    {
        var paragraphs = 0;
        var stack = new Stack<IElement>();
        stack.Push(cell);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (--budget < 0)
            {
                return true;
            }

            if (element != cell)
            {
                if (ElementRoles.LayoutMarkers.Contains(element.LocalName))
                {
                    return true;
                }

                if (element.LocalName == "p" && ++paragraphs > 1)
                {
                    return true;
                }
            }

            var children = element.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                if (children[i] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }

        return false;
    }
}
