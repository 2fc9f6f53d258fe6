using AngleSharp.Html.Parser;
using ArticleExtract.Html;
using FluentAssertions;

namespace ArticleExtract.Tests.Html;

/// <summary>The first attempt works on the page's own body; a retry needs that body back exactly as it was.</summary>
public sealed class UndoLogTests
{
    [Fact]
    public void Undo_puts_removed_and_moved_elements_back_in_their_places()
    {
        var document = new HtmlParser().ParseDocument(
            "<body><div id='a'><p>one</p>text<p id='two'>two</p><span>three</span></div><nav><a href='/'>Home</a></nav><p id='last'>last</p></body>");
        var body = document.Body!;
        var before = body.OuterHtml;
        var log = new UndoLog();

        // Detach the first and the last child of a parent, and a whole element.
        var first = document.QuerySelector("#a > p")!;
        log.Record(first);
        first.Remove();
        var span = document.QuerySelector("span")!;
        log.Record(span);
        span.Remove();
        var nav = document.QuerySelector("nav")!;
        log.Record(nav);
        nav.Remove();

        // Move two elements into a new container, as the selection of the content does.
        var content = document.CreateElement("div");
        foreach (var id in new[] { "#two", "#last" })
        {
            var element = document.QuerySelector(id)!;
            log.Record(element);
            content.AppendChild(element);
        }

        body.OuterHtml.Should().NotBe(before);
        log.Undo();

        body.OuterHtml.Should().Be(before);
        content.ChildNodes.Length.Should().Be(0);
    }

    [Fact]
    public void A_retry_sees_what_the_strict_attempt_removed_from_the_page()
    {
        // The strict attempt drops the sidebar and the comments, leaving nothing; the relaxed retry
        // drops only the comments, so it finds the sidebar's text only if the body was restored.
        const string note = "Short note about the harbour bridge vote, with a few more words.";
        const string html = "<html><body><div class='sidebar'><p>" + note + "</p></div>"
            + "<div class='comments'><p>A reader comment that is rather long and says the bridge should have been rebuilt years ago.</p></div></body></html>";

        var article = new ArticleExtractor().Parse(html);

        article.Text.Should().Be(note);
        article.Boilerplate.Should().ContainSingle().Which.Kind.Should().Be(BoilerplateKind.Comments);
    }
}
