using ArticleExtract.Metadata;

namespace ArticleExtract.Text;

/// <summary>
/// A labelled dateline further below the body's start than the header's lines: a forum's "Start date Sep 21, 2024",
/// a question's "asked Feb 11, 2011 at 23:49", an article's "Posted on April 13, 2023" under its lead.
/// </summary>
internal static partial class HeaderMetadata
{
    /// <summary>
    /// Reads the first labelled dateline of the blocks after the header's lines into the published date, when none was
    /// found above. Only a label of the publication or the thread's start is trusted this far down (never a reply's
    /// "answered" or "edited"), and the look stops at the comments or the related items, whose dates are others'.
    /// </summary>
    private static void ReadDistantDateline(IReadOnlyList<TextBlock> blocks, int from, int bodyStart, ArticleMetadata metadata)
    {
        if (metadata.Published is not null)
        {
            return;
        }

        var to = Math.Min(blocks.Count - 1, bodyStart + TextRules.Shared.MaxLabelledDatelineAfter);
        for (var i = from; i <= to; i++)
        {
            var block = blocks[i];
            if (EndsArticle(block))
            {
                return;
            }

            if (block.Words == 0 || block.Words > MaxWords || !TryParseDistantDateline(block.Clean, out var date, out var precision))
            {
                continue;
            }

            metadata.Published = date;
            metadata.PublishedPrecision = precision;
            block.InBody = false;
            block.MetadataKind = BoilerplateKind.Byline;
            return;
        }
    }

    /// <summary>Comments and related items follow the article: a date there is a reply's or another article's.</summary>
    private static bool EndsArticle(TextBlock block) =>
        block.Kind is BoilerplateKind.Comments or BoilerplateKind.Related;

    /// <summary>A line opening with a label of the vocabulary's distant-published group and a date after it.</summary>
    internal static bool TryParseDistantDateline(string line, out DateTimeOffset date, out DatePrecision precision)
    {
        date = default;
        precision = default;
        var vocabulary = MetadataVocabulary.Shared;
        var words = Authors.LeadingWords(line, vocabulary.LongestLabelWords);
        for (var n = words.Count; n >= 1; n--)
        {
            var (phrase, end) = Authors.Phrase(line, words, n);
            if (!vocabulary.DistantPublishedLabels.Contains(phrase))
            {
                continue;
            }

            var rest = line[end..].TrimStart(':', ' ', '\u00a0');
            return rest.Length > 0
                && LineMetadata.TryParseDatelinePart(Dates.Unglue(rest), out date, out var isModified, out precision)
                && !isModified;
        }

        return false;
    }
}
