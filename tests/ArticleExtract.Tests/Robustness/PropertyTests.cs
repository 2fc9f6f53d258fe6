using System.Text;
using CsCheck;

namespace ArticleExtract.Tests.Robustness;

/// <summary>
/// Property-based tests (CsCheck): random tag soup, mutated pages, random text and random bytes
/// never throw, end in bounded time and give a well-formed article.
/// </summary>
public sealed class PropertyTests
{
    /// <summary>Samples per property: enough to hit odd corners, few enough to keep the suite fast.</summary>
    private const int Iterations = 300;

    private static readonly ArticleExtractor TextExtractor = new(new ExtractionOptions { InputKind = InputKind.Text });

    private static readonly string[] Names =
    [
        "div", "p", "span", "a", "b", "i", "em", "strong", "font", "nobr", "table", "tr", "td", "th", "tbody",
        "ul", "ol", "li", "dl", "dd", "dt", "h1", "h2", "form", "button", "select", "option", "svg", "math",
        "g", "foreignObject", "template", "script", "style", "textarea", "title", "pre", "br", "img", "article",
        "nav", "header", "footer", "aside", "main", "section", "figure", "figcaption", "noscript", "iframe",
        "object", "caption", "head", "body", "html", "frameset", "plaintext", "x-custom",
    ];

    private static readonly Gen<string> Word = Gen.OneOf(
        Gen.Const("word"), Gen.Const("Überschrift"), Gen.Const("中文"), Gen.Const("😀"), Gen.Const("\u00AD"),
        Gen.Const("\0"), Gen.Const("\uD800"), Gen.Const("\uDFFF"), Gen.Const("&amp;"), Gen.Const("&#0;"),
        Gen.Const("&#xD800;"), Gen.Const("&nbsp;"), Gen.Const(" "), Gen.Const("\n\n\n"), Gen.Const("\r\n"),
        Gen.Const("<"), Gen.Const(">"), Gen.Const("\""), Gen.Const("'"), Gen.Const("\u200B"), Gen.Const("\t"),
        Gen.String[0, 12]);

    private static readonly Gen<string> Name = Gen.OneOf(Names);

    private static readonly Gen<string> Attribute = Gen.Select(Gen.OneOf("class", "id", "href", "style", "lang", "charset", "hidden"), Word,
        (name, value) => $" {name}=\"{value.Replace("\"", "", StringComparison.Ordinal)}\"");

    private static readonly Gen<string> Token = Gen.Frequency(
        (6, Gen.Select(Name, Attribute.Array[0, 2], Gen.Bool, (n, a, self) => $"<{n}{string.Concat(a)}{(self ? "/" : "")}>")),
        (4, Name.Select(n => $"</{n}>")),
        (8, Word),
        (1, Gen.OneOf("<!--", "-->", "<!-- c -->", "<!doctype html>", "<![CDATA[", "]]>", "<?xml?>", "</>", "<meta charset=\"shift_jis\">")));

    private static readonly Gen<string> TagSoup = Token.Array[0, 200].Select(tokens => string.Concat(tokens));

    [Fact]
    public void Random_tag_soup_never_fails()
    {
        TagSoup.Sample(html =>
        {
            Robust.Extract(() => ArticleExtractor.Default.Parse(html));
            Robust.Extract(() => ArticleExtractor.Default.Parse(Encoding.UTF8.GetBytes(html)));
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void Random_text_never_fails()
    {
        Word.Array[0, 300].Select(words => string.Join(Gen.Bool.Single() ? " " : "\n", words)).Sample(text =>
        {
            Robust.Extract(() => TextExtractor.Parse(text));
            Robust.Extract(() => ArticleExtractor.Default.Parse(text));
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void Random_bytes_never_fail()
    {
        var contentType = Gen.OneOf<string?>(null, "text/html; charset=utf-8", "text/html; charset=utf-16", "text/html; charset=shift_jis", "text/html; charset=windows-1251", "text/html; charset=gb18030");
        Gen.Select(Gen.Byte.Array[0, 4000], contentType).Sample((bytes, type) =>
        {

            Robust.Extract(() => ArticleExtractor.Default.Parse(bytes, type));
            Robust.Extract(() => TextExtractor.Parse(bytes, type));
        }, iter: Iterations, threads: 1);
    }

    /// <summary>A real page of our own, mutated: slices deleted, duplicated, moved, bytes flipped.</summary>
    [Fact]
    public void Mutated_pages_never_fail()
    {
        var page = Encoding.UTF8.GetBytes(SamplePage);
        var mutation = Gen.Select(Gen.Int[0, 3], Gen.Int[0, page.Length], Gen.Int[0, 400], Gen.Byte);
        mutation.Array[1, 20].Sample(mutations =>
        {
            var bytes = page.ToList();
            foreach (var (kind, at, length, value) in mutations)
            {
                var start = Math.Min(at, bytes.Count);
                var count = Math.Min(length, bytes.Count - start);
                switch (kind)
                {
                    case 0: bytes.RemoveRange(start, count); break;
                    case 1: bytes.InsertRange(start, bytes.GetRange(start, count)); break;
                    case 2: bytes.InsertRange(start, Enumerable.Repeat(value, Math.Min(length, 8))); break;
                    default: if (start < bytes.Count) { bytes[start] = value; } break;
                }
            }

            var mutated = bytes.ToArray();
            Robust.Extract(() => ArticleExtractor.Default.Parse(mutated));
            Robust.Extract(() => ArticleExtractor.Default.Parse(Encoding.UTF8.GetString(mutated)));
            Robust.Extract(() => TextExtractor.Parse(mutated));
        }, iter: Iterations, threads: 1);
    }

    private const string SamplePage = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>A test page | Site</title>
        <meta property="og:title" content="A test page"><meta name="description" content="What it is about.">
        <script>var x = "<div>"; if (a < b) { document.write("</p>"); }</script><style>p { color: red }</style></head>
        <body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
        <main><article><h1>A test page</h1><p class="byline">By Jane Doe, 1 May 2024</p>
        <p>The first paragraph has <b>bold</b>, <i>italic</i> and <a href="/x">linked</a> words.</p>
        <p>The second paragraph&nbsp;continues with an entity &amp; a soft&shy;hyphen.</p>
        <table><tr><td>Cell one</td><td>Cell two</td></tr></table><pre>  code
          block </pre><blockquote><p>Quoted text.</p></blockquote>
        <svg><g><text>svg text</text></g></svg><!-- comment <div> --></article></main>
        <aside><h2>Related articles</h2><ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul></aside>
        <footer><p>© 2024 Site. All rights reserved.</p></footer></body></html>
        """;
}
