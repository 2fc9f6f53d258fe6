using System.Text;
using ArticleExtract.Input;

namespace ArticleExtract.Tests.Robustness;

/// <summary>
/// Hostile pages, generated here: deep nesting, misnested formatting elements, unclosed raw text,
/// NULs, huge attributes and words, random bytes. None may throw, hang or overflow the stack.
/// </summary>
[Collection(nameof(TimingCollection))]
public sealed class HostileInputTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.Default;

    [Theory]
    [InlineData("<div>")]
    [InlineData("<ul><li>")]
    [InlineData("<table><tr><td>")]
    [InlineData("<span>")]
    [InlineData("<section>")]
    [InlineData("<blockquote><p>")]
    [InlineData("<svg><g>")]
    public void Two_hundred_thousand_nested_elements_parse_and_keep_their_text(string unit)
    {
        var html = Robust.Repeat(unit + "w{0} ", 200_000);
        var document = DocumentLoader.ParseHtml(PageInput.FromString(html), int.MaxValue, CancellationToken.None);
        document.Body!.TextContent.Should().Contain("w0 ").And.Contain("w199999 ");
        Depth(document.Body).Should().BeLessThanOrEqualTo(DocumentLoader.MaxTreeDepth);
    }

    [Theory]
    [InlineData("<div>")]
    [InlineData("<span>")]
    [InlineData("<section>")]
    [InlineData("<blockquote><p>")]
    [InlineData("<table><tr><td>")]
    [InlineData("<svg><g>")]
    public void Two_hundred_thousand_nested_elements_extract(string unit)
    {
        var html = Robust.Repeat(unit + "w{0} ", 200_000);
        Robust.Extract(() => Extractor.Parse(html));
    }

    [Fact]
    public void Two_hundred_thousand_bare_nested_divs_extract()
    {
        // No text at all: the weak result brings in the fallback extractor, which once paid for
        // every one of 200,000 spaces left by the removed tags at each of 256 levels (two minutes).
        Robust.Extract(() => Extractor.Parse(Robust.Repeat("<div>", 200_000)));
    }

    /// <summary>
    /// Past the nesting cap, "&lt;ul&gt;&lt;li&gt;" leaves 200,000 sibling &lt;li&gt;s, and
    /// AngleSharp's PreviousSibling/NextSibling scan the parent's children (O(siblings) each).
    /// </summary>
    [Theory]
    [InlineData("<ul><li>w{0} ")]
    [InlineData("<p>w{0} ")]
    [InlineData("<b><i><a href='#'>w{0} ")]
    public void Two_hundred_thousand_siblings_extract(string unit)
    {
        var html = Robust.Repeat(unit, 200_000);
        Robust.Extract(() => Extractor.Parse(html));
    }

    [Theory]
    [InlineData("<b><i><a href='#'>x{0} ")]
    [InlineData("<p><b id={0}>x{0} ")]
    [InlineData("<a href=#><div>x{0} ")]
    [InlineData("<font color=c{0}><div>x{0}</div>")]
    [InlineData("<table><td><b>x{0}</table>")]
    [InlineData("<b>x{0}<p>")]
    public void Misnested_formatting_elements_keep_every_word(string unit)
    {
        var html = Robust.Repeat(unit, 50_000);
        var document = DocumentLoader.ParseHtml(PageInput.FromString(html), int.MaxValue, CancellationToken.None);
        var text = document.Body!.TextContent;
        text.Should().Contain("x0").And.Contain("x49999");

        // The whole extraction, on fewer repetitions: see Two_hundred_thousand_siblings_extract.
        Robust.Extract(() => Extractor.Parse(Robust.Repeat(unit, 5_000)));
    }

    private static int Depth(AngleSharp.Dom.IElement root)
    {
        var deepest = 0;
        var stack = new Stack<(AngleSharp.Dom.IElement Element, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in element.Children)
            {
                stack.Push((child, depth + 1));
            }
        }

        return deepest;
    }

    [Theory]
    [InlineData("<script>var s = '<div>';")]
    [InlineData("<style>p { color: red }")]
    [InlineData("<!-- <div> comment ")]
    [InlineData("<textarea><b>")]
    [InlineData("<title><i>")]
    [InlineData("<plaintext><div>")]
    [InlineData("<div title=\"")]
    [InlineData("<![CDATA[")]
    public void Unclosed_raw_text_comments_and_attributes_are_harmless(string opening)
    {
        var html = "<html><body><p>Before the trap.</p>" + opening + string.Concat(Enumerable.Repeat("<div>more text ", 100_000));
        Robust.Extract(() => Extractor.Parse(html));
    }

    [Fact]
    public void Nul_characters_and_lone_surrogates_are_harmless()
    {
        var html = "<html><body><p>A\0B \uD800 lone \uDC00 high\uD83D</p><p>\0\0\0</p><div>ok \uD83D\uDE00 emoji</div></body></html>";
        var article = Robust.Extract(() => Extractor.Parse(html));
        article.Text.Should().Contain("\uD83D\uDE00");
        Robust.Extract(() => Extractor.Parse(Encoding.UTF8.GetBytes(html)));
        Robust.Extract(() => new ArticleExtractor(new ExtractionOptions { InputKind = InputKind.Text }).Parse("Line\0one \uD800\n\nLine two\uDFFF"));
    }

    [Fact]
    public void A_ten_megabyte_attribute_and_a_ten_megabyte_word_are_harmless()
    {
        var big = new string('a', 10_000_000);
        Robust.Extract(() => Extractor.Parse($"<html><body><div data-x=\"{big}\"><p>Visible words here.</p></div></body></html>"));
        Robust.Extract(() => Extractor.Parse($"<html><body><p>{big}</p></body></html>"));
        Robust.Extract(() => new ArticleExtractor(new ExtractionOptions { InputKind = InputKind.Text }).Parse(big));
    }

    [Fact]
    public void Random_binary_data_is_harmless()
    {
        var random = new Random(8);
        foreach (var length in new[] { 1, 3, 100, 10_000, 1_000_000 })
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            Robust.Extract(() => Extractor.Parse(bytes));
            Robust.Extract(() => new ArticleExtractor(new ExtractionOptions { InputKind = InputKind.Text }).Parse(bytes));
            Robust.Extract(() => Extractor.Parse(bytes, "text/html; charset=shift_jis"));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("<")]
    [InlineData("</")]
    [InlineData("<!")]
    [InlineData("<!--")]
    [InlineData("<a")]
    [InlineData("<a href='")]
    [InlineData("&")]
    [InlineData("&#xD800;&#0;&#x110000;")]
    [InlineData("\uFEFF")]
    public void Empty_and_truncated_inputs_give_an_article(string input)
    {
        Robust.Extract(() => Extractor.Parse(input));
        Robust.Extract(() => Extractor.Parse(Encoding.UTF8.GetBytes(input)));
        Robust.Extract(() => new ArticleExtractor(new ExtractionOptions { InputKind = InputKind.Text }).Parse(input));
    }

    [Fact]
    public async Task Stream_input_is_bounded_and_harmless()
    {
        var html = Robust.Repeat("<div>", 100_000);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(html));
        var article = await Extractor.ParseAsync(stream);
        article.ShouldBeWellFormed();
    }
}
