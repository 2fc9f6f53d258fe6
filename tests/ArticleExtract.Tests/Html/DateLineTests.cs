using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Html;

/// <summary>Date lines in an HTML body are read with the date reader's words: month and weekday names, time words.</summary>
public sealed class DateLineTests
{
    private static readonly string[] Paragraphs =
    [
        "The council voted on Tuesday to rebuild the old bridge over the river before the summer, and to send the traffic through the town centre meanwhile.",
        "Work is due to start in April, the council said, and the cost is put at about twelve million pounds, shared between the town and the county.",
        "Residents had complained for years about the state of the bridge, which was lately open only to light vehicles and to people on foot.",
    ];

    [Theory]
    [InlineData("march", true)]
    [InlineData("sept.", true)]
    [InlineData("dienstag", true)]
    [InlineData("pm", true)]
    [InlineData("utc", true)]
    [InlineData("bridge", false)]
    [InlineData("at", false)]
    public void A_date_word_is_a_month_a_weekday_or_a_time_word(string word, bool expected) =>
        Dates.IsDateWord(word, MetadataVocabulary.Shared).Should().Be(expected);

    [Theory]
    [InlineData("Tuesday, March 3, 2020 10:15 pm EST")]
    [InlineData("Published: March 3, 2020 at 10:15 am")]
    public void A_line_of_date_words_leaves_the_body(string dateline)
    {
        var article = ArticleExtractor.Parse(Page(dateline));

        article.Text.Should().Contain(Paragraphs[0]).And.Contain(Paragraphs[2]);
        article.Text.Should().NotContain(dateline);
    }

    [Fact]
    public void A_sentence_that_names_a_month_stays()
    {
        const string Sentence = "March 3 was the day the bridge closed, and nobody in town has forgotten it since.";

        ArticleExtractor.Parse(Page(Sentence)).Text.Should().Contain(Sentence);
    }

    private static string Page(string line) =>
        "<html><body><article><h1>The bridge will be rebuilt</h1><p>" + line + "</p>"
        + string.Concat(Paragraphs.Select(p => "<p>" + p + "</p>")) + "</article></body></html>";
}
