using AngleSharp.Dom;
using ArticleExtract.Output;
using ArticleExtract.Pipeline;

namespace ArticleExtract.Html;

/// <summary>Shared by the stages that drop blocks: removes an element and records its visible text.</summary>
internal static class Boilerplate
{
    /// <summary>Records the element's visible text with its kind, then detaches it.</summary>
    public static void Drop(IElement element, BoilerplateKind kind, ExtractionContext context)
    {
        if (context.Options.ReportBoilerplate)
        {
            context.RecordCollapsedBoilerplate(kind, PlainTextWriter.WriteCollapsed(element));
        }

        context.Undo?.Record(element);
        element.Remove();
    }
}
