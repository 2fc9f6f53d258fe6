using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Html.Candidates;

namespace ArticleExtract.Html;

/// <summary>
/// Stage 2a': a page rendered by streaming (React's server rendering) sends late content as hidden
/// segments at the end of the body (&lt;div hidden id="S:n"&gt;) and leaves a placeholder where it
/// belongs (&lt;template id="B:n"&gt;, before the fallback the page shows meanwhile); the page's
/// script ($RC("B:n","S:n")) moves each segment's children into its placeholder's place. This stage
/// does the same move on the call's own document, so the content stands where the reader sees it, not after the
/// footer. A segment without a placeholder stays where it is. Iterative: each segment is moved once.
/// </summary>
internal static partial class StreamedSegments
{
    /// <summary>A call of the completion script with its two string arguments: the placeholder's id, the segment's id.</summary>
    [GeneratedRegex("""\$RC\(\s*["']([^"']+)["']\s*,\s*["']([^"']+)["']""")]
    private static partial Regex CompletionCall();

    /// <summary>Moves each streamed segment into its placeholder's place; true when the document changed.</summary>
    public static bool MoveIntoPlace(IHtmlDocument document, TreeOrder? elements)
    {
        if (elements is null || document.Body is null)
        {
            return false;
        }

        var vocabulary = CandidateVocabulary.Shared;
        var segments = new List<IElement>();
        var placeholders = new Dictionary<string, IElement>(StringComparer.Ordinal);
        var scripts = new List<IElement>();
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            if (element.LocalName == "template" && element.GetAttribute("id") is { Length: > 0 } placeholderId)
            {
                placeholders.TryAdd(placeholderId, element);
            }
            else if (element.LocalName == "script")
            {
                scripts.Add(element);
            }
            else if (element.HasAttribute("hidden") && vocabulary.IsSegmentId(element.GetAttribute("id")))
            {
                segments.Add(element);
            }
        }

        if (segments.Count == 0 || placeholders.Count == 0)
        {
            return false;
        }

        // The scripts' text is read only on a streamed page: most pages carry large scripts and no segment.
        var scripted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var script in scripts)
        {
            ReadCompletionCalls(script.TextContent, scripted);
        }

        var moved = false;
        foreach (var segment in segments)
        {
            var segmentId = segment.GetAttribute("id")!;
            var placeholderId = scripted.TryGetValue(segmentId, out var called) ? called : vocabulary.PlaceholderIdOf(segmentId);
            if (placeholderId is not null && placeholders.TryGetValue(placeholderId, out var placeholder) && CanTakePlace(document, segment, placeholder))
            {
                ReplacePlaceholder(segment, placeholder);
                moved = true;
            }
        }

        return moved;
    }

    /// <summary>Records each completion call of a script, by the segment it moves.</summary>
    private static void ReadCompletionCalls(string script, Dictionary<string, string> scripted)
    {
        if (!script.Contains("$RC(", StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match call in CompletionCall().Matches(script))
        {
            scripted.TryAdd(call.Groups[2].Value, call.Groups[1].Value);
        }
    }

    /// <summary>
    /// The placeholder is still in the document and not inside the segment (a segment cannot move
    /// into itself), and the segment is still in the document.
    /// </summary>
    private static bool CanTakePlace(IHtmlDocument document, IElement segment, IElement placeholder) =>
        segment.Parent is not null && placeholder.Parent is not null && document.Body!.Contains(placeholder) && !segment.Contains(placeholder);

    /// <summary>
    /// The segment's children take the placeholder's place, and the emptied segment goes. The
    /// fallback the page shows meanwhile stays: it is marked only by comments (&lt;!--$?--&gt; ...
    /// &lt;!--/$--&gt;), which the parse drops, and it is mostly empty or a loading skeleton.
    /// </summary>
    private static void ReplacePlaceholder(IElement segment, IElement placeholder)
    {
        var parent = placeholder.Parent!;
        while (segment.FirstChild is { } child)
        {
            parent.InsertBefore(child, placeholder);
        }

        parent.RemoveChild(placeholder);
        segment.Remove();
    }
}
