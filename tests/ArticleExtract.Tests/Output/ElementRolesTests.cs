using ArticleExtract.Output;

namespace ArticleExtract.Tests.Output;

/// <summary>The body tree builder keeps exactly the elements the table of element roles allows, as the kind the table gives them.</summary>
public sealed class ElementRolesTests
{
    public static TheoryData<string> InlineNames => [.. ElementRoles.InlineElements.Order(StringComparer.Ordinal)];

    public static TheoryData<string> PhrasingBlockNames => [.. ElementRoles.PhrasingBlocks.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(InlineNames))]
    public void Every_allowed_inline_element_is_kept_inside_its_paragraph(string name)
    {
        var root = Build($"<p>before <{name} href='https://example.com/page'>word</{name}> after</p>");

        var paragraph = root.Children.Should().ContainSingle().Which;
        paragraph.Name.Should().Be("p");
        paragraph.Children.Select(child => child.Name).Should().Contain(name);
    }

    [Theory]
    [MemberData(nameof(PhrasingBlockNames))]
    public void Every_allowed_phrasing_block_is_kept_as_a_block(string name)
    {
        var root = Build($"<figure><{name}>word</{name}></figure>");

        var expected = name == "h1" ? "h2" : name;
        root.Children.Should().ContainSingle().Which.Children.Select(child => child.Name).Should().Equal(expected);
    }

    [Fact]
    public void An_element_outside_the_table_is_unwrapped_and_a_dropped_one_goes_with_its_text()
    {
        var root = Build("<p>kept <span>unwrapped</span> text<datalist><option>dropped</option></datalist></p>");

        BodyTextWriter.Write(root).Should().Be("kept unwrapped text");
        ElementRoles.Dropped.Should().Contain(["script", "datalist", "svg"]);
        ElementRoles.Dropped.Contains("SVG").Should().BeTrue("names from the page are looked up whatever their case");
        ElementRoles.BlockLike.Should().Contain(["div", "td", "dd"]).And.NotContain("span");
    }

    private static BodyNode Build(string html) => BodyTreeBuilder.Build(HtmlTrees.Parse(html), new Uri("https://example.com/"));
}
