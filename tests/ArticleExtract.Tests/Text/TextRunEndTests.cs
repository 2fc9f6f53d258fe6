namespace ArticleExtract.Tests.Text;

/// <summary>
/// Where the article's run of blocks ends in text mode: it stops before what follows an article
/// (copies of it, lists of headlines, readers' comments), and a button repeated under every card
/// of a listing does not cut the listing into pieces.
/// </summary>
public sealed class TextRunEndTests
{
    private static readonly string[] Menu = ["Home", "World", "Politics", "Business", "Sport", "Culture", "Opinion"];

    private static readonly string[] Footer = ["About Us", "Privacy Policy", "Terms of Use", "© 2024 Harbour Times. All rights reserved."];

    private static Article Parse(IEnumerable<string> blocks) => ArticleExtractor.Parse(TextPageBuilder.WithBlankLines(blocks));

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Fact]
    public void An_article_the_page_shows_twice_is_kept_once()
    {
        // A page with a second layout (a tab, a print view) renders every paragraph again.
        var body = TextPageBuilder.Body;
        var article = Parse([.. Menu, TextPageBuilder.Title, .. body, "Print view", .. body, .. Footer]);

        article.PageType.Should().Be(PageType.Article);
        foreach (var paragraph in body)
        {
            Occurrences(article.Text, paragraph).Should().Be(1, "the second layout's copy is left out");
        }
    }

    [Fact]
    public void A_comment_button_under_every_card_does_not_cut_the_listing()
    {
        string[] summaries =
        [
            "The port authority has signed a partnership with two shipping firms to move more freight by rail, which it says will take a thousand lorries a week off the coast road. The first trains are due to run in the spring, once the old sidings behind the fish market have been repaired.",
            "A consultancy that advises harbour towns has opened a second office in the north, and plans to hire twenty people over the next year to work on regeneration projects. Its founder said that the towns along the coast were asking for help with the same problems, from empty shops to the cost of flood defences.",
            "The regional fund has set aside money for small boatyards that want to switch to electric cranes, and the first grants will be paid out before the summer. Owners who want to apply have until the end of March to send in their plans and a quote from a supplier.",
            "Ferry operators have agreed on a common ticket for the three crossings of the estuary, so that passengers can change boats without paying twice for one journey. The new ticket will cost the same as the old single fare, and children under twelve will travel free of charge on all three boats.",
            "A study of the old warehouses on the quay finds that most of them could be turned into homes, though the cost of repairing their roofs would be high. The council will discuss the study at its next meeting, and residents have been asked to send in their views before then.",
            "The harbour master has retired after thirty years, and her deputy, who joined the port as an apprentice, will take over the post at the start of next month. A farewell party for her will be held in the old customs house, and everyone who has worked at the port is invited to come along.",
        ];
        var page = new List<string>(Menu) { "Industry news" };
        for (var i = 0; i < summaries.Length; i++)
        {
            page.AddRange([$"Harbour headline number {i + 1}", $"November {20 - i}, 2025", summaries[i], "Comment"]);
        }

        var article = Parse([.. page, .. Footer]);

        foreach (var summary in summaries)
        {
            article.Text.Should().Contain(summary);
        }
    }

    [Fact]
    public void A_more_from_heading_inside_an_article_drops_its_headline_list()
    {
        // "More from the harbour desk" is no phrase of the vocabulary, but a short line that begins
        // like a related section's heading; the headlines under it are long enough to read as prose.
        string[] headlines =
        [
            "Ferry operators agree on a common ticket for the three crossings of the estuary this spring",
            "Old warehouses on the quay could be turned into homes, a new study of the waterfront finds",
            "The harbour master retires after thirty years and hands over to her deputy next month",
        ];
        var body = TextPageBuilder.Body;
        var article = Parse([.. Menu, TextPageBuilder.Title, body[0], body[1], "More from the harbour desk", .. headlines, body[2], body[3], .. Footer]);

        article.Text.Should().Be(string.Join("\n\n", body));
        article.Boilerplate.Should().Contain(b => b.Text == "More from the harbour desk" && b.Kind == BoilerplateKind.Related);
    }

    [Fact]
    public void A_related_tags_heading_after_the_article_ends_it_before_the_headlines_that_follow()
    {
        // "Related Tags:" begins like a related section's heading ("related" and more); its tags and the
        // headlines after them, long enough to read as prose, are no part of the article.
        string[] headlines =
        [
            "Ferry operators agree on a common ticket for the three crossings of the estuary this spring",
            "Old warehouses on the quay could be turned into homes, a new study of the waterfront finds",
            "The harbour master retires after thirty years and hands over to her deputy next month",
            "Boatyards on the coast may switch to electric cranes with the help of a regional fund",
        ];
        var body = TextPageBuilder.Body;
        var article = Parse([.. Menu, TextPageBuilder.Title, .. body, "Related Tags:", "Harbour", "Ferries", "Quay", .. headlines, .. Footer]);

        article.Text.Should().Be(string.Join("\n\n", body));
        article.Boilerplate.Should().Contain(b => b.Text == "Related Tags:" && b.Kind == BoilerplateKind.Related);
    }

    [Fact]
    public void A_sign_up_form_between_the_articles_sections_does_not_end_it()
    {
        // A newsletter box with its form fields and its "Submit" button between two halves of the
        // article: the button sends a form, it is no comments heading; the second half is the article's.
        var body = TextPageBuilder.Body;
        string[] form = ["Get posts like this in your inbox.", "Email Address", "Submit"];
        var article = Parse([.. Menu, TextPageBuilder.Title, body[0], body[1], .. form, body[2], body[3], .. Footer]);

        article.Text.Should().Contain(body[3]);
        article.Text.Should().NotContain("Submit");
    }

    [Fact]
    public void Teasers_under_a_most_read_heading_after_the_article_are_left_out()
    {
        // Each teaser is a headline and its summary in one block: a short paragraph of prose on its own.
        string[] teasers =
        [
            "Ferry operators agree on a common ticket. The three crossings will share one ticket from the spring.",
            "Warehouses on the quay could become homes. A study finds that most of the old buildings are sound.",
            "Harbour master retires after thirty years. Her deputy will take over the post at the start of next month.",
        ];
        var body = TextPageBuilder.Body;
        var article = Parse([.. Menu, TextPageBuilder.Title, .. body, "Most read", .. teasers, .. Footer]);

        article.Text.Should().Be(string.Join("\n\n", body));
    }

    [Fact]
    public void Teasers_after_the_article_are_left_out_on_a_page_with_readers_comments()
    {
        // The comments' reply rows are a thread's marks, but the posts are not signed as a forum's:
        // the page is an article with comments, and its tail is trimmed as any article's.
        string[] teasers =
        [
            "Ferry operators agree on a common ticket. The three crossings will share one ticket from the spring.",
            "Warehouses on the quay could become homes. A study finds that most of the old buildings are sound.",
            "Harbour master retires after thirty years. Her deputy will take over the post at the start of next month.",
        ];
        string[] comments =
        [
            "jane_r", "About time, I have been waiting for this bridge for two years and the detour is awful.", "Reply",
            "tom_b", "The temporary crossing for cyclists is the best part of the plan, if it is ready in time.", "Reply",
            "mia_k", "I hope the buses really get their own lane on the new bridge, the old one was always jammed.", "Reply",
        ];
        var body = TextPageBuilder.Body;
        var article = Parse([.. Menu, TextPageBuilder.Title, .. body, "Most read", .. teasers, .. comments, .. Footer]);

        article.PageType.Should().Be(PageType.Article);
        article.Text.Should().Be(string.Join("\n\n", body));
    }

    /// <summary>Summaries of other stories, each a paragraph of prose as long as the article's.</summary>
    private static readonly string[] StorySummaries =
    [
        "The port authority has signed a partnership with two shipping firms to move more freight by rail, which it says will take a thousand lorries a week off the coast road. The first trains are due to run in the spring, once the old sidings behind the fish market have been repaired.",
        "A consultancy that advises harbour towns has opened a second office in the north, and plans to hire twenty people over the next year to work on regeneration projects. Its founder said that the towns along the coast were asking for help with the same problems, from empty shops to the cost of flood defences.",
        "The regional fund has set aside money for small boatyards that want to switch to electric cranes, and the first grants will be paid out before the summer. Owners who want to apply have until the end of March to send in their plans and a quote from a supplier.",
    ];

    [Fact]
    public void Teaser_cards_under_the_article_end_its_run()
    {
        // Under the article, cards of other stories (a headline, its date, a summary) under a heading
        // no vocabulary knows: each summary is prose enough to carry the run on without the cards' shape.
        var page = new List<string>(Menu) { TextPageBuilder.Title };
        page.AddRange(TextPageBuilder.Body);
        page.Add("From the harbour desk");
        for (var i = 0; i < StorySummaries.Length; i++)
        {
            page.AddRange([$"Harbour headline number {i + 1}", $"November {20 - i}, 2025", StorySummaries[i], "Continue"]);
        }

        var article = Parse([.. page, .. Footer]);

        article.PageType.Should().Be(PageType.Article);
        article.Text.Should().Be(string.Join("\n\n", TextPageBuilder.Body));
    }

    [Fact]
    public void A_listicles_items_without_dates_are_no_teaser_cards()
    {
        // Headline-like items over their paragraphs, as a listicle numbers them: no dateline each, the article's own.
        var page = new List<string>(Menu) { TextPageBuilder.Title, "November 20, 2025" };
        page.AddRange(TextPageBuilder.Body);
        for (var i = 0; i < StorySummaries.Length; i++)
        {
            page.AddRange([$"{i + 1}. A reason to visit the harbour", StorySummaries[i]]);
        }

        var article = Parse([.. page, .. Footer]);

        article.Text.Should().Contain(StorySummaries[2]);
    }

    [Fact]
    public void A_short_line_every_example_of_the_documentation_repeats_does_not_end_the_run()
    {
        // "age: int" in each example has neither a code mark nor a sentence: read alone, a menu
        // entry the page repeats. On a page of code (its statements end with ";" or hold "=") it
        // is a line of the examples, and the prose after it is the page's too.
        string[] sections =
        [
            "A model declares its fields as annotated attributes of the class, and each field is validated when the model is created from the data it is given. A field that fails its check raises an error that names the field, the value it was given and the rule it broke.",
            "A field can have a default value, which is used when the data does not hold the field. The default is not validated unless the model is told to do so, because a default written by the programmer is trusted to be right, and checking it every time would slow the model down.",
            "A field can be marked as frozen, so that its value cannot be changed once the model has been created. An error is raised when the code tries to change it, and the error says which field was frozen, so that the mistake is easy to find in a large program.",
            "A field can be excluded from the model's output, which is useful for secrets such as passwords that the model needs but that should never be written out. The field is still validated when the model is created, and it can still be read by the code that holds the model.",
        ];
        var page = new List<string> { "Home", "Guide", "API", "Examples", "Fields and models" };
        for (var i = 0; i < sections.Length; i++)
        {
            page.AddRange([sections[i], "class User(Model):", $"name: str = Field(rule={i})", "age: int", "active: bool", "score: float", "nickname: str", "joined: date", "user = User(name='John', age=42);"]);
        }

        var article = Parse([.. page, .. Footer]);

        article.Text.Should().Contain(sections[0]).And.Contain(sections[3]).And.Contain("joined: date");
    }

    [Fact]
    public void A_command_with_an_address_on_a_page_of_code_stays_in_the_run()
    {
        // "curl https://..." holds an address, but with a word beside it on a page of code it is a
        // command of the example, not a link: kept with the code around it.
        string[] sections =
        [
            "An item is created by sending its fields to the items endpoint, and the answer holds the new item with the identifier the service gave it. The request must carry the key of the account, or the service answers with an error that says the key is missing.",
            "An item can be changed by sending only the fields that change, and the fields that are not sent keep their values. The answer holds the whole item as it is after the change, so that the program does not need to ask for it again.",
        ];
        string[] code = ["const item = { name: 'Lamp', price: 12 };", "let answer = send(item);", "if (answer.ok) { show(answer.item); }"];
        const string Command = "curl https://api.example.com/v1/items \\";
        var article = Parse([.. Menu, "Items", sections[0], .. code, Command, "-d name=Lamp", sections[1], .. Footer]);

        article.Text.Should().Contain(Command).And.Contain(sections[1]);
    }

    [Theory]
    [InlineData("12 Responses to “Harbour festival returns”")]
    [InlineData("One thought on “Harbour festival returns”")]
    public void Comments_under_a_blog_heading_with_a_count_are_left_out(string heading)
    {
        // The heading blog software writes above the comments: a count, "Responses to", the headline in quotes.
        const string Comment = "I went to the festival last year with my children and we loved every minute of it, especially the boats at night and the music on the quay.";
        var body = TextPageBuilder.Body;
        var article = Parse([.. Menu, TextPageBuilder.Title, .. body, heading, "jane_r", Comment, "Reply", .. Footer]);

        article.Text.Should().Be(string.Join("\n\n", body));
        article.Boilerplate.Should().Contain(b => b.Text == heading && b.Kind == BoilerplateKind.Comments);
    }

    [Fact]
    public void A_sentence_that_begins_like_a_comment_heading_stays_in_the_article()
    {
        const string Sentence = "One response to the flood was a new wall along the quay, paid for by the harbour and the town.";
        var body = TextPageBuilder.Body;
        var article = Parse([.. Menu, TextPageBuilder.Title, body[0], body[1], Sentence, body[2], body[3], .. Footer]);

        article.Text.Should().Contain(Sentence).And.Contain(body[3]);
    }

    [Fact]
    public void A_sentence_of_names_and_figures_at_the_end_of_the_article_is_kept()
    {
        // Few stopwords, but a sentence: its neighbours decide, and they are the article's paragraphs.
        const string Result = "Harbour Rowing Club captain Jane Doe finished second in the 500 metre single sculls race.";
        var body = TextPageBuilder.Body;
        var article = Parse([.. Menu, TextPageBuilder.Title, .. body, Result, "Her brother won the race for the second year in a row.", .. Footer]);

        article.Text.Should().Contain(body[3] + "\n\n" + Result).And.NotContain("Privacy Policy");
    }
    [Fact]
    public void A_related_teaser_line_between_paragraphs_does_not_end_the_article()
    {
        // "RELATED: headline" links elsewhere from inside the article: an interruption, like an
        // advertisement's marker, not the heading of the page's related section.
        const string Last = "The new bridge is due to open in the summer of next year, and the ferry will keep running until the first buses can cross it.";
        var body = TextPageBuilder.Body;
        var article = Parse([.. Menu, TextPageBuilder.Title, .. body, "RELATED: Harbour festival returns after two years", Last, .. Footer]);

        article.Text.Should().Contain(body[3]).And.Contain(Last).And.NotContain("RELATED");
    }
    [Fact]
    public void A_continue_reading_link_under_every_section_does_not_cut_the_article()
    {
        // A related label the page repeats under every section of a round-up is a button, not the
        // heading of the page's related section: the article goes on past the sections.
        string[] sections =
        [
            "These coat hooks are perfect for a narrow hall, and you can make them in an hour.",
            "A simple plant stand is the perfect addition to your deck or patio this summer.",
            "Upgrade your bathroom mirror for a fraction of the cost of a new one, in two hours.",
            "Dress up your window without curtains, with a wooden frame that adds character.",
            "A hanging plant holder will add style to any room, and it needs only a few boards.",
        ];
        var body = TextPageBuilder.Body;
        var page = new List<string>(Menu) { TextPageBuilder.Title, body[0], body[1] };
        foreach (var section in sections)
        {
            page.AddRange([section, "Continue Reading"]);
        }

        var article = Parse([.. page, body[2], body[3], .. Footer]);

        article.PageType.Should().Be(PageType.Article);
        article.Text.Should().Contain(body[0]).And.Contain(body[3]).And.NotContain("Continue Reading");
    }
}
