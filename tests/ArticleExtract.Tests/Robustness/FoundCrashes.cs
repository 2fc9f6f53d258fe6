using System.Text;

namespace ArticleExtract.Tests.Robustness;

/// <summary>
/// Crashes that the property tests once found, kept as regression tests: a noncharacter in the
/// text (ICU's normalisation rejects it) and an ordinal day ("20th") in a dateline.
/// </summary>
public sealed class FoundCrashes
{
    [Theory]
    [InlineData("<html><body><p>a \uFFFE b</p></body></html>")]
    [InlineData("<html><body><p>a &#xFFFE; b</p></body></html>")]
    [InlineData("<html><head><title>\uFFFE</title><meta name=description content=\"&#xfffe;\"></head><body>x</body></html>")]
    public void The_noncharacter_fffe_does_not_crash(string html)
    {
        Robust.Extract(() => ArticleExtractor.Default.Parse(html));
        Robust.Extract(() => ArticleExtractor.Default.Parse(Encoding.UTF8.GetBytes(html)));
        Robust.Extract(() => new ArticleExtractor(new ExtractionOptions { InputKind = InputKind.Text }).Parse(html));
    }

    [Theory]
    [InlineData("March 20th 2024")]
    [InlineData("20th March 2024")]
    [InlineData("March 20th, 2024")]
    public void An_ordinal_day_does_not_crash_date_parsing(string date)
    {
        var parse = () => ArticleExtract.Metadata.Dates.TryParseText(date, out _);
        parse.Should().NotThrow();
        Robust.Extract(() => new ArticleExtractor(new ExtractionOptions { InputKind = InputKind.Text }).Parse($"A headline\n\nPublished {date}\n\nThe article text follows in a paragraph long enough to count."));
    }

    /// <summary>
    /// A meta description of a million ampersands once made the entity decoder scan to the end
    /// of the string for every one of them (quadratic: minutes); an author field of a million
    /// words once made the byline trimmer copy the rest of it for every word.
    /// </summary>
    [Fact]
    public void Huge_metadata_values_extract_in_linear_time()
    {
        var ampersands = new string('&', 1_000_000);
        var words = string.Concat(Enumerable.Repeat("on ", 300_000)) + "1";
        var html = $"<html><head><meta name=\"description\" content=\"{ampersands}\"><meta name=\"author\" content=\"{words}\"></head>" +
            "<body><article><p>The article paragraph is long enough to be taken as the content of the page.</p></article></body></html>";
        var article = Robust.Extract(() => ArticleExtractor.Default.Parse(html));
        article.Text.Should().Contain("article paragraph");
    }

    /// <summary>NUL characters, wherever the parser lets them through, never reach the text or the HTML.</summary>
    [Theory]
    [InlineData("<p>before\0after, in a paragraph long enough to be the article text of the page.</p>")]
    [InlineData("<plaintext>before\0after, in a paragraph long enough to be the article text of the page.")]
    [InlineData("<math><mtext><![CDATA[before\0after]]></mtext></math><p>A paragraph long enough to be the article text of the page.</p>")]
    [InlineData("<svg><foreignObject><![CDATA[x\0y]]><p>before\0after, a paragraph long enough to be the article text.</p></foreignObject></svg>")]
    public void Nul_characters_never_reach_the_output(string html)
    {
        var article = Robust.Extract(() => ArticleExtractor.Default.Parse(html));
        article.Text.Should().NotContain("\0");
        article.Html.Should().NotContain("\0");
    }
}
