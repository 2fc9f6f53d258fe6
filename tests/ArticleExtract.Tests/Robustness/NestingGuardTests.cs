using System.IO.Compression;
using System.Text;
using ArticleExtract.Input;

namespace ArticleExtract.Tests.Robustness;

/// <summary>
/// The pre-scan that bounds the tree builder's stack: ordinary markup passes untouched (the very
/// same string or array), over-deep markup loses only tags, never text, and the result parses as
/// the original would up to the cap.
/// </summary>
public sealed class NestingGuardTests
{
    [Theory]
    [InlineData("<html><body><div><p>Text <b>bold <i>both</i></b> <a href='x'>link</a></p></div></body></html>")]
    [InlineData("<ul><li>one<li>two<ul><li>nested</ul></ul><p>a<p>b<p>c<table><tr><td>1<td>2<tr><td>3</table>")]
    [InlineData("<script>for (i = 0; i < 100000; i++) document.write('<div>');</script><p>after</p>")]
    [InlineData("<!-- <div><div><div> --><p>x</p><textarea><div><div></textarea>")]
    [InlineData("<svg><path d='M0'/><path/><circle/></svg><math><mi>x</mi></math>")]
    public void Ordinary_markup_passes_untouched(string html)
    {
        NestingGuard.Apply(html).Should().BeSameAs(html);
        var bytes = Encoding.UTF8.GetBytes(html);
        NestingGuard.Apply(bytes).Should().BeSameAs(bytes);
    }

    [Fact]
    public void Thousands_of_sibling_paragraphs_list_items_cells_and_links_stay_shallow()
    {
        var html = Robust.Repeat("<p>para <a href=#>link<li>item<dd>def<option>opt<h2>head<td>cell<tr>", 5_000);
        var guard = new NestingGuard();
        guard.Scan<char>(html);
        guard.Edits.Should().BeEmpty();
        guard.MaxDepth.Should().BeLessThan(20);
    }

    [Fact]
    public void Unclosed_identical_formatting_elements_are_reopened_at_most_three_times()
    {
        // "<p><b>x" repeated: each <p> closes the b, which is reopened (Noah's Ark keeps three).
        var guard = new NestingGuard();
        guard.Scan<char>(Robust.Repeat("<p><b>x", 10_000));
        guard.Edits.Should().BeEmpty();
        guard.MaxDepth.Should().BeLessThan(NestingGuard.MaxOpenElements / 4);
    }

    [Theory]
    [InlineData("<div>")]
    [InlineData("<span class='a'>")]
    [InlineData("<b><i><a href='#'>")]
    [InlineData("<ul><li>")]
    [InlineData("<table><tr><td>")]
    public void Deep_markup_is_capped_without_losing_text(string unit)
    {
        var html = Robust.Repeat(unit + "w{0} ", 5_000);
        var guard = new NestingGuard();
        guard.Scan<char>(html);
        guard.Edits.Should().NotBeEmpty();
        guard.MaxDepth.Should().BeLessThanOrEqualTo(NestingGuard.MaxOpenElements + 1);

        var guarded = NestingGuard.Apply(html);
        var words = guarded.Split(['<', '>', ' '], StringSplitOptions.RemoveEmptyEntries).Where(w => w.StartsWith('w')).ToList();
        words.Should().HaveCount(5_000).And.ContainInOrder("w0", "w1", "w4999");
        Encoding.UTF8.GetString(NestingGuard.Apply(Encoding.UTF8.GetBytes(html))).Should().Be(guarded);
    }

    [Fact]
    public void A_run_of_removed_tags_becomes_one_space()
    {
        var html = Robust.Repeat("<div>", 100_000, "<body>", "end</body>");
        var guarded = NestingGuard.Apply(html);
        guarded.Length.Should().BeLessThan(NestingGuard.MaxOpenElements * "<div>".Length + 20);
        guarded.Should().EndWith("<div> end</body>");
        Encoding.UTF8.GetString(NestingGuard.Apply(Encoding.UTF8.GetBytes(html))).Should().Be(guarded);
    }

    [Fact]
    public void The_capped_document_matches_the_original_up_to_the_cap()
    {
        var html = Robust.Repeat("<div class='d'>w{0} ", 1_000, "<html><body>", "</body></html>");
        var document = DocumentLoader.ParseHtml(PageInput.FromString(html), int.MaxValue, CancellationToken.None);
        AngleSharp.Dom.IElement element = document.Body!;
        var depth = 0;
        while (element.FirstElementChild is { } child)
        {
            element = child;
            depth++;
        }

        depth.Should().BeGreaterThan(NestingGuard.MaxOpenElements - 10).And.BeLessThanOrEqualTo(NestingGuard.MaxOpenElements);
        document.Body!.TextContent.Should().Contain("w0 ").And.Contain("w999 ");
    }

    [Fact]
    public void Formatting_elements_waiting_to_reopen_are_closed_past_the_limit()
    {
        // "<p><b id=N>x": every <p> pops a distinct <b> that the tree builder would recreate forever.
        var html = Robust.Repeat("<p><b id={0}>x{0}", 2_000);
        var guarded = NestingGuard.Apply(html);
        guarded.Should().Contain("</b>");
        var document = DocumentLoader.ParseHtml(PageInput.FromString(html), int.MaxValue, CancellationToken.None);
        document.All.Length.Should().BeLessThan(2_000 * (NestingGuard.MaxReopenedFormatting + 3));
        document.Body!.TextContent.Should().Contain("x0").And.Contain("x1999");
    }

    [CorpusFact("scrapinghub-dev/html")]
    public void Every_corpus_page_passes_untouched_far_below_the_cap()
    {
        foreach (var file in Directory.GetFiles(Fixture.CorpusFolder("scrapinghub-dev/html")!))
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            var guard = new NestingGuard();
            guard.Scan<byte>(buffer.ToArray());
            guard.Edits.Should().BeEmpty(file);
            guard.MaxDepth.Should().BeLessThan(NestingGuard.MaxOpenElements / 4, file);
        }
    }
}
