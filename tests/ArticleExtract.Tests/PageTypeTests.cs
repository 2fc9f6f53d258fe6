using ArticleExtract.Classification;
using ArticleExtract.Profiles;

namespace ArticleExtract.Tests;

/// <summary>The page-type classifier, its model file, the content profiles and what they keep.</summary>
public sealed class PageTypeTests
{
    private static readonly string Features = string.Join(' ', PageFeatures.Names);

    /// <summary>A two-class model whose forum trees split on the first feature (elements) at 10.</summary>
    private static string TinyModel(double forumLeafLow, double forumLeafHigh) =>
        "classes article forum\n" +
        $"features {Features}\n" +
        "class article -1 0 0\n" +
        "tree 1\nleaves 0\n" +
        "class forum -1 0 0\n" +
        "tree 1\n0 10 -1 -2\n" +
        FormattableString.Invariant($"leaves {forumLeafLow} {forumLeafHigh}\n");

    private static float[] Vector(float elements)
    {
        var vector = new float[PageFeatures.Names.Count];
        vector[0] = elements;
        return vector;
    }

    [Fact]
    public void The_shipped_model_was_trained_on_the_features_the_library_computes()
    {
        PageTypeClassifier.Default.Model.Should().NotBeNull("a model trained on other features is ignored, and every page would be an article");
        PageTypeClassifier.Default.Types.Should().BeEquivalentTo(Enum.GetValues<PageType>());
    }

    [Fact]
    public void A_model_file_is_evaluated_split_by_split()
    {
        var classifier = PageTypeClassifier.FromModel(TinyModel(forumLeafLow: -3, forumLeafHigh: 3));

        // Few elements: the forum tree's left leaf (-3) gives p(forum) = 1/(1+e^3), below article's 0.5.
        classifier.Decide(Vector(5)).Type.Should().Be(PageType.Article);

        // Many: its right leaf (3) gives p(forum) = 1/(1+e^-3) ≈ 0.95, normalised with article's 0.5 to ≈ 0.66.
        var (type, confidence) = classifier.Decide(Vector(50));
        type.Should().Be(PageType.Forum);
        confidence.Should().BeApproximately(0.9526 / (0.9526 + 0.5), 0.001);
    }

    [Fact]
    public void An_uncertain_type_falls_back_to_article()
    {
        // p(forum) = 1/(1+e^-0.2) ≈ 0.55 against 0.5 for article and for product: likeliest, but a third once normalised.
        var threeClasses = TinyModel(forumLeafLow: 0, forumLeafHigh: 0.2).Replace("classes article forum", "classes article forum product", StringComparison.Ordinal)
            + "class product -1 0 0\ntree 1\nleaves 0\n";
        var classifier = PageTypeClassifier.FromModel(threeClasses);
        var probabilities = classifier.Model!.Probabilities(Vector(50));
        probabilities[1].Should().BeGreaterThan(probabilities[0]).And.BeLessThan(0.5);
        classifier.Decide(Vector(50)).Type.Should().Be(PageType.Article);
    }

    [Fact]
    public void A_model_trained_on_other_features_is_not_used()
    {
        var classifier = PageTypeClassifier.FromModel("classes article\nfeatures something else\nclass article -1 0 0\ntree 1\nleaves 0\n");
        classifier.Model.Should().BeNull();
        classifier.Decide(Vector(50)).Should().Be((PageType.Article, 0.0));
    }

    [Theory]
    [InlineData("classes article\nfeatures x\n")]
    [InlineData("features x\nclasses article\nclass article 0 0 0\n")]
    [InlineData("classes article\nfeatures x\nclass article -1 0 0\ntree 1\n0 1 0 -1\nleaves 0 1\n")]
    [InlineData("classes article\nfeatures x\nclass article -1 0 0\ntree 1\n5 1 -1 -2\nleaves 0 1\n")]
    [InlineData("classes nothing\nfeatures x\nclass nothing -1 0 0\n")]
    public void A_broken_model_file_is_refused(string source) =>
        FluentActions.Invoking(() => PageTypeClassifier.FromModel(source)).Should().Throw<Exception>().Which.Should().BeAssignableTo<Exception>()
            .And.Match<Exception>(e => e is FormatException || e is ArgumentException);

    [Fact]
    public void The_shipped_profiles_keep_a_threads_posts_and_drop_a_listings_filters()
    {
        ContentProfile.For(PageType.Forum).Keeps(BoilerplateKind.Comments).Should().BeTrue();
        ContentProfile.For(PageType.Article).Keeps(BoilerplateKind.Comments).Should().BeFalse();
        ContentProfile.For(PageType.Article).Settings.SelectsRegion.Should().BeFalse();
        ContentProfile.For(PageType.Listing).Drops.Should().ContainKey("pagination");
        ContentProfile.For(PageType.Product).Settings.AddsProductDescription.Should().BeTrue();
    }

    private const string Defaults = "@defaults all\nselection article\nregion-share 0.75\nmain-share 0.25\nclean yes\ntrim-max-share 0.3\n"
        + "json-ld-description no\ndescription-min-words 8\ndescription-present-share 0.6\n"
        + "navigation-prose no\nnavigation-prose-min-length 50\nnavigation-prose-max-link-density 0.2\nregion-like-blocks 0\n"
        + "card-titles no\ncard-title-max-length 200\ncard-title-min-heading-share 0.6\nfeed-min-headings 3\n";

    [Theory]
    [InlineData("@profile nothing\nselection region\n")]
    [InlineData("@profile forum\ncolour blue\n")]
    [InlineData("@profile forum\nselection everything\n")]
    [InlineData("@profile forum\nclean maybe\n")]
    [InlineData("@profile forum\nregion-share 1.5\n")]
    [InlineData("@profile forum\ndescription-min-words many\n")]
    [InlineData("@profile forum\ndrop Nothing sidebar\n")]
    [InlineData("@profile forum\nnavigation-prose perhaps\n")]
    [InlineData("@profile forum\nnavigation-prose-min-length -5\n")]
    [InlineData("@profile forum\ndrop-inside Comments comments\n")]
    [InlineData("@profile forum\ndrop-inside Nothing comments answer\n")]
    [InlineData("@profile forum\ndrop-inside Comments comments answer\ndrop-inside Other comments question\n")]
    [InlineData("@profile forum\nprose-kind Nothing\n")]
    [InlineData("@profile forum\ncard-titles often\n")]
    [InlineData("@profile forum\nfeed-kind Nothing\n")]
    [InlineData("@profile forum\ncard-title-min-heading-share 2\n")]
    [InlineData("@colours forum\nclean no\n")]
    [InlineData("@defaults all\nkeep Comments\n")]
    public void A_broken_profiles_file_is_refused(string source) =>
        FluentActions.Invoking(() => ContentProfile.Parse(Defaults + source)).Should().Throw<FormatException>();

    [Theory]
    [InlineData("@profile forum\nselection region\n")]
    [InlineData("@defaults all\nselection article\nregion-share 0.75\n@profile forum\nselection region\n")]
    public void A_profiles_file_without_every_default_is_refused(string source) =>
        FluentActions.Invoking(() => ContentProfile.Parse(source)).Should().Throw<FormatException>().WithMessage("*defaults*");

    [Fact]
    public void A_profile_changes_only_the_settings_it_names()
    {
        var profiles = ContentProfile.Parse(Defaults + "@profile listing\nselection region\ntrim-max-share 0.5\n");
        profiles[PageType.Listing].Settings.Should().BeEquivalentTo(profiles[PageType.Article].Settings with { SelectsRegion = true, TrimMaxShare = 0.5 });
        profiles[PageType.Forum].Settings.Should().Be(profiles[PageType.Article].Settings, "a type without a group is an article");
        profiles[PageType.Article].Settings.RegionShare.Should().Be(0.75);
        profiles[PageType.Article].Settings.DescriptionMinWords.Should().Be(8);
    }

    [Fact]
    public void A_service_pages_promotion_cards_stay_and_an_articles_go()
    {
        const string Page = """
            <html><body><div id="page">
            <p>We plan, build and run the networks of small firms, from the first cable to the last update.</p>
            <div class="promo-card"><h3>Network design</h3><p>Every office gets a network drawn for the way its people work, with room to grow.</p></div>
            <div class="promo-card"><h3>Managed support</h3><p>One call reaches an engineer who knows your systems, by day and by night.</p></div>
            </div></body></html>
            """;
        TextLeftBy(ContentProfile.For(PageType.Service), Page).Should().Contain("Network design").And.Contain("One call reaches an engineer");
        TextLeftBy(ContentProfile.For(PageType.Article), Page).Should().NotContain("Network design");
    }

    [Fact]
    public void A_documentation_pages_listing_captions_stay()
    {
        const string Page = """
            <html><body><main>
            <p>Each value has an owner, and the value is dropped when its owner goes out of scope.</p>
            <figure><pre><code>let s = String::from("hello");</code></pre>
            <figcaption>Listing 4-1: A variable and the scope in which it is valid</figcaption></figure>
            </main></body></html>
            """;
        TextLeftBy(ContentProfile.For(PageType.Documentation), Page).Should().Contain("Listing 4-1: A variable");
        TextLeftBy(ContentProfile.For(PageType.Article), Page).Should().NotContain("Listing 4-1");
    }

    [Fact]
    public void A_products_hidden_tab_panels_stay_in_preparation_and_other_hidden_text_goes()
    {
        const string Page = """
            <html><body><main>
            <p>A walnut desk with two drawers.</p>
            <div class="product-tab__panel" style="display: none"><p>Oiled walnut top, steel legs, 120 by 60 centimetres.</p></div>
            <div role="tabpanel" hidden><p>Ships flat, assembly takes ten minutes.</p></div>
            <div class="modal" style="display:none"><p>Sign up for our newsletter.</p></div>
            <div class="tab-pane sr-only"><p>Skip to the reviews.</p></div>
            </main></body></html>
            """;
        var product = Prepared(Page, ContentProfile.For(PageType.Product));
        product.Should().Contain("Oiled walnut top").And.Contain("Ships flat").And.NotContain("newsletter").And.NotContain("Skip to");
        Prepared(Page, ContentProfile.For(PageType.Article)).Should().NotContain("Oiled walnut top").And.NotContain("Ships flat");
    }

    [Fact]
    public void A_threads_quotes_of_earlier_posts_go_and_the_posts_stay()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("""
            <div id="thread">
            <div class="post"><p>The first post asks which rope suits a beginner on granite.</p></div>
            <div class="post"><div class="bbcode-quote">The first post asks which rope suits a beginner on granite.</div>
            <p>A dynamic rope of ten millimetres, and a good belay device, is where most of us began.</p></div>
            </div>
            """);
        var thread = document.GetElementById("thread")!;
        var context = new ArticleExtract.Pipeline.ExtractionContext(new ExtractionOptions(), null, CancellationToken.None);
        ProfileTrim.Run(thread, ContentProfile.For(PageType.Forum), context);
        thread.TextContent.Split("which rope suits").Length.Should().Be(2, "the quote goes, the first post stays");
        thread.TextContent.Should().Contain("A dynamic rope of ten millimetres");
    }

    [Fact]
    public void A_posters_figures_beside_each_post_go_and_the_posts_stay()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("""
            <div id="thread">
            <div class="post"><div class="author_statistics">Posts: 116<br>Threads: 23</div><dl><dd class="profile-joined">Joined: Feb 2019</dd></dl>
            <p>The first post asks which rope suits a beginner on granite, and how long it lasts.</p></div>
            <div class="post"><dl class="postprofile"><dt>jane_climbs</dt><dd>Topic reader since the spring</dd></dl>
            <p>A dynamic rope of ten millimetres, and a good belay device, is where most of us began.</p></div>
            </div>
            """);
        var thread = document.GetElementById("thread")!;
        var context = new ArticleExtract.Pipeline.ExtractionContext(new ExtractionOptions(), null, CancellationToken.None);
        ProfileTrim.Run(thread, ContentProfile.For(PageType.Forum), context);
        thread.TextContent.Should().Contain("which rope suits").And.Contain("A dynamic rope").And.NotContain("Posts: 116").And.NotContain("Joined").And.NotContain("jane_climbs");
    }

    [Fact]
    public void A_threads_counts_of_likes_go_and_the_posts_stay()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("""
            <div id="thread">
            <div class="post"><p>The first post asks which rope suits a beginner on granite.</p><span class="post-likes">3 Likes</span></div>
            <div class="post"><p>A dynamic rope of ten millimetres, and a good belay device, is where most of us began.</p><span class="post-likes">1 Like</span></div>
            </div>
            """);
        var thread = document.GetElementById("thread")!;
        var context = new ArticleExtract.Pipeline.ExtractionContext(new ExtractionOptions(), null, CancellationToken.None);
        ProfileTrim.Run(thread, ContentProfile.For(PageType.Forum), context);
        thread.TextContent.Should().Contain("which rope suits").And.Contain("A dynamic rope of ten millimetres").And.NotContain("Like");
    }

    private static string Prepared(string html, ContentProfile profile)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        ArticleExtract.Html.Preparation.PrepareInPlace(document, null, profile.HiddenRevealer);
        return document.Body!.TextContent;
    }

    private static string TextLeftBy(ContentProfile profile, string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var context = new ArticleExtract.Pipeline.ExtractionContext(new ExtractionOptions(), null, CancellationToken.None);
        ArticleExtract.Html.BoilerplateRemoval.Run(ArticleExtract.Html.TreeOrder.Of(document.Body!), context, strict: true, profile.Keeps);
        return document.Body!.TextContent;
    }

    [Fact]
    public void A_news_article_stays_an_article()
    {
        var article = ArticleExtractor.Parse(PageTypePages.NewsArticle);
        article.PageType.Should().Be(PageType.Article);
        article.Text.Should().Contain("The council voted on Tuesday");
    }

    [Fact]
    public void A_forum_thread_is_a_forum_and_keeps_every_post_in_order()
    {
        var article = ArticleExtractor.Parse(PageTypePages.ForumThread);
        article.PageType.Should().Be(PageType.Forum);
        article.PageTypeConfidence.Should().BeInRange(0.5, 1);
        var positions = Enumerable.Range(1, 6).Select(n => article.Text.IndexOf($"Post number {n} ", StringComparison.Ordinal)).ToList();
        positions.Should().OnlyContain(p => p >= 0, "every post of the thread is kept, those named as comments too");
        positions.Should().BeInAscendingOrder();
        article.Text.Should().NotContain("Signature line of the poster");
    }

    [Fact]
    public void A_page_served_in_a_noscript_is_read_from_it()
    {
        var article = ArticleExtractor.Parse(PageTypePages.NoscriptShell);
        article.Text.Should().Contain("Only the crawlers' version of this page holds its words");
    }

    [Fact]
    public void A_small_noscript_is_still_dropped()
    {
        var article = ArticleExtractor.Parse(PageTypePages.NewsArticle.Replace("</body>", "<noscript><p>Please enable JavaScript to use this site.</p></noscript></body>", StringComparison.Ordinal));
        article.Text.Should().NotContain("enable JavaScript");
    }

    [Theory]
    [InlineData("<p>Other words entirely.</p>", true)]
    [InlineData("<p>A light cotton shirt with a relaxed fit, a soft collar and two deep pockets, made to last.</p>", false)]
    public void A_products_description_is_added_only_when_the_content_lacks_it(string content, bool added)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<div id=c>" + content + "</div>");
        var element = document.GetElementById("c")!;
        ProductDescription.AddWhenMissing(element, "A light cotton shirt with a relaxed fit, a soft collar and two deep pockets, made to last.", ContentProfile.For(PageType.Product).Settings);
        element.TextContent.Contains("cotton shirt", StringComparison.Ordinal).Should().BeTrue();
        element.TextContent.Split("cotton shirt").Length.Should().Be(2, "the description is in the content once");
        element.FirstElementChild!.LocalName.Should().Be(added ? "div" : "p");
    }
}
