using ArticleExtract.Metadata;

namespace ArticleExtract.Text;

/// <summary>
/// Stage 9: reads the byline and the dateline from the lines around the start of the body
/// ("By Jane Doe", "Published: 20 March 2023"); a byline split over two lines ("By" then the name)
/// is read as one.
/// </summary>
internal static partial class HeaderMetadata
{
    /// <summary>A byline or dateline is short: at most this many words.</summary>
    internal const int MaxWords = 25;

    public static void Read(IReadOnlyList<TextBlock> blocks, int bodyStart, ArticleMetadata metadata)
    {
        if (bodyStart < 0)
        {
            return;
        }

        // The lines before the title are read too: the title found may be a subheading of the article, its
        // headline, byline and date above it ("March 3, 2025" over "Use cases: ...").
        var from = Math.Max(0, bodyStart - TextRules.Shared.MaxHeaderLinesBefore);
        var to = Math.Min(blocks.Count - 1, bodyStart + TextRules.Shared.MaxHeaderLinesAfter);
        ReadLines(blocks, from, to, metadata);
        ReadDistantDateline(blocks, to + 1, bodyStart, metadata);
        // An article's header names its author; a product's or a listing's names its menus' entries ("Car Racks").
        if (metadata.Byline is null && metadata.PageType == PageType.Article)
        {
            ReadNameAlone(blocks, bodyStart, from, to, metadata);
        }
    }

    /// <summary>
    /// Reads the bylines and datelines of the blocks from <paramref name="from"/> to <paramref name="to"/>; the title's
    /// block too for a byline (a byline line taken for the title still names the author), never for a date.
    /// </summary>
    private static void ReadLines(IReadOnlyList<TextBlock> blocks, int from, int to, ArticleMetadata metadata)
    {
        for (var i = from; i <= to; i++)
        {
            var block = blocks[i];
            if (block.Words == 0 || block.Words > MaxWords)
            {
                continue;
            }

            if (block.InBody)
            {
                // A byline or dateline the body selection took in ("Von Max Muster", "Publié le 12 mars 2025"): read and taken out.
                if (LineMetadata.IsMetaLine(block.Clean))
                {
                    ReadMetaLine(block, metadata);
                    block.InBody = false;
                    block.MetadataKind = BoilerplateKind.Byline;
                }

                continue;
            }

            if (metadata.Byline is null)
            {
                ReadByline(blocks, i, metadata);
            }

            // A byline line may carry the date too ("By Jane Doe on March 3, 2025"); the title's line never does.
            if (block.MetadataKind is null or BoilerplateKind.Byline && ReadDateline(block.Clean, metadata))
            {
                block.MetadataKind = BoilerplateKind.Byline;
            }
        }
    }

    /// <summary>Reads a byline or a dateline taken out of the body.</summary>
    private static void ReadMetaLine(TextBlock block, ArticleMetadata metadata)
    {
        if (ReadDateline(block.Clean, metadata) || metadata.Byline is not null || !LineMetadata.TryParseByline(block.Clean, out var authors))
        {
            return;
        }

        metadata.Byline = Output.TextNormalizer.CollapseWhitespace(block.Clean);
        metadata.Authors.AddRange(authors);
    }

    /// <summary>Reads a dateline into the published or the modified date (the first of each wins), with its precision.</summary>
    private static bool ReadDateline(string line, ArticleMetadata metadata)
    {
        // Text taken from a page loses the markup between a date and its neighbours ("June 29, 2020November 12, 2021").
        if (!LineMetadata.TryParseDatelinePart(Dates.Unglue(line), out var date, out var isModified, out var precision))
        {
            return false;
        }

        if (isModified && metadata.Modified is null)
        {
            metadata.Modified = date;
            metadata.ModifiedPrecision = precision;
        }
        else if (!isModified && metadata.Published is null)
        {
            metadata.Published = date;
            metadata.PublishedPrecision = precision;
        }

        return true;
    }

    /// <summary>A byline's label on a line of its own ("By", "Written By"), the name on the next: the two are read as one line.</summary>
    internal static bool IsLabelOverName(IReadOnlyList<TextBlock> blocks, int i) =>
        blocks[i].Kind == BoilerplateKind.EmptyLabel && i + 1 < blocks.Count && !blocks[i + 1].InBody && blocks[i + 1].Words <= MaxWords;

    private static void ReadByline(IReadOnlyList<TextBlock> blocks, int i, ArticleMetadata metadata)
    {
        var block = blocks[i];
        var line = block.Clean;
        var joined = false;
        if (IsLabelOverName(blocks, i))
        {
            line = block.Clean + " " + blocks[i + 1].Clean;
            joined = true;
        }

        if (!(LineMetadata.TryParseByline(line, out var authors) || LineMetadata.TryParseBylineAfterDate(line, out authors) || LineMetadata.TryParseNameBeforeDate(line, out authors)) || authors.Count == 0)
        {
            return;
        }

        metadata.Byline = Output.TextNormalizer.CollapseWhitespace(line);
        metadata.Authors.AddRange(authors);
        block.MetadataKind = BoilerplateKind.Byline;
        if (joined)
        {
            blocks[i + 1].MetadataKind = BoilerplateKind.Byline;
        }
    }
}
