using ArticleExtract.Metadata;

namespace ArticleExtract.Text;

/// <summary>
/// Stage 9: reads the byline and the dateline from the lines around the start of the body
/// ("By Jane Doe", "Published: 20 March 2023"); a byline split over two lines ("By" then the name)
/// is read as one.
/// </summary>
internal static class HeaderMetadata
{
    /// <summary>Bylines and datelines are looked for among this many blocks before the body.</summary>
    private const int MaxDistanceBefore = 30;

    /// <summary>... and among this many blocks after its start (a byline under the first paragraph).</summary>
    private const int MaxDistanceAfter = 3;

    /// <summary>A byline or dateline is short: at most this many words.</summary>
    private const int MaxWords = 25;

    public static void Read(IReadOnlyList<TextBlock> blocks, int bodyStart, int title, ArticleMetadata metadata)
    {
        if (bodyStart < 0)
        {
            return;
        }

        var from = Math.Max(0, Math.Max(bodyStart - MaxDistanceBefore, title + 1));
        var to = Math.Min(blocks.Count - 1, bodyStart + MaxDistanceAfter);
        for (var i = from; i <= to; i++)
        {
            var block = blocks[i];
            if (block.InBody || block.Words == 0 || block.Words > MaxWords)
            {
                continue;
            }

            if (metadata.Byline is null)
            {
                ReadByline(blocks, i, metadata);
            }

            if (block.MetadataKind is null && LineMetadata.TryParseDateline(block.Clean, out var date, out var isModified))
            {
                if (isModified)
                {
                    metadata.Modified ??= date;
                }
                else
                {
                    metadata.Published ??= date;
                }

                block.MetadataKind = BoilerplateKind.Byline;
            }
        }
    }

    private static void ReadByline(IReadOnlyList<TextBlock> blocks, int i, ArticleMetadata metadata)
    {
        var block = blocks[i];
        var line = block.Clean;
        var joined = false;
        if (block.Kind == BoilerplateKind.EmptyLabel && i + 1 < blocks.Count && !blocks[i + 1].InBody && blocks[i + 1].Words <= MaxWords)
        {
            // "By" on its own line, the name on the next.
            line = block.Clean + " " + blocks[i + 1].Clean;
            joined = true;
        }

        if (!LineMetadata.TryParseByline(line, out var authors) || authors.Count == 0)
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
