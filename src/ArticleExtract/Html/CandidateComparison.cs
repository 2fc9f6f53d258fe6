using AngleSharp.Dom;
using ArticleExtract.Pipeline;

namespace ArticleExtract.Html;

/// <summary>How strict one extraction attempt is (Readability's flags, relaxed on retry).</summary>
internal readonly record struct AttemptFlags(bool StripBoilerplateTokens, bool WeighClasses, bool CleanConditionally)
{
    /// <summary>The first, strictest attempt.</summary>
    public static AttemptFlags Strict { get; } = new(true, true, true);

    /// <summary>The retries, each more lenient than the one before.</summary>
    public static IReadOnlyList<AttemptFlags> Retries { get; } =
    [
        new(false, true, true),
        new(false, false, true),
        new(false, false, false),
    ];
}

/// <summary>One attempt's content and the boilerplate it removed.</summary>
internal sealed record AttemptResult(IElement? Content, int TextLength, IReadOnlyList<BoilerplateBlock> Removed);

/// <summary>
/// Runs the extraction attempts, each on its own prepared copy of the body, and keeps the best:
/// the first one long enough to be an article, else the longest (Readability's retry with
/// relaxed flags). The first copy is made up front; a retry makes a fresh one from the page.
/// </summary>
internal static class CandidateComparison
{
    /// <summary>An attempt with at least this many characters of text is an article; no retry.</summary>
    private const int ArticleLength = 250;

    public static IElement? Best(IElement prepared, Func<IElement?> prepareAgain, ExtractionContext context, Func<IElement, AttemptFlags, IElement?> attempt)
    {
        var before = context.Boilerplate.ToList();
        var best = Run(prepared, context, attempt, AttemptFlags.Strict, before);
        foreach (var flags in AttemptFlags.Retries)
        {
            if (best.TextLength >= ArticleLength)
            {
                break;
            }

            if (prepareAgain() is not { } copy)
            {
                break;
            }

            var next = Run(copy, context, attempt, flags, before);
            if (next.TextLength > best.TextLength)
            {
                best = next;
            }
        }

        context.ReplaceBoilerplate(best.Removed);
        return best.Content;
    }

    private static AttemptResult Run(IElement copy, ExtractionContext context, Func<IElement, AttemptFlags, IElement?> attempt, AttemptFlags flags, List<BoilerplateBlock> before)
    {
        context.ReplaceBoilerplate(before);
        var content = attempt(copy, flags);
        var length = content is null ? 0 : NodeStats.Measure(content)[content].TextLength;
        return new AttemptResult(content, length, context.Boilerplate.ToList());
    }
}
