using System.Text;
using ArticleExtract.Input;

namespace ArticleExtract.Tests.Robustness;

/// <summary>
/// Pins the exact edits and depth of the nesting guard's scan on tricky deep inputs, for
/// characters and bytes alike: where the cap removes tags, which end tags go with them,
/// how names are told apart (case, unknown names, near namesakes, non-ASCII letters) and when
/// waiting formatting elements are closed. The figures are those of the scan before it was
/// made faster; any change to the model shows up here.
/// </summary>
public sealed class NestingGuardScanTests
{
    [Fact]
    public void The_cap_removes_the_start_tags_past_it_as_one_run()
    {
        var html = Repeat("<div>", 300) + "x";
        ScanBoth(html, out var depth).Should().Equal((1280, 220, " "));
        depth.Should().Be(NestingGuard.MaxOpenElements);
    }

    [Theory]
    [InlineData("<DIV>", "</Div>")]
    [InlineData("<x-a>", "</X-A>")]
    public void End_tags_of_removed_start_tags_go_too_whatever_the_case_or_name(string open, string close)
    {
        // 44 start tags past the cap are removed, then the first 44 end tags of their name.
        var html = Repeat(open, 300) + "x" + Repeat(close, 300);
        ScanBoth(html, out var depth).Should().Equal((1280, 220, " "), (1501, 264, " "));
        depth.Should().Be(NestingGuard.MaxOpenElements);
    }

    [Fact]
    public void A_cell_closes_the_cell_before_it_but_a_name_that_only_starts_like_one_nests()
    {
        ScanBoth("<table><tr>" + Repeat("<td>x", 1_000), out var cellDepth).Should().BeEmpty();
        cellDepth.Should().Be(3);

        var edits = ScanBoth("<table><tr>" + Repeat("<tdx>x", 300), out var nestedDepth);
        nestedDepth.Should().Be(NestingGuard.MaxOpenElements);
        edits.Should().HaveCount(46).And.StartWith((1535, 5, " ")).And.EndWith((1805, 5, " "));
    }

    [Theory]
    [InlineData("<p><b id={0}>x")]
    [InlineData("<P><B ID={0}>x")]
    public void Formatting_elements_waiting_past_the_limit_are_closed_where_they_were_popped(string unit)
    {
        var html = Repeat(unit, 12);
        ScanBoth(html, out var depth).Should().Equal((108, 0, "</b>"), (120, 0, "</b>"), (133, 0, "</b>"));
        depth.Should().Be(NestingGuard.MaxReopenedFormatting + 2);
    }

    [Fact]
    public void Identical_waiting_formatting_elements_are_kept_at_most_three_times()
    {
        ScanBoth(Repeat("<p><b>x", 12), out var depth).Should().BeEmpty();
        depth.Should().Be(5);
    }

    [Fact]
    public void Raw_text_is_skipped_only_for_raw_text_element_names()
    {
        ScanBoth("<SCRIPT>" + Repeat("<div>", 300) + "</Script >", out var depth).Should().BeEmpty();
        depth.Should().Be(0);

        ScanBoth("<scriptx>" + Repeat("<div>", 300) + "</scriptx>", out var nested).Should().Equal((1284, 225, " "));
        nested.Should().Be(NestingGuard.MaxOpenElements);
    }

    [Fact]
    public void A_greater_than_sign_inside_a_quoted_value_does_not_end_the_tag()
    {
        var html = Repeat("<div title='a>b' class=\"c>d\" e=f'g>", 300);
        ScanBoth(html, out var depth).Should().Equal((8960, 1540, " "));
        depth.Should().Be(NestingGuard.MaxOpenElements);
    }

    [Fact]
    public void Non_ascii_letters_in_byte_names_are_lower_cased_as_latin_1()
    {
        // "<xÀ>" and "</Xà>" are one name: the end tags of the removed start tags go with them.
        var bytes = Encoding.Latin1.GetBytes(Repeat("<x\u00C0>", 300) + Repeat("</X\u00E0>", 300));
        var guard = new NestingGuard();
        guard.Scan<byte>(bytes);
        guard.Edits.Select(e => (e.Start, e.Length, e.Text)).Should().Equal((1024, 396, " "));
    }

    /// <summary>Scans the markup as characters and as UTF-8 bytes, checks both agree and returns the edits.</summary>
    private static List<(int Start, int Length, string Text)> ScanBoth(string html, out int maxDepth)
    {
        var chars = new NestingGuard();
        chars.Scan<char>(html);
        var bytes = new NestingGuard();
        bytes.Scan<byte>(Encoding.UTF8.GetBytes(html));
        var edits = chars.Edits.Select(e => (e.Start, e.Length, e.Text)).ToList();
        bytes.Edits.Select(e => (e.Start, e.Length, e.Text)).Should().Equal(edits);
        bytes.MaxDepth.Should().Be(chars.MaxDepth);
        maxDepth = chars.MaxDepth;
        return edits;
    }

    private static string Repeat(string unit, int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(unit.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        return builder.ToString();
    }
}
