using System.Text;
using ArticleExtract.Input;

namespace ArticleExtract.Tests.Robustness;

/// <summary>
/// Bytes decode as a browser decodes them: byte order mark, then the caller's content type, then
/// &lt;meta charset&gt; or http-equiv, else UTF-8; invalid sequences become U+FFFD, never an exception.
/// </summary>
public sealed class EncodingTests
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, string> Samples => new()
    {
        { "windows-1251", "Привет, мир и съешь ещё этих мягких булок" },
        { "windows-1252", "Café crème brûlée — “quotes” and €uro" },
        { "iso-8859-1", "Déjà vu à la française" },
        { "iso-8859-2", "Zażółć gęślą jaźń" },
        { "iso-8859-5", "Съешь же ещё этих булок" },
        { "iso-8859-7", "Καλημέρα κόσμε" },
        { "iso-8859-15", "Œuvre à 5 €" },
        { "shift_jis", "日本語のテキストです。ソースコード" },
        { "euc-kr", "한국어 텍스트입니다" },
        { "gb18030", "中文文本，测试编码" },
        { "utf-8", "Ünïcödé ✓ 中文 😀" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Meta_charset_is_honoured(string charset, string text)
    {
        var bytes = Encoding.GetEncoding(charset).GetBytes($"<html><head><meta charset=\"{charset}\"><title>t</title></head><body><p>{text}</p></body></html>");
        BodyOf(bytes, null).Should().Contain(text);
        Robust.Extract(() => ArticleExtractor.Default.Parse(bytes));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Http_equiv_is_honoured(string charset, string text)
    {
        var bytes = Encoding.GetEncoding(charset).GetBytes($"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\"></head><body><p>{text}</p></body></html>");
        BodyOf(bytes, null).Should().Contain(text);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_callers_content_type_wins_over_the_page(string charset, string text)
    {
        var bytes = Encoding.GetEncoding(charset).GetBytes($"<html><head><meta charset=\"utf-8\"></head><body><p>{text}</p></body></html>");
        BodyOf(bytes, $"text/html; charset={charset}").Should().Contain(text);
        DocumentLoader.DecodeText(PageInput.FromBytes(Encoding.GetEncoding(charset).GetBytes(text), $"text/plain; charset={charset}")).Should().Be(text);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void A_byte_order_mark_wins(string charset)
    {
        const string text = "Grüße aus Köln — 中文 😀";
        var encoding = Encoding.GetEncoding(charset);
        var html = $"<html><head><meta charset=\"windows-1252\"></head><body><p>{text}</p></body></html>";
        var preamble = encoding.GetPreamble();
        preamble.Should().NotBeEmpty();
        byte[] bytes = [.. preamble, .. encoding.GetBytes(html)];
        BodyOf(bytes, null).Should().Contain(text);
        BodyOf(bytes, "text/html; charset=windows-1252").Should().Contain(text);
        DocumentLoader.DecodeText(PageInput.FromBytes([.. preamble, .. encoding.GetBytes(text)], "text/plain; charset=windows-1252")).Should().Be(text);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_follows_the_content_type()
    {
        const string text = "Deep UTF-16 page";
        var html = Robust.Repeat("<div>", 50_000, $"<html><body><p>{text}</p>", "</body></html>");
        var bytes = Encoding.Unicode.GetBytes(html);
        BodyOf(bytes, "text/html; charset=utf-16le").Should().Contain(text);
        Robust.Extract(() => ArticleExtractor.Default.Parse(bytes, "text/html; charset=utf-16le"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/html; charset=utf-8")]
    [InlineData("text/html; charset=shift_jis")]
    [InlineData("text/html; charset=utf-16")]
    [InlineData("text/html; charset=gb18030")]
    [InlineData("text/html; charset=no-such-charset")]
    [InlineData("text/html; charset=")]
    [InlineData("charset=\"")]
    public void Invalid_byte_sequences_are_replaced_never_thrown(string? contentType)
    {
        byte[] bytes = [.. "<html><body><p>Start "u8, 0xC3, 0x28, 0xFF, 0xFE, 0x80, 0xE2, 0x82, 0x00, 0xF0, 0x9F, 0x98, .. " end</p></body></html>"u8, 0xD8];
        Robust.Extract(() => ArticleExtractor.Default.Parse(bytes, contentType));
        var text = DocumentLoader.DecodeText(PageInput.FromBytes(bytes, contentType));
        text.Should().NotBeNull();
        Robust.HasLoneSurrogate(text).Should().BeFalse();
        Robust.Extract(() => new ArticleExtractor(new ExtractionOptions { InputKind = InputKind.Text }).Parse(bytes, contentType));
    }

    [Fact]
    public void Invalid_utf8_in_text_mode_becomes_replacement_characters()
    {
        // Among valid UTF-8 (the "é" at the end), a stray byte is invalid UTF-8; alone it would be windows-1252.
        byte[] bytes = [.. "caf"u8, 0xE9, .. " ok \u00e9"u8];
        DocumentLoader.DecodeText(PageInput.FromBytes(bytes, null)).Should().Be("caf\uFFFD ok \u00e9");
        DocumentLoader.DecodeText(PageInput.FromBytes([.. "caf"u8, 0xE9, .. " ok"u8], null)).Should().Be("caf\u00e9 ok");
    }

    private static string BodyOf(byte[] bytes, string? contentType) =>
        DocumentLoader.ParseHtml(PageInput.FromBytes(bytes, contentType), int.MaxValue, CancellationToken.None).Body!.TextContent;
}
