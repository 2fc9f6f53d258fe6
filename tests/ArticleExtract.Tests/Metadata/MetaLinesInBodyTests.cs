using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>German and French bylines and datelines are read and taken out of the body, in HTML and in text.</summary>
public sealed class MetaLinesInBodyTests
{
    private static readonly string[] Paragraphs =
    [
        "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss bis zum Sommer vollständig zu erneuern und den Verkehr umzuleiten.",
        "Die Arbeiten sollen im April beginnen, wie die Verwaltung mitteilte, und die Kosten werden auf rund zwölf Millionen Euro geschätzt.",
        "Anwohner hatten sich seit Jahren über den Zustand der Brücke beklagt, die zuletzt nur noch für leichte Fahrzeuge freigegeben war.",
    ];

    [Theory]
    [InlineData("Von Max Muster", "Stand: 12.03.2025")]
    [InlineData("Par Jean Dupont", "Publié le 12 mars 2025 à 10h")]
    public void Html_body_loses_the_byline_and_the_dateline(string byline, string dateline)
    {
        var html = "<html><body><article><h1>Die Brücke wird erneuert</h1><p>" + byline + "</p><p>" + dateline + "</p>"
            + string.Concat(Paragraphs.Select(p => "<p>" + p + "</p>")) + "</article></body></html>";
        var article = ArticleExtractor.Parse(html);
        article.Text.Should().NotContain(byline).And.NotContain(dateline);
        article.Text.Should().Contain(Paragraphs[0]);
        article.Authors.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("Von Max Muster", "Stand: 12.03.2025")]
    [InlineData("Par Jean Dupont", "Publié le 12 mars 2025 à 10h")]
    public void Text_body_loses_the_byline_and_the_dateline(string byline, string dateline)
    {
        var text = "Die Brücke wird erneuert\n\n" + byline + "\n\n" + dateline + "\n\n" + string.Join("\n\n", Paragraphs);
        var article = ArticleExtractor.Parse(text);
        article.Text.Should().NotContain(byline).And.NotContain(dateline);
        article.Text.Should().Contain(Paragraphs[0]);
        (article.Published ?? article.Modified).Should().NotBeNull();
        article.Published?.Date.Should().Be(new DateTime(2025, 3, 12));
    }

    [Theory]
    [InlineData("Von Berlin aus fährt der Zug jeden Morgen pünktlich.")]
    [InlineData("Par exemple, la ville a construit un pont.")]
    public void A_sentence_that_opens_with_a_label_word_is_no_byline(string line)
    {
        LineMetadata.IsMetaLine(line).Should().BeFalse();
    }
}
