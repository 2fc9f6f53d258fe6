using ArticleExtract.Warc;

namespace ArticleExtract.Tests.Warc;

/// <summary>
/// The archives that warcio.js wrote (tests/WarcFixtures): every HTML page in them is extracted
/// exactly as from the page's own file, whatever the compression and the HTTP encodings, and
/// every other record is read and skipped.
/// </summary>
public sealed class WarcFixtureTests
{
    private static readonly string[] ExpectedPages = ["harbour", "library", "orchard", "bridge", "market", "legacy", "choir", "truncated"];

    private static readonly string[] ExpectedTypes =
        ["warcinfo", "request", "response", "metadata", "response", "response", "response", "response", "response", "resource",
         "revisit", "response", "response", "response", "resource", "conversion", "response"];

    private static readonly ArticleExtractor Extractor = new(new ExtractionOptions { InputKind = InputKind.Html });

    public static TheoryData<string> Archives => new() { "pages.warc.gz", "pages.warc", "pages-whole.warc.gz" };

    [Theory]
    [MemberData(nameof(Archives))]
    public void Every_record_is_read_in_order_without_error(string archive)
    {
        var outcome = WarcArchive.ReadAll(archive);
        outcome.Errors.Should().BeEmpty();
        outcome.Records.Select(r => r.Type).Should().Equal(ExpectedTypes);
        outcome.Records.Should().OnlyContain(r => r.RecordId != null && r.RecordId.StartsWith("<urn:uuid:") && r.Block.Length == r.ContentLength);
        outcome.Records.Select(r => r.Version).Distinct().Should().Equal(archive == "pages.warc.gz" ? "WARC/1.1" : "WARC/1.0");
    }

    [Theory]
    [MemberData(nameof(Archives))]
    public void Only_html_responses_with_status_200_and_html_resources_are_pages(string archive)
    {
        var outcome = WarcArchive.ReadAll(archive);
        WarcArchive.PageNames(outcome).Should().Equal(ExpectedPages);
        var pages = outcome.Pages.ToDictionary(p => p.Record.TargetUri!.Split('/')[^1], p => p.Page);
        pages["choir"].HttpStatus.Should().BeNull("a resource has no HTTP layer");
        pages["harbour"].HttpStatus.Should().Be(200);
        pages["harbour"].Url.Should().Be(new Uri("https://town.example/news/harbour"));
        pages["legacy"].ContentType.Should().Be("text/html; charset=windows-1252");
    }

    [Theory]
    [MemberData(nameof(Archives))]
    public void Each_page_extracts_exactly_as_its_own_file(string archive)
    {
        foreach (var (record, page) in WarcArchive.ReadAll(archive).Pages)
        {
            var name = record.TargetUri!.Split('/')[^1];
            var file = File.ReadAllBytes(WarcArchive.PathOf($"pages/{name}.html"));
            if (record.IsTruncated)
            {
                file = file[..(int)(file.Length * 0.7)];
            }

            page.Body.ToArray().Should().Equal(file, "the payload of {0} is the page's bytes once the HTTP encodings are undone", name);
            var fromWarc = Extractor.Parse(page.Body.ToArray(), page.ContentType, page.Url);
            var fromFile = Extractor.Parse(file, page.ContentType, page.Url);
            fromWarc.Text.Should().Be(fromFile.Text);
            fromWarc.Html.Should().Be(fromFile.Html);
            fromWarc.Title.Should().Be(fromFile.Title);
            fromWarc.Byline.Should().Be(fromFile.Byline);
            fromWarc.Published.Should().Be(fromFile.Published);
            fromWarc.Text.Should().NotBeEmpty();
        }
    }

    [Fact]
    public void The_http_charset_decodes_a_page_without_its_own()
    {
        var legacy = WarcArchive.ReadAll("pages.warc.gz").Pages.Single(p => p.Record.TargetUri!.EndsWith("/legacy")).Page;
        Extractor.Parse(legacy.Body.ToArray(), legacy.ContentType, legacy.Url).Text.Should().Contain("schooner Élise").And.Contain("naïve painters");
    }

    [Fact]
    public void A_truncated_record_is_extracted_and_flagged()
    {
        var (record, page) = WarcArchive.ReadAll("pages.warc.gz").Pages.Single(p => p.Record.TargetUri!.EndsWith("/truncated"));
        record.TruncatedReason.Should().Be("length");
        page.IsTruncated.Should().BeTrue();
        Extractor.Parse(page.Body.ToArray(), page.ContentType, page.Url).Text.Should().Contain("regional prize");
    }

    [Theory]
    [InlineData("pages.warc.gz")]
    [InlineData("pages.warc")]
    public void A_record_is_read_again_from_its_offset(string archive)
    {
        var bytes = WarcArchive.Bytes(archive);
        foreach (var record in WarcArchive.ReadAll(archive).Records)
        {
            using var reader = new WarcReader(new MemoryStream(bytes, (int)record.Offset, bytes.Length - (int)record.Offset));
            var again = reader.Read()!;
            again.RecordId.Should().Be(record.RecordId);
            again.Block.ToArray().Should().Equal(record.Block.ToArray());
        }
    }

    [Fact]
    public void The_offsets_of_a_per_record_gzip_archive_are_those_of_its_members()
    {
        var records = WarcArchive.ReadAll("pages.warc.gz").Records;
        records[0].Offset.Should().Be(0);
        records.Select(r => r.Offset).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        var bytes = WarcArchive.Bytes("pages.warc.gz");
        records.Should().OnlyContain(r => bytes[r.Offset] == 0x1F && bytes[r.Offset + 1] == 0x8B);
        WarcArchive.ReadAll("pages-whole.warc.gz").Records.Should().OnlyContain(r => r.Offset == 0, "a whole-file gzip archive is one member");
    }

    [Fact]
    public void Headers_and_dates_are_read_as_written()
    {
        var response = WarcArchive.ReadAll("pages.warc.gz").Records.First(r => r.Type == "response");
        response.Date.Should().Be(new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero));
        response.ContentType.Should().Be("application/http; msgtype=response");
        response.GetHeader("warc-payload-digest").Should().StartWith("sha256:");
        response.Headers.Should().Contain(h => h.Key == "WARC-Target-URI" && h.Value == "https://town.example/news/harbour");
    }

    [Fact]
    public void The_same_archive_read_through_a_stream_that_gives_one_byte_at_a_time_reads_the_same()
    {
        var expected = WarcArchive.ReadAll("pages.warc.gz");
        var trickled = WarcArchive.ReadAll(new TrickleStream(WarcArchive.Bytes("pages.warc.gz")));
        trickled.Errors.Should().BeEmpty();
        trickled.Records.Select(r => (r.RecordId, r.Offset)).Should().Equal(expected.Records.Select(r => (r.RecordId, r.Offset)));
    }

    [Fact]
    public void A_block_longer_than_the_limit_is_skipped_not_stored()
    {
        var outcome = WarcArchive.ReadAll("pages.warc.gz", new WarcReaderOptions { MaxBlockLength = 600 });
        outcome.Errors.Should().BeEmpty();
        outcome.Records.Should().HaveCount(ExpectedTypes.Length);
        outcome.Records.Where(r => r.ContentLength > 600).Should().OnlyContain(r => r.IsBlockOmitted && r.Block.IsEmpty && r.ToHtmlPage() == null);
    }

    /// <summary>A stream that returns at most one byte per read, and cannot seek.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1)]);
    }
}
