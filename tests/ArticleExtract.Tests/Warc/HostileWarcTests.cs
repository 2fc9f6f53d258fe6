using System.IO.Compression;
using System.Text;
using ArticleExtract.Warc;

namespace ArticleExtract.Tests.Warc;

/// <summary>
/// Damaged and hostile archives (warcio.js's records with one defect each, see
/// tests/WarcFixtures): each gives a clear <see cref="WarcFormatException"/> for the bad record
/// and still every good record after it; nothing crashes, hangs or allocates what a length claims.
/// </summary>
public sealed class HostileWarcTests
{
    [Theory]
    [InlineData("hostile-length-too-large.warc", "declares a block of")]
    [InlineData("hostile-length-negative.warc", "Content-Length '-5' that is not a length")]
    [InlineData("hostile-length-not-a-number.warc", "Content-Length 'twelve' that is not a length")]
    [InlineData("hostile-no-blank-line.warc", "malformed header line 'HTTP/1.1 200 OK'")]
    public void A_record_with_a_bad_header_is_an_error_and_the_next_record_is_still_read(string archive, string message)
    {
        var outcome = WarcArchive.ReadAll(archive);
        outcome.Events.Should().Equal("warcinfo ", "error", "response https://town.example/news/library");
        outcome.Errors.Single().Message.Should().Contain(message).And.Contain("at offset 294");
        outcome.Errors.Single().Offset.Should().Be(294);
        WarcArchive.PageNames(outcome).Should().Equal("library");
    }

    [Fact]
    public void A_huge_length_in_a_gzip_member_ends_with_the_member()
    {
        var outcome = WarcArchive.ReadAll("hostile-length-huge.warc.gz");
        outcome.Errors.Single().Message.Should().Contain("999,999,999,999,999 bytes");
        WarcArchive.PageNames(outcome).Should().Equal("library");
        outcome.Records.Single().Offset.Should().Be(outcome.Errors.Single().Offset + 1008);
    }

    [Fact]
    public void A_huge_length_in_an_uncompressed_archive_allocates_nothing_for_it()
    {
        var text = Encoding.Latin1.GetString(WarcArchive.Bytes("pages.warc"));
        var first = text.IndexOf("Content-Length: ", StringComparison.Ordinal) + "Content-Length: ".Length;
        var end = text.IndexOf('\r', first);
        var hostile = Encoding.Latin1.GetBytes(text[..first] + "999999999999999999" + text[end..]);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var outcome = WarcArchive.ReadAll(hostile);
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(64L * 1024 * 1024);
        outcome.Errors.Single().Message.Should().Contain("declares a block of 999,999,999,999,999,999 bytes");
    }

    [Fact]
    public void A_corrupt_gzip_member_in_the_middle_costs_only_its_own_record()
    {
        var outcome = WarcArchive.ReadAll("hostile-corrupt-member.warc.gz");
        outcome.Events.Should().Equal("response https://town.example/news/harbour", "error", "response https://town.example/news/orchard");
        outcome.Errors.Single().Message.Should().Contain("gzip member at offset 1007 is corrupt");
    }

    [Fact]
    public void An_archive_cut_short_keeps_every_record_before_the_cut()
    {
        var outcome = WarcArchive.ReadAll("hostile-cut-short.warc.gz");
        outcome.Errors.Single().Message.Should().Contain("cut short");
        WarcArchive.PageNames(outcome).Should().Equal("harbour", "library", "orchard", "bridge", "market", "legacy", "choir");
    }

    [Fact]
    public void A_file_that_is_not_a_warc_is_one_clear_error()
    {
        var outcome = WarcArchive.ReadAll("hostile-not-warc.warc");
        outcome.Records.Should().BeEmpty();
        outcome.Errors.Single().Message.Should().Be("No WARC record starts at offset 0: a record begins with a line such as WARC/1.1.");
    }

    [Fact]
    public void An_empty_file_is_one_clear_error()
    {
        var outcome = WarcArchive.ReadAll("hostile-empty.warc");
        outcome.Records.Should().BeEmpty();
        outcome.Errors.Single().Message.Should().Contain("The archive is empty");
    }

    [Fact]
    public void A_revisit_without_payload_is_read_and_skipped()
    {
        var outcome = WarcArchive.ReadAll("hostile-revisit-no-payload.warc.gz");
        outcome.Errors.Should().BeEmpty();
        outcome.Records.Select(r => r.Type).Should().Equal("revisit", "response");
        outcome.Records[0].ContentLength.Should().Be(0);
        outcome.Records[0].ToHtmlPage().Should().BeNull();
        WarcArchive.PageNames(outcome).Should().Equal("harbour");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_ten_megabyte_header_line_is_an_error_and_the_next_record_is_still_read(bool gzipPerRecord)
    {
        var plain = Encoding.Latin1.GetString(WarcArchive.Bytes("hostile-length-negative.warc"));
        var records = plain.Split("WARC/1.0\r\n", StringSplitOptions.RemoveEmptyEntries).Select(r => "WARC/1.0\r\n" + r).ToArray();
        records[1] = records[1].Replace("Content-Length: -5\r\n", "X-Long: " + new string('a', 10 * 1024 * 1024) + "\r\n" + "Content-Length: 1342\r\n", StringComparison.Ordinal);
        var archive = gzipPerRecord
            ? records.SelectMany(r => Gzip(Encoding.Latin1.GetBytes(r))).ToArray()
            : Encoding.Latin1.GetBytes(string.Concat(records));
        var outcome = WarcArchive.ReadAll(archive);
        outcome.Errors.Single().Message.Should().Contain("header block longer than 262,144 bytes");
        WarcArchive.PageNames(outcome).Should().Equal("library");
    }

    [Fact]
    public void Trailing_garbage_after_the_last_member_is_one_error_after_every_record()
    {
        var archive = WarcArchive.Bytes("pages.warc.gz").Concat(Encoding.ASCII.GetBytes("not gzip at all")).ToArray();
        var outcome = WarcArchive.ReadAll(archive);
        outcome.Records.Should().HaveCount(17);
        outcome.Errors.Single().Message.Should().Contain("No gzip member can be read");
    }

    [Theory]
    [InlineData("pages.warc.gz")]
    [InlineData("pages.warc")]
    [InlineData("pages-whole.warc.gz")]
    public void Random_damage_gives_only_format_errors_and_always_ends(string name)
    {
        var original = WarcArchive.Bytes(name);
        var random = new Random(23);
        for (var round = 0; round < 150; round++)
        {
            var damaged = (byte[])original.Clone();
            var kind = round % 3;
            if (kind == 0)
            {
                for (var i = 0; i < 1 + random.Next(8); i++)
                {
                    damaged[random.Next(damaged.Length)] ^= (byte)(1 + random.Next(255));
                }
            }
            else if (kind == 1)
            {
                damaged = damaged[..random.Next(damaged.Length)];
            }
            else
            {
                var at = random.Next(damaged.Length);
                var cut = random.Next(1, 200);
                damaged = [.. damaged[..at], .. damaged[Math.Min(damaged.Length, at + cut)..]];
            }

            var outcome = WarcArchive.ReadAll(damaged);
            foreach (var record in outcome.Records)
            {
                try
                {
                    record.ToHtmlPage();
                }
                catch (WarcFormatException)
                {
                    // A damaged HTTP layer is an error row, which is fine.
                }
            }

            outcome.Records.Count.Should().BeLessThanOrEqualTo(17 + 2);
        }
    }

    [Fact]
    public void Damage_inside_one_member_never_costs_a_record_in_another()
    {
        var original = WarcArchive.Bytes("pages.warc.gz");
        var clean = WarcArchive.ReadAll(original).Records;
        var random = new Random(7);
        for (var round = 0; round < 60; round++)
        {
            var victim = random.Next(clean.Count);
            var start = clean[victim].Offset;
            var end = victim + 1 < clean.Count ? clean[victim + 1].Offset : original.Length;
            var damaged = (byte[])original.Clone();
            damaged[start + 20 + random.Next((int)(end - start - 28))] ^= 0xFF;
            var survivors = WarcArchive.ReadAll(damaged).Records.Select(r => r.RecordId).ToHashSet();
            clean.Where((_, i) => i != victim).Select(r => r.RecordId).Should().BeSubsetOf(survivors);
        }
    }

    private static byte[] Gzip(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return buffer.ToArray();
    }
}
