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
/// Runs the extraction attempts and keeps the best: the first one long enough to be an article,
/// else the longest (Readability's retry with relaxed flags). The first attempt works on the
/// prepared body itself, recording its changes; when it falls short, its result is copied, the
/// body restored, and each retry works on its own copy of the restored body.
/// </summary>
internal static class CandidateComparison
{
    /// <summary>An attempt with at least this many characters of text is an article; no retry.</summary>
    private const int ArticleLength = 250;

    /// <summary>
    /// The best attempt's content. The first attempt is given the prepared body's elements as
    /// <paramref name="prepared"/> holds them; each retry, those of its own copy.
    /// </summary>
    public static IElement? Best(TreeOrder prepared, ExtractionContext context, Func<TreeOrder, AttemptFlags, IElement?> attempt)
    {
        var before = context.Boilerplate.ToList();
        var undo = new UndoLog();
        context.Undo = undo;
        AttemptResult best;
        try
        {
            best = Run(prepared, context, attempt, AttemptFlags.Strict, before);
        }
        finally
        {
            context.Undo = null;
        }

        if (best.TextLength < ArticleLength)
        {
            // Keep the first result apart, then give the retries the body as it was prepared.
            best = best with { Content = (IElement?)best.Content?.Clone(deep: true) };
            undo.Undo();
            foreach (var flags in AttemptFlags.Retries)
            {
                if (best.TextLength >= ArticleLength)
                {
                    break;
                }

                var next = Run(TreeOrder.Of((IElement)prepared.Root.Clone(deep: true)), context, attempt, flags, before);
                if (next.TextLength > best.TextLength)
                {
                    best = next;
                }
            }
        }

        context.ReplaceBoilerplate(best.Removed);
        return best.Content;
    }

    private static AttemptResult Run(TreeOrder copy, ExtractionContext context, Func<TreeOrder, AttemptFlags, IElement?> attempt, AttemptFlags flags, List<BoilerplateBlock> before)
    {
        context.ReplaceBoilerplate(before);
        var content = attempt(copy, flags);
        var length = content is null ? 0 : NodeStats.Total(content).TextLength;
        return new AttemptResult(content, length, context.Boilerplate.ToList());
    }
}
