using ArticleExtract.Html;
using ArticleExtract.Pipeline;

namespace ArticleExtract.Tests.Html;

/// <summary>Boilerplate removal and the modal dialogs a page lays over itself at a click, on a page of our own making.</summary>
public sealed class ModalDialogTests
{
    private static readonly string Clause =
        "Items bought in the holiday season may be returned until the middle of January, unworn and with their tags, "
        + "and refunds go back to the card that paid for them within ten working days of the parcel reaching us.";

    [Theory]
    [InlineData("true", false)]
    [InlineData(null, true)]
    public void A_modal_dialog_goes_however_long_its_text(string? ariaModal, bool stays)
    {
        // A shop's refund policy, hidden in a modal until its footer link is clicked, outweighs the short page it covers.
        var modal = ariaModal is null ? string.Empty : $" aria-modal=\"{ariaModal}\"";
        var page = $"""
            <html><body><div id="shop"><h2>Wool runners</h2><p>Light shoes of merino wool that you can wash in the machine on a cold cycle.</p></div>
            <div id="modal-refund-policy" role="dialog"{modal}><div class="prose"><p>{Clause}</p><p>{Clause}</p><p>{Clause}</p><p>{Clause}</p></div></div>
            </body></html>
            """;
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page);
        BoilerplateRemoval.Run(TreeOrder.Of(document.Body!), new ExtractionContext(new ExtractionOptions(), null, CancellationToken.None), strict: true);
        var left = document.Body!.TextContent;
        left.Should().Contain("merino wool");
        if (stays)
        {
            left.Should().Contain("Items bought in the holiday season", "a dialog that is not modal and holds most of the page may be the page");
        }
        else
        {
            left.Should().NotContain("Items bought in the holiday season");
        }
    }

    [Fact]
    public void A_modal_dialog_with_a_headline_goes_whole_not_as_an_article_header()
    {
        // A policy laid over the page, named "modal" (a navigation word), opens with its own h1: it is no
        // article's header whose standfirst stays, so it goes whole, not only its headline.
        var page = $"""
            <html><body><div id="shop"><h2>Wool runners</h2><p>Light shoes of merino wool that you can wash in the machine on a cold cycle.</p></div>
            <div id="modal-terms" role="dialog" aria-modal="true"><h1>Table of contents</h1><p>{Clause}</p><p>{Clause}</p><p>{Clause}</p></div>
            </body></html>
            """;
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page);
        BoilerplateRemoval.Run(TreeOrder.Of(document.Body!), new ExtractionContext(new ExtractionOptions(), null, CancellationToken.None), strict: true);
        var left = document.Body!.TextContent;
        left.Should().Contain("merino wool");
        left.Should().NotContain("Items bought in the holiday season");
    }
}
