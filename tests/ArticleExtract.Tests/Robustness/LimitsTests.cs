using System.Text;

namespace ArticleExtract.Tests.Robustness;

/// <summary>The limits of <see cref="ExtractionOptions"/> and cancellation: checked early, named in the error.</summary>
[Collection(nameof(TimingCollection))]
public sealed class LimitsTests
{
    [Fact]
    public async Task Input_over_the_size_limit_throws_naming_the_limit_before_any_work()
    {
        var extractor = new ArticleExtractor(new ExtractionOptions { MaxInputLength = 1_000 });
        var html = new string('x', 1_001);
        extractor.Invoking(e => e.Parse(html)).Should().Throw<ArticleExtractionException>().WithMessage("*MaxInputLength*");
        extractor.Invoking(e => e.Parse(Encoding.UTF8.GetBytes(html))).Should().Throw<ArticleExtractionException>().WithMessage("*MaxInputLength*");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(html));
        await extractor.Awaiting(e => e.ParseAsync(stream)).Should().ThrowAsync<ArticleExtractionException>().WithMessage("*MaxInputLength*");
        extractor.Parse(new string('x', 1_000)).ShouldBeWellFormed();
    }

    [Fact]
    public void Document_over_the_element_limit_throws_naming_the_limit()
    {
        var extractor = new ArticleExtractor(new ExtractionOptions { MaxElementCount = 1_000 });
        var html = Robust.Repeat("<p>x</p>", 2_000);
        extractor.Invoking(e => e.Parse(html)).Should().Throw<ArticleExtractionException>().WithMessage("*MaxElementCount*");
        extractor.Invoking(e => e.Parse(Encoding.UTF8.GetBytes(html))).Should().Throw<ArticleExtractionException>().WithMessage("*MaxElementCount*");
        extractor.Parse(Robust.Repeat("<p>x</p>", 900)).ShouldBeWellFormed();
    }

    [Fact]
    public void Element_limit_is_checked_while_parsing_not_after()
    {
        // 4 million elements would take seconds and a lot of memory to build; the limit stops the parse early.
        var extractor = new ArticleExtractor(new ExtractionOptions { MaxElementCount = 10_000 });
        var html = Robust.Repeat("<br>", 4_000_000);
        extractor.Invoking(e => e.Parse(html)).Should().Throw<ArticleExtractionException>().WithMessage("*MaxElementCount (10,000 elements)*");
    }

    [Fact]
    public void A_cancelled_token_stops_before_any_work()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var extractor = ArticleExtractor.Default;
        extractor.Invoking(e => e.Parse("<p>x</p>", cancellationToken: cancelled.Token)).Should().Throw<OperationCanceledException>();
        extractor.Invoking(e => e.Parse(Encoding.UTF8.GetBytes("<p>x</p>"), cancellationToken: cancelled.Token)).Should().Throw<OperationCanceledException>();
    }

    [Theory]
    [InlineData("<p>Some words of a paragraph, <b>bold</b> and <a href='/x'>linked</a>.</p>\n")]
    [InlineData("<div>")]
    public void Cancellation_during_the_call_stops_it(string unit)
    {
        // The token is cancelled by the input stream itself, when its last byte has been read:
        // deterministically inside the call, after the checks made on entry, whatever the machine's load.
        var html = Encoding.UTF8.GetBytes(Robust.Repeat(unit, 300_000));
        using var source = new CancellationTokenSource();
        using var input = new CancelAtEnd(html, source);

        ArticleExtractor.Default.Invoking(e => e.Parse(input, cancellationToken: source.Token))
            .Should().Throw<OperationCanceledException>();
        input.EndReached.Should().BeTrue("the input was read before the call stopped");
    }

    /// <summary>A stream of the given bytes that cancels a token when a read finds its end.</summary>
    private sealed class CancelAtEnd(byte[] bytes, CancellationTokenSource source) : MemoryStream(bytes)
    {
        public bool EndReached { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Cancel(base.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Cancel(base.Read(buffer));

        private int Cancel(int read)
        {
            if (read == 0)
            {
                EndReached = true;
                source.Cancel();
            }

            return read;
        }
    }
}
