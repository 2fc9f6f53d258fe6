using ArticleExtract.Pipeline;

namespace ArticleExtract.Text;

/// <summary>
/// Stage 10: reports every block left out of the body, in page order, with its kind: the kind it
/// was recognised as, else the kind of the section it sits in (the headline list under "Related
/// articles" is Related), else Navigation for short lines before the body and Other for the rest.
/// </summary>
internal static class BoilerplateReport
{
    /// <summary>A section heading gives its kind to the unrecognised blocks under it, for at most this many blocks.</summary>
    private const int SectionReach = 30;

    public static void Record(IReadOnlyList<TextBlock> blocks, int bodyStart, ExtractionContext context)
    {
        BoilerplateKind? section = null;
        var sectionAt = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind is { } known && IsSectionKind(known))
            {
                (section, sectionAt) = (known, i);
            }

            if (block.MetadataKind == BoilerplateKind.Title)
            {
                // The title starts the article: sections before it end there.
                section = null;
            }

            if (block.InBody)
            {
                section = null;
                continue;
            }

            var kind = block.MetadataKind ?? block.Kind ?? InferredKind(block, i, bodyStart, section, sectionAt);
            context.RecordBoilerplate(kind, block.Raw);
        }
    }

    private static BoilerplateKind InferredKind(TextBlock block, int index, int bodyStart, BoilerplateKind? section, int sectionAt)
    {
        if (section is { } kind && index - sectionAt <= SectionReach)
        {
            return kind;
        }

        return index < bodyStart && block.Length < BlockClassifier.ShortLength ? BoilerplateKind.Navigation : BoilerplateKind.Other;
    }

    private static bool IsSectionKind(BoilerplateKind kind) =>
        kind is BoilerplateKind.Related or BoilerplateKind.Comments or BoilerplateKind.Newsletter or BoilerplateKind.Share
            or BoilerplateKind.Footer or BoilerplateKind.CookieNotice or BoilerplateKind.Navigation;
}
