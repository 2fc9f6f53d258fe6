using ArticleExtract.Text;

namespace ArticleExtract.Tests.Text;

/// <summary>Scraped text in, the article out: body, title, and every boilerplate block reported with its kind.</summary>
public sealed class TextPipelineTests
{
    private static readonly string Expected = string.Join("\n\n", TextPageBuilder.Body);

    private static Article Parse(string text) => ArticleExtractor.Parse(text);

    [Fact]
    public void Body_is_exactly_the_article_paragraphs()
    {
        var article = Parse(TextPageBuilder.WithBlankLines(TextPageBuilder.Blocks()));

        article.InputKind.Should().Be(InputKind.Text);
        article.Text.Should().Be(Expected);
        article.Title.Should().Be(TextPageBuilder.Title);
    }

    [Theory]
    [InlineData("Markets close higher on strong trading results today")]
    [InlineData("Markets close higher on strong trading results today, bridge")]
    public void The_title_is_the_heading_whose_words_recur_in_the_body_over_a_nearer_one(string nearer)
    {
        // The nearer line scores more on distance; the title's longer words (council, votes, rebuild,
        // harbour, bridge) all recur in the body, which outweighs it. One shared word of the nearer
        // line ("bridge", also one of the title's) is not enough.
        var article = Parse(TextPageBuilder.WithBlankLines(["Home", "World", "Politics", TextPageBuilder.Title, nearer, .. TextPageBuilder.Body]));

        article.Title.Should().Be(TextPageBuilder.Title);
        article.Text.Should().Be(Expected);
    }

    [Fact]
    public void A_word_whose_hash_equals_a_body_word_is_not_taken_for_it()
    {
        // "hrqvyll" and "gvbxit" have the same word hash (PageWords.HashOf): the farther line's one
        // longer word is not in the body, only its hash is, and the nearer line stays the title.
        PageWords.HashOf("hrqvyll").Should().Be(PageWords.HashOf("gvbxit"));
        var body = TextPageBuilder.Body.Append("The harbour office said that the gvbxit, as the old ferry was called by the people who worked on it, would be kept in the museum for the town.");
        var article = Parse(TextPageBuilder.WithBlankLines(["Home", "World", "Politics", "The hrqvyll of it", "Markets close higher on strong trading results today", .. body]));

        article.Title.Should().Be("Markets close higher on strong trading results today");
    }

    [Fact]
    public void Without_words_in_the_body_the_nearer_heading_is_the_title()
    {
        var article = Parse(TextPageBuilder.WithBlankLines(["Home", "World", "Politics", "Weekly market letter from the trading floor", "Markets close higher on strong trading results today", .. TextPageBuilder.Body]));

        article.Title.Should().Be("Markets close higher on strong trading results today");
    }

    [Fact]
    public void The_heading_a_byline_follows_is_the_title_over_a_nearer_one()
    {
        // The same two headings as above, the farther one now followed by its byline and dateline:
        // an article's header is its headline, then who wrote it and when.
        var article = Parse(TextPageBuilder.WithBlankLines(["Home", "World", "Politics", "Weekly market letter from the trading floor", "By Jane Doe", "Published 3 March 2025", "Markets close higher on strong trading results today", .. TextPageBuilder.Body]));

        article.Title.Should().Be("Weekly market letter from the trading floor");
        article.Authors.Should().Equal("Jane Doe");
        article.Published.Should().Be(new DateTimeOffset(2025, 3, 3, 0, 0, 0, TimeSpan.Zero));
        article.Text.Should().Be(Expected);
    }

    [Fact]
    public void A_name_above_the_dateline_is_part_of_the_byline_not_the_title()
    {
        // The name is nearer and has as many words as the headline (neither has words in the body),
        // and a dateline follows it too; a name alone (no stopword, reads as a name after "By") is not a headline.
        var article = Parse(TextPageBuilder.WithBlankLines(["Home", "World", "Politics", "Tram fares to rise", "Jane Elizabeth Doe Smith", "Published 3 March 2025", .. TextPageBuilder.Body]));

        article.Title.Should().Be("Tram fares to rise");
        article.Text.Should().Be(Expected);
    }

    [Fact]
    public void A_dateline_right_above_the_headline_dates_the_article()
    {
        var article = Parse(TextPageBuilder.WithBlankLines(["Home", "World", "Politics", "25 July 2019", TextPageBuilder.Title, .. TextPageBuilder.Body]));

        article.Title.Should().Be(TextPageBuilder.Title);
        article.Published.Should().Be(new DateTimeOffset(2019, 7, 25, 0, 0, 0, TimeSpan.Zero));
        article.Text.Should().Be(Expected);
    }

    [Fact]
    public void Single_newlines_between_blocks_give_the_same_article()
    {
        var article = Parse(TextPageBuilder.WithSingleNewlines(TextPageBuilder.Blocks()));

        article.Text.Should().Be(Expected);
        article.Title.Should().Be(TextPageBuilder.Title);
    }

    [Fact]
    public void Windows_newlines_tabs_and_indents_give_the_same_article()
    {
        var article = Parse(TextPageBuilder.WithWindowsNewlinesAndIndent(TextPageBuilder.Blocks()));

        article.Text.Should().Be(Expected);
        article.Title.Should().Be(TextPageBuilder.Title);
    }

    [Fact]
    public void Hard_wrapped_paragraphs_are_joined_again()
    {
        var article = Parse(TextPageBuilder.HardWrapped(TextPageBuilder.Blocks(), 72));

        article.Text.Should().Be(Expected);
    }

    [Fact]
    public void Bulleted_lines_lose_their_bullets_but_keep_their_words()
    {
        var blocks = TextPageBuilder.Blocks().Select(b => TextPageBuilder.Body.Contains(b) ? "• " + b : b);

        Parse(TextPageBuilder.WithBlankLines(blocks)).Text.Should().Be(Expected);
    }

    [Theory]
    [InlineData("17.8 C", BoilerplateKind.Weather)]
    [InlineData("New York", BoilerplateKind.Weather)]
    [InlineData("Home > Local > Harbour", BoilerplateKind.Navigation)]
    [InlineData("Published:", BoilerplateKind.EmptyLabel)]
    [InlineData("By Jane Doe", BoilerplateKind.Byline)]
    [InlineData("- Advertisement -", BoilerplateKind.Advertisement)]
    [InlineData("spot_img", BoilerplateKind.Placeholder)]
    [InlineData("Share this article", BoilerplateKind.Share)]
    [InlineData("Related articles", BoilerplateKind.Related)]
    [InlineData("Mayor opens the new library", BoilerplateKind.Related)]
    [InlineData("3 Comments", BoilerplateKind.Comments)]
    [InlineData("jane_r says:", BoilerplateKind.Comments)]
    [InlineData("© 2023 Harbour Times. All rights reserved.", BoilerplateKind.Footer)]
    [InlineData("Privacy Policy", BoilerplateKind.Footer)]
    [InlineData(TextPageBuilder.Title, BoilerplateKind.Title)]
    public void Each_removed_block_is_reported_with_its_kind(string text, BoilerplateKind kind)
    {
        var article = Parse(TextPageBuilder.WithBlankLines(TextPageBuilder.Blocks()));

        article.Boilerplate.Should().Contain(new BoilerplateBlock(kind, text));
    }

    [Fact]
    public void Every_block_is_either_in_the_body_or_reported()
    {
        var blocks = TextPageBuilder.Blocks();
        var article = Parse(TextPageBuilder.WithBlankLines(blocks));

        var reported = article.Boilerplate.Select(b => b.Text).ToList();
        var body = article.Text.Split("\n\n");
        foreach (var block in blocks)
        {
            (body.Contains(block) || reported.Contains(block)).Should().BeTrue("'{0}' must be kept or reported", block);
        }

        body.Should().NotIntersectWith(reported);
    }

    [Theory]
    [InlineData("A spokesman for the company said:")]
    [InlineData("Jane Roe said:")]
    public void A_line_ending_with_said_inside_the_article_does_not_cut_it(string line)
    {
        // The page's one comment has no header: the line is the only one ending with a verb and a colon.
        var blocks = TextPageBuilder.Blocks().Where(b => b != "jane_r says:").ToList();
        blocks.Insert(blocks.IndexOf(TextPageBuilder.Body[2]), line);

        var article = Parse(TextPageBuilder.WithBlankLines(blocks));

        article.Text.Should().Contain(TextPageBuilder.Body[0]).And.Contain(TextPageBuilder.Body[3]);
    }

    [Fact]
    public void A_question_the_page_asks_several_times_stays_in_the_body()
    {
        const string Question = "What did the bridge mean to you when you were growing up here?";
        var blocks = new List<string> { TextPageBuilder.Title };
        foreach (var answer in TextPageBuilder.Body)
        {
            blocks.Add(Question);
            blocks.Add(answer);
        }

        var article = Parse(TextPageBuilder.WithBlankLines(blocks));

        article.Text.Should().Contain(Question).And.Contain(TextPageBuilder.Body[3]);
    }

    [Fact]
    public void The_language_of_the_page_is_set()
    {
        Parse(TextPageBuilder.WithBlankLines(TextPageBuilder.Blocks())).Language.Should().Be("en");
    }

    [Fact]
    public void Comments_under_the_article_are_not_body()
    {
        var article = Parse(TextPageBuilder.WithBlankLines(TextPageBuilder.Blocks()));

        article.Text.Should().NotContain("About time!");
    }

    [Fact]
    public void Byline_and_dateline_lines_fill_the_metadata()
    {
        var blocks = TextPageBuilder.Blocks().Select(b => b == "Published:" ? "Published: 20 March 2023" : b).ToList();
        var at = blocks.IndexOf("By Jane Doe");
        blocks[at] = "By";
        blocks.Insert(at + 1, "Jane Doe");

        var article = Parse(TextPageBuilder.WithBlankLines(blocks));

        article.Byline.Should().Be("By Jane Doe");
        article.Authors.Should().Equal("Jane Doe");
        article.Published.Should().Be(new DateTimeOffset(2023, 3, 20, 0, 0, 0, TimeSpan.Zero));
        article.Boilerplate.Should().Contain(new BoilerplateBlock(BoilerplateKind.Byline, "Published: 20 March 2023"));
        article.Text.Should().Be(Expected);
    }

    [Fact]
    public void A_relative_time_gives_no_date()
    {
        var blocks = TextPageBuilder.Blocks().Select(b => b == "Published:" ? "5 hours ago" : b);
        var article = Parse(TextPageBuilder.WithBlankLines(blocks));

        article.Published.Should().BeNull();
        article.Text.Should().Be(Expected);
    }

    [Fact]
    public void A_german_page_is_read_with_german_stopwords()
    {
        string[] body =
        [
            "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke neu zu bauen, die seit einem Sturm im Frühjahr für den Verkehr gesperrt ist. Die Arbeiten sollen drei Jahre dauern und werden aus einem regionalen Fonds bezahlt.",
            "Anwohner, die in der Nähe der Brücke wohnen, zeigten sich erleichtert. Viele von ihnen mussten jeden Tag eine halbe Stunde länger fahren, um auf die andere Seite des Flusses zu kommen.",
            "Die Ingenieure werden zuerst einen Übergang für Fußgänger und Radfahrer bauen, damit die beiden Hälften der Stadt vor dem Winter wieder verbunden sind.",
        ];
        string[] blocks =
        [
            "Startseite", "Politik", "Wirtschaft", "Sport", "Kultur",
            "Stadtrat beschließt Neubau der Hafenbrücke",
            "Veröffentlicht am 21. März 2023",
            body[0], "Anzeige", body[1], body[2],
            "Das könnte Sie auch interessieren",
            "Neue Buslinien für das Nordufer geplant",
            "Hafenfest kehrt nach zwei Jahren zurück",
            "Impressum", "Datenschutz",
        ];

        var article = Parse(TextPageBuilder.WithBlankLines(blocks));

        article.Text.Should().Be(string.Join("\n\n", body));
        article.Title.Should().Be("Stadtrat beschließt Neubau der Hafenbrücke");
        article.Boilerplate.Should().Contain(new BoilerplateBlock(BoilerplateKind.Advertisement, "Anzeige"));
        article.Boilerplate.Should().Contain(new BoilerplateBlock(BoilerplateKind.Related, "Das könnte Sie auch interessieren"));
        article.Boilerplate.Should().Contain(new BoilerplateBlock(BoilerplateKind.Footer, "Impressum"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("\u200B\n\u200B")]
    [InlineData("Home\nNews\nSport")]
    public void Text_without_an_article_gives_an_empty_body(string text)
    {
        var article = ArticleExtractor.Parse(text, new ExtractionOptions { InputKind = InputKind.Text });

        article.Text.Should().BeEmpty();
    }

    [Fact]
    public void A_single_paragraph_page_keeps_its_paragraph()
    {
        const string paragraph = "The harbour bridge will be rebuilt, the council decided on Tuesday after a long debate.";

        Parse("Harbour Times\n\n" + paragraph + "\n\nPrivacy Policy\n").Text.Should().Be(paragraph);
    }

    [Fact]
    public void A_list_announced_by_a_colon_stays_in_the_body()
    {
        string[] list = ["June 9 -- Coral Sky Amphitheatre, West Palm Beach", "June 10 -- Credit Union Amphitheatre, Tampa", "June 14 -- Bank Amphitheatre, Alpharetta"];
        var blocks = TextPageBuilder.Blocks().ToList();
        var at = blocks.IndexOf(TextPageBuilder.Body[3]) + 1;
        blocks.InsertRange(at, ["The band will play on these dates:", .. list]);

        var article = Parse(TextPageBuilder.WithBlankLines(blocks));

        article.Text.Should().EndWith(string.Join("\n\n", ["The band will play on these dates:", .. list]));
        article.Text.Should().StartWith(TextPageBuilder.Body[0]);
    }

    [Fact]
    public void A_single_huge_line_does_not_crash()
    {
        var article = Parse(new string('x', 2_000_000) + "\n\n" + string.Join("\n\n", TextPageBuilder.Body));

        article.Text.Should().Contain(TextPageBuilder.Body[0]);
    }

    [Fact]
    public void A_huge_menu_is_left_out()
    {
        // Its time (linear) is measured by the benchmarks project: -- scaling.
        var blocks = Enumerable.Range(0, 100_000).Select(i => "Section " + i).Concat(TextPageBuilder.Body);

        var article = Parse(TextPageBuilder.WithSingleNewlines(blocks));

        article.Text.Should().Be(Expected);
    }
}
