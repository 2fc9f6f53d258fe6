using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// <see cref="LineMetadata.MayOpenWithBylineLabel"/> screens lines before the byline parse: it must
/// never turn away a line the plain parse (<see cref="LineMetadata.ParseByline"/>) reads as a byline,
/// nor one a label opens (<see cref="Authors.StripPrefix"/>).
/// </summary>
public sealed class LineMetadataScreenTests
{
    /// <summary>The longest line compared (a byline is at most 160 characters once collapsed).</summary>
    private const int MaxLineLength = 400;

    [Theory]
    [InlineData("By Jane Doe")]
    [InlineData("BY JANE DOE AND JOHN ROE")]
    [InlineData("ByJane Doe")]
    [InlineData("  \u00a0Written by Jane Doe")]
    [InlineData("\u200bBy Jane Doe")]
    [InlineData("Von Max Muster")]
    [InlineData("Par Jean Dupont")]
    [InlineData("Автор: Иван Петров")]
    [InlineData("— By Jane Doe")]
    public void A_byline_passes_the_screen(string line)
    {
        LineMetadata.MayOpenWithBylineLabel(line, MetadataVocabulary.Shared).Should().BeTrue();
    }

    [Theory]
    [InlineData("Council votes to rebuild the harbour bridge")]
    [InlineData("Jane Doe")]
    [InlineData("March 3, 2025")]
    public void A_line_without_a_label_is_screened_out(string line)
    {
        LineMetadata.MayOpenWithBylineLabel(line, MetadataVocabulary.Shared).Should().BeFalse();
        LineMetadata.ParseByline(line, out _).Should().BeFalse();
    }

    [Fact]
    public void The_screen_keeps_every_byline_of_the_text_corpora()
    {
        var folders = new[] { Fixture.CorpusFolder("text-dev"), Fixture.CorpusFolder("wcxb-dev/text") }.OfType<string>().ToList();
        var lines = folders.SelectMany(f => Directory.EnumerateFiles(f, "*.txt"))
            .SelectMany(File.ReadLines)
            .Where(l => l.Length is > 0 and <= MaxLineLength)
            .Concat(["By Jane Doe", "ByJane Doe", "WRITTEN BY JANE DOE", "Par Jean Dupont", "Автор: Иван Петров"])
            .ToList();
        var bylines = 0;
        var labels = 0;
        var missed = new List<string>();
        foreach (var line in lines)
        {
            if (LineMetadata.ParseByline(line, out _))
            {
                bylines++;
                if (!LineMetadata.MayOpenWithBylineLabel(line, MetadataVocabulary.Shared))
                {
                    missed.Add(line);
                }
            }

            // A label that opens the line, or the rest of the line after any space (a byline after a date).
            var text = ArticleExtract.Output.TextNormalizer.CollapseWhitespace(line);
            for (var start = 0; start >= 0 && start < text.Length; start = text.IndexOf(' ', start) is var space and >= 0 ? space + 1 : -1)
            {
                Authors.StripPrefix(text[start..], MetadataVocabulary.Shared, out var hadPrefix);
                if (hadPrefix)
                {
                    labels++;
                    if (!LineMetadata.MayOpenWithBylineLabel(text.AsSpan(start), MetadataVocabulary.Shared))
                    {
                        missed.Add(text[start..]);
                    }
                }
            }
        }

        bylines.Should().BeGreaterThan(0);
        labels.Should().BeGreaterThan(bylines);
        missed.Should().BeEmpty();
    }

    /// <summary>
    /// <see cref="LineMetadata.TryParseDatelinePart"/> turns away a line without a figure before reading it: on every
    /// line of the text corpora it gives what the plain parse (<see cref="LineMetadata.ParseDatelinePart"/>) gives.
    /// </summary>
    [Fact]
    public void The_dateline_screen_gives_what_the_plain_parse_gives_on_the_text_corpora()
    {
        var folders = new[] { Fixture.CorpusFolder("text-dev"), Fixture.CorpusFolder("wcxb-dev/text") }.OfType<string>().ToList();
        var lines = folders.SelectMany(f => Directory.EnumerateFiles(f, "*.txt"))
            .SelectMany(File.ReadLines)
            .Where(l => l.Length is > 0 and <= MaxLineLength)
            .Concat(["Published March 3, 2025", "By Jane Doe on March 3, 2025", "Jane Doe March 3, 2025", "Updated yesterday", "By Jane Doe"])
            .ToList();
        var datelines = 0;
        var differ = new List<string>();
        foreach (var line in lines)
        {
            var plain = LineMetadata.ParseDatelinePart(line, out var plainDate, out var plainModified, out var plainPrecision);
            var screened = LineMetadata.TryParseDatelinePart(line, out var date, out var modified, out var precision);
            datelines += plain ? 1 : 0;
            if (plain != screened || (plain && (plainDate != date || plainModified != modified || plainPrecision != precision)))
            {
                differ.Add(line);
            }
        }

        datelines.Should().BeGreaterThan(0);
        differ.Should().BeEmpty();
    }
}
