using ArticleExtract.Html;
using ArticleExtract.Pipeline;
using ArticleExtract.Profiles;

namespace ArticleExtract.Tests.Profiles;

/// <summary>The profiles that drop every block said again (profiles.txt "drop-repeats"), on a page of our own making.</summary>
public sealed class DropRepeatsTests
{
    private const string Quote = "They fixed our boiler on a Sunday morning and left the kitchen cleaner than they found it.";

    // A carousel of testimonials clones its first slide at its end, so the loop looks seamless.
    private static readonly string Page = $"""
        <html><body><div id="content">
        <h2>Boiler servicing</h2><p>Our engineers service every make of gas boiler and leave a written report.</p>
        <div class="slides"><div class="slide"><p>{Quote}</p></div><div class="slide"><p>Quick, tidy and fairly priced, we will call them again next winter.</p></div>
        <div class="slide clone"><p>{Quote}</p></div></div>
        </div></body></html>
        """;

    private static int TimesLeft(PageType type)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Page);
        var content = document.GetElementById("content")!;
        var profile = ContentProfile.For(type);
        PostProcessing.Run(content, new ArticleExtract.Metadata.ArticleMetadata(), new ExtractionContext(new ExtractionOptions(), null, CancellationToken.None),
            profile.Settings.KeepsCardLines, profile.Keeps(BoilerplateKind.Title), profile.Settings.DropsRepeats);
        return content.TextContent.Split("left the kitchen cleaner").Length - 1;
    }

    [Theory]
    [InlineData(PageType.Service)]
    [InlineData(PageType.Forum)]
    [InlineData(PageType.Product)]
    [InlineData(PageType.Collection)]
    public void A_cloned_slide_goes_wherever_it_stands(PageType type) => TimesLeft(type).Should().Be(1);

    [Theory]
    [InlineData(PageType.Article)]
    [InlineData(PageType.Documentation)]
    public void An_article_or_a_manual_may_say_a_paragraph_twice(PageType type) => TimesLeft(type).Should().Be(2);
}
