using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArticleExtract.Html;
using ArticleExtract.Html.Candidates;

namespace ArticleExtract.Tests.Html;

/// <summary>The arbiter between the best-scored container and the wider candidates around it.</summary>
public sealed class ArbiterTests
{
    private const string P1 = "The city council voted on Tuesday to rebuild the old harbour bridge, ending a debate that had lasted for more than ten years.";
    private const string P2 = "Engineers said the new bridge would carry twice as much traffic, and that work could begin in the spring if the budget holds.";
    private const string P3 = "Residents who spoke at the meeting were divided, with some worried about noise and others about the cost to local taxpayers.";
    private const string P4 = "The mayor promised a public consultation before any contract is signed, and said the first designs would be shown in March.";

    private static (IElement Body, NodeStats Stats) Parse(string body)
    {
        var document = new HtmlParser().ParseDocument($"<html><body>{body}</body></html>");
        return (document.Body!, NodeStats.Measure(document.Body!));
    }

    private static IElement Widen(string body, string bestId)
    {
        var (root, stats) = Parse(body);
        return Arbiter.Widen(root.QuerySelector($"#{bestId}")!, stats, root);
    }

    [Fact]
    public void A_container_is_widened_to_the_ancestor_that_continues_its_prose()
    {
        var chosen = Widen(
            $"<div id='wrap'><div id='lead'><p>{P1}</p></div><div>Advertisement</div><div id='story'><p>{P2}</p></div><div>Advertisement</div><div><p>{P3}</p><p>{P4}</p></div></div>",
            "story");

        chosen.Id.Should().Be("wrap");
    }

    [Fact]
    public void A_container_holding_most_of_the_pages_prose_is_not_widened()
    {
        var chosen = Widen($"<div id='wrap'><div id='story'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div><div class='note'><p>{P4}</p></div></div>", "story");

        chosen.Id.Should().Be("story");
    }

    [Fact]
    public void A_container_stays_when_its_neighbours_are_links()
    {
        var links = string.Concat(Enumerable.Range(1, 12).Select(i => $"<li><a href='/story/{i}'>Another story about the harbour and the town, number {i}</a></li>"));
        var chosen = Widen($"<div id='wrap'><div id='story'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div><ul>{links}</ul></div>", "story");

        chosen.Id.Should().Be("story");
    }

    [Fact]
    public void Teasers_cut_off_with_an_ellipsis_do_not_continue_the_article()
    {
        const string Teaser = "Floods close the coast road again as the river rises above its banks for the third time this winter, and the council...";
        var teasers = string.Concat(Enumerable.Range(1, 4).Select(i => $"<div><a href='/t/{i}'>Floods</a> {Teaser}</div>"));
        var chosen = Widen($"<div id='wrap'><div id='story'><p>{P1}</p><p>{P2}</p></div><div>{teasers}</div></div>", "story");

        chosen.Id.Should().Be("story");
    }

    [Fact]
    public void The_one_marked_main_element_wins_over_a_container_outside_it()
    {
        var chosen = Widen(
            $"<div id='banner'><p>{P4}</p></div><div id='content' role='main'><div><p>{P1}</p></div><div><p>{P2}</p></div></div>",
            "banner");

        chosen.Id.Should().Be("content");
    }

    [Fact]
    public void Two_marked_main_elements_give_no_single_answer()
    {
        var chosen = Widen(
            $"<div id='banner'><p>{P4}</p></div><main><p>{P1}</p></main><main><p>{P2}</p></main>",
            "banner");

        chosen.Id.Should().Be("banner");
    }
}
