using System.Text;
using ArticleExtract.Input;

namespace ArticleExtract.Tests.Api;

/// <summary>
/// Bytes without a declared charset (no byte order mark, no content type charset, no meta charset):
/// UTF-8 when they are UTF-8, windows-1252 when they are not; and text/plain means scraped text.
/// </summary>
public sealed class InputDecodingTests
{
    private static readonly Encoding Windows1252 = CodePages();

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    /// <summary>A French page as an old CMS saves it: windows-1252 and no declaration anywhere.</summary>
    private const string FrenchPage =
        "<html><head><title>Le caf\u00e9 de la gare rouvre</title></head><body><article>" +
        "<p>Le caf\u00e9 de la gare a rouvert ses portes lundi apr\u00e8s deux ann\u00e9es de travaux, \u00e0 la grande joie des habitu\u00e9s.</p>" +
        "<p>\u00ab C\u2019est un lieu de m\u00e9moire \u00bb, explique la g\u00e9rante, qui a conserv\u00e9 le comptoir d\u2019origine \u2014 et les prix\u2026 presque.</p>" +
        "</article></body></html>";

    [Fact]
    public void An_undeclared_windows_1252_page_is_read_as_windows_1252()
    {
        var article = ArticleExtractor.Parse(Windows1252.GetBytes(FrenchPage));
        article.Title.Should().Be("Le caf\u00e9 de la gare rouvre");
        article.Text.Should().Contain("apr\u00e8s deux ann\u00e9es").And.Contain("\u00ab C\u2019est").And.Contain("d\u2019origine \u2014 et les prix\u2026");
        article.Text.Should().NotContain("\uFFFD");
    }

    [Fact]
    public void An_undeclared_utf8_page_stays_utf8()
    {
        var article = ArticleExtractor.Parse(Encoding.UTF8.GetBytes(FrenchPage));
        article.Text.Should().Contain("apr\u00e8s deux ann\u00e9es").And.NotContain("\u00c3");
    }

    [Fact]
    public void A_utf8_page_with_a_stray_byte_stays_utf8()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(FrenchPage.Replace("</article>", "")), 0xE9, .. "</article>"u8];
        var article = ArticleExtractor.Parse(bytes);
        article.Text.Should().Contain("apr\u00e8s deux ann\u00e9es");
    }

    [Fact]
    public void A_utf8_page_cut_in_the_middle_of_a_character_stays_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes(FrenchPage.Replace("</article></body></html>", "caf\u00e9"));
        LegacyEncoding.IsLegacy(bytes.AsSpan(0, bytes.Length - 1)).Should().BeFalse();
    }

    [Fact]
    public void A_declared_charset_wins_over_the_detection()
    {
        var declared = FrenchPage.Replace("<head>", "<head><meta charset=\"iso-8859-15\">");
        ArticleExtractor.Parse(Windows1252.GetBytes(declared)).Text.Should().Contain("apr\u00e8s");
        var utf8Declared = FrenchPage.Replace("<head>", "<head><meta charset=\"utf-8\">");
        ArticleExtractor.Parse(Windows1252.GetBytes(utf8Declared)).Text.Should().Contain("apr\uFFFDs", "the page said UTF-8, as a browser would read it");
        ArticleExtractor.Parse(Windows1252.GetBytes(FrenchPage), new ExtractionOptions()).Text.Should().Contain("apr\u00e8s");
    }

    [Fact]
    public void Undeclared_windows_1252_scraped_text_is_read_as_windows_1252()
    {
        var text = "Le caf\u00e9 rouvre\n\nLe caf\u00e9 de la gare a rouvert ses portes lundi apr\u00e8s deux ann\u00e9es de travaux, \u00e0 la grande joie des habitu\u00e9s.";
        var article = new ArticleExtractor(new ExtractionOptions { InputKind = InputKind.Text }).Parse(Windows1252.GetBytes(text));
        article.Text.Should().Contain("apr\u00e8s deux ann\u00e9es").And.NotContain("\uFFFD");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData(" TEXT/PLAIN ;charset=UTF-8")]
    [InlineData("text/markdown; charset=utf-8")]
    public void A_text_plain_content_type_means_scraped_text(string contentType)
    {
        var scraped = "A headline <b>in</b> text\n\nA paragraph of scraped text that mentions <p> tags and is long enough to be an article.";
        var article = ArticleExtractor.Default.Parse(Encoding.UTF8.GetBytes(scraped), contentType);
        article.InputKind.Should().Be(InputKind.Text);
        article.Text.Should().Contain("<p> tags");
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("text/plainish")]
    [InlineData(null)]
    public void Other_content_types_leave_bytes_as_html(string? contentType) =>
        ArticleExtractor.Default.Parse("<p>x</p>"u8.ToArray(), contentType).InputKind.Should().Be(InputKind.Html);

    [Fact]
    public void A_forced_kind_wins_over_text_plain() =>
        new ArticleExtractor(new ExtractionOptions { InputKind = InputKind.Html })
            .Parse("<p>x</p>"u8.ToArray(), "text/plain").InputKind.Should().Be(InputKind.Html);
}
