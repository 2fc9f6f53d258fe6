using ArticleExtract.Metadata;

namespace ArticleExtract.Text;

/// <summary>
/// A byline without its label: the author's name alone on a line of the header ("Jane Doe" over "March 3, 2025"), read
/// when no labelled byline is found.
/// </summary>
internal static partial class HeaderMetadata
{
    /// <summary>
    /// Reads the name alone nearest the body's start: first the lines before it (nearest first), then the few after it.
    /// </summary>
    private static void ReadNameAlone(IReadOnlyList<TextBlock> blocks, int bodyStart, int from, int to, ArticleMetadata metadata)
    {
        for (var i = bodyStart - 1; i >= from; i--)
        {
            if (TryReadNameAlone(blocks, i, metadata))
            {
                return;
            }
        }

        for (var i = bodyStart; i <= to; i++)
        {
            if (TryReadNameAlone(blocks, i, metadata))
            {
                return;
            }
        }
    }

    private static bool TryReadNameAlone(IReadOnlyList<TextBlock> blocks, int i, ArticleMetadata metadata)
    {
        var block = blocks[i];
        if (!IsUnlabelledAuthor(blocks, i, out var authors))
        {
            return false;
        }

        metadata.Byline = Output.TextNormalizer.CollapseWhitespace(block.Clean);
        metadata.Authors.AddRange(authors);
        block.MetadataKind = BoilerplateKind.Byline;
        return true;
    }

    /// <summary>
    /// A header line that is a person's name alone (<see cref="LineMetadata.IsPersonNameAlone"/>) and is vouched for
    /// as the author's by a dateline beside it; and no word of it is written in lower case on the page, as the words of
    /// a heading or a menu's entry are ("Contact Us", "Case Studies": "contact us", "these studies"). A name that only
    /// comes back elsewhere (an author box, "Liked by Jane Doe") is not enough: on half A that evidence took menu and
    /// section names ("Case Studies", "Product Tour") as often as authors.
    /// </summary>
    internal static bool IsUnlabelledAuthor(IReadOnlyList<TextBlock> blocks, int i, out IReadOnlyList<string> authors)
    {
        var block = blocks[i];
        authors = [];
        // A name holds no stopword of the page's language ("Our Blog", "No Comments" do), and is no known boilerplate ("Privacy Policy").
        if (block.InBody || block.MetadataKind is not null || block.Kind is not null || block.Words == 0 || block.Words > MaxWords || block.Stopwords > 0
            || !LineMetadata.IsPersonNameAlone(block.Clean, out var names))
        {
            return false;
        }

        if (!BesideDateline(blocks, i) || !NeverInLowerCase(blocks, names[0]))
        {
            return false;
        }

        authors = names;
        return true;
    }

    /// <summary>No word of the name stands anywhere on the page in lower case: a person's names are always capitalised.</summary>
    private static bool NeverInLowerCase(IReadOnlyList<TextBlock> blocks, string name)
    {
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = word.ToLowerInvariant();
            foreach (var block in blocks)
            {
                if (Html.PostProcessing.ContainsWords(block.Clean, lower))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The block just before or just after is a dateline ("Jane Doe" then "March 3, 2025").</summary>
    private static bool BesideDateline(IReadOnlyList<TextBlock> blocks, int i) =>
        (i > 0 && LineMetadata.TryParseDatelinePart(Dates.Unglue(blocks[i - 1].Clean), out _, out _, out _))
        || (i + 1 < blocks.Count && LineMetadata.TryParseDatelinePart(Dates.Unglue(blocks[i + 1].Clean), out _, out _, out _));
}
