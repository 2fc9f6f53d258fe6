using ArticleExtract.Text;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Tests.Text;

/// <summary>The text stages one by one: splitting, features, known boilerplate.</summary>
public sealed class TextStagesTests
{
    private static List<TextBlock> Split(string text) => TextBlocks.Split(text, CancellationToken.None);

    private static PageWords Measure(List<TextBlock> blocks, string? language)
    {
        var words = PageWords.Read(blocks, BoilerplateVocabulary.Shared, CancellationToken.None);
        BlockFeatures.Measure(blocks, words, language, CancellationToken.None);
        return words;
    }

    private static TextBlock Known(string line)
    {
        var blocks = Split(line);
        var words = Measure(blocks, "en");
        KnownBoilerplate.Mark(blocks, words, BoilerplateVocabulary.Shared);
        return blocks.Single();
    }

    [Fact]
    public void Repeats_count_the_blocks_of_the_same_key()
    {
        // "Share this" twice (once in other case and spacing), "Email this" of the same length once, a long paragraph once,
        // "Subscribe" twice and nothing else of its length.
        var blocks = Split("Share this\n\nA long paragraph of prose that no other block of the page repeats.\n\nEmail this\n\nSHARE   this\n\nMenu\n\nSubscribe\n\nSubscribe");
        Measure(blocks, "en");

        blocks.Select(b => (b.Clean, b.Repeats)).Should().Equal(
            ("Share this", 2), ("A long paragraph of prose that no other block of the page repeats.", 1), ("Email this", 1), ("SHARE   this", 2), ("Menu", 1),
            ("Subscribe", 2), ("Subscribe", 2));
    }

    [Fact]
    public void Blank_lines_single_newlines_and_carriage_returns_split_alike()
    {
        string[] expected = ["One line", "Another line", "A third line"];

        Split("One line\n\nAnother line\n\nA third line").Select(b => b.Clean).Should().Equal(expected);
        Split("One line\nAnother line\nA third line").Select(b => b.Clean).Should().Equal(expected);
        Split("One line\r\n\r\nAnother line\rA third line\r\n").Select(b => b.Clean).Should().Equal(expected);
        Split("  \tOne line  \n\u00A0Another line\n\u200B\n   A third line\t").Select(b => b.Clean).Should().Equal(expected);
    }

    [Fact]
    public void Every_line_break_splits_as_EnumerateLines_does()
    {
        Split("One\u2028Two\fThree\u0085Four\u2029Five\r\rSix\r\n\nSeven").Select(b => b.Clean)
            .Should().Equal("One", "Two", "Three", "Four", "Five", "Six", "Seven");

        // Random short texts of words, spaces and every kind of break (too short to be taken as wrapped).
        var random = new Random(20261129);
        string[] pieces = ["a", "bc", " ", "\r", "\n", "\r\n", "\f", "\u0085", "\u2028", "\u2029", "\t"];
        for (var n = 0; n < 2000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = new List<string>();
            foreach (var line in text.AsSpan().EnumerateLines())
            {
                if (!line.Trim().IsEmpty)
                {
                    expected.Add(line.Trim().ToString());
                }
            }

            Split(text).Select(b => b.Raw).Should().Equal(expected, "text {0}", string.Concat(text.Select(c => $"\\u{(int)c:X4}")));
        }
    }

    [Fact]
    public void Bullets_and_heading_marks_are_taken_off_the_clean_text_only()
    {
        var blocks = Split("• First item\n* Second item\n## A heading\n- Advertisement -");

        blocks.Select(b => b.Clean).Should().Equal("First item", "Second item", "A heading", "Advertisement -");
        blocks[2].MarkedHeading.Should().BeTrue();
        blocks[3].Raw.Should().Be("- Advertisement -");
    }

    [Fact]
    public void Short_lines_are_not_mistaken_for_wrapped_text()
    {
        var menu = string.Join("\n", Enumerable.Range(0, 50).Select(i => "Menu entry number " + i));

        Split(menu).Should().HaveCount(50);
    }

    [Fact]
    public void Features_tell_prose_from_a_list_of_names()
    {
        var blocks = Split(TextPageBuilder.Body[0] + "\nJohn Smith, Mary Jones, Peter Brown, Anna White\nhttps://example.com/page\nSarah.Doe@example.com");
        Measure(blocks, "en");

        blocks[0].StopwordDensity.Should().BeGreaterThan(0.3);
        blocks[0].EndsLikeSentence.Should().BeTrue();
        blocks[0].SentenceEnds.Should().Be(2);
        blocks[1].StopwordDensity.Should().Be(0);
        blocks[1].CapitalizedShare.Should().Be(1);
        blocks[2].LinkLike.Should().BeTrue();
        blocks[3].LinkLike.Should().BeTrue();
    }

    [Fact]
    public void Ideographs_count_more_than_latin_letters()
    {
        var blocks = Split("東京都は火曜日、古い港の橋を再建することを決めた。");
        Measure(blocks, null);

        blocks[0].Length.Should().BeGreaterThan(blocks[0].Clean.Length * 2);
        blocks[0].SentenceEnds.Should().Be(1);
    }

    [Theory]
    [InlineData("The café opened. Was it late? No!", 3)]
    [InlineData("The cafe opened. Was it late? No!", 3)]
    [InlineData("Der Bürgermeister sagte es. 東京都は決めた。", 2)]
    [InlineData("Version 2.0 is out... maybe", 0)]
    public void Sentence_ends_are_counted_alike_in_ASCII_and_other_text(string text, int sentenceEnds)
    {
        var blocks = Split(text);
        Measure(blocks, "en");

        blocks[0].SentenceEnds.Should().Be(sentenceEnds);
    }

    [Fact]
    public void The_language_with_most_stopwords_is_chosen()
    {
        var french = Split("Le conseil municipal a voté mardi pour reconstruire le vieux pont du port, qui est fermé à la circulation depuis une tempête.");
        var japanese = Split("東京都は火曜日、古い港の橋を再建することを決めた。");

        PageLanguage.Stopwords(french, BoilerplateVocabulary.Shared).Should().BeSameAs(BoilerplateVocabulary.Shared.Stopwords["fr"]);
        PageLanguage.Stopwords(japanese, BoilerplateVocabulary.Shared).Should().BeNull();
        PageLanguage.Detect(french, BoilerplateVocabulary.Shared).Should().Be("fr");
        PageLanguage.Detect(japanese, BoilerplateVocabulary.Shared).Should().BeNull();
    }

    [Theory]
    [InlineData("Le conseil municipal a voté mardi pour reconstruire le vieux pont du port, qui est fermé à la circulation depuis une tempête.", "fr")]
    [InlineData("Der Stadtrat hat am Dienstag beschlossen, die alte Brücke am Hafen wieder aufzubauen, die seit dem Sturm gesperrt ist.", "de")]
    [InlineData("The council voted on Tuesday to rebuild the old bridge at the harbour, which has been closed since the storm.", "en")]
    [InlineData("東京都は火曜日、古い港の橋を再建することを決めた。", null)]
    public void Html_and_text_share_one_language_detector(string text, string? language)
    {
        ArticleExtract.Metadata.Language.FromStopwords(text).Should().Be(language);
        PageLanguage.Detect(Split(text), BoilerplateVocabulary.Shared).Should().Be(language);
    }

    [Fact]
    public void Every_stopword_language_can_be_detected()
    {
        // One page per language of all its stopwords: every word counts for it, and at least one of
        // them for no other language, so it must win. Each language's count is kept apart from the
        // others (the last ones as well as the first).
        var vocabulary = BoilerplateVocabulary.Shared;
        vocabulary.StopwordLanguages.Length.Should().BeGreaterThan(16);
        foreach (var language in vocabulary.StopwordLanguages)
        {
            var words = vocabulary.Stopwords[language].Order(StringComparer.Ordinal).ToList();
            var others = vocabulary.StopwordLanguages.Where(other => other != language).Select(other => vocabulary.Stopwords[other]).ToList();
            words.Any(word => others.All(list => !list.Contains(word))).Should().BeTrue(language);
            var page = Split(string.Join(" ", words));

            PageLanguage.Detect(page, vocabulary).Should().Be(language);
        }
    }

    [Theory]
    [InlineData("17.8 C")]
    [InlineData("64°F")]
    [InlineData("-3 °C")]
    [InlineData("21°")]
    public void Temperatures_are_weather(string line)
    {
        KnownBoilerplate.IsTemperature(line).Should().BeTrue();
        Known(line).Kind.Should().Be(BoilerplateKind.Weather);
    }

    [Theory]
    [InlineData("17 cars")]
    [InlineData("2023")]
    [InlineData("C")]
    public void Other_numbers_are_not_temperatures(string line)
    {
        KnownBoilerplate.IsTemperature(line).Should().BeFalse();
    }

    [Theory]
    [InlineData("Related articles", BoilerplateKind.Related)]
    [InlineData("READ MORE: Harbour festival returns after two years", BoilerplateKind.Related)]
    [InlineData("Читайте также", BoilerplateKind.Related)]
    [InlineData("Leia também", BoilerplateKind.Related)]
    [InlineData("Lire aussi", BoilerplateKind.Related)]
    [InlineData("ADVERTISEMENT", BoilerplateKind.Advertisement)]
    [InlineData("Sponsored", BoilerplateKind.Advertisement)]
    [InlineData("Anzeige", BoilerplateKind.Advertisement)]
    [InlineData("Loading...", BoilerplateKind.Placeholder)]
    [InlineData("[embedded content]", BoilerplateKind.Placeholder)]
    [InlineData("Cargando...", BoilerplateKind.Placeholder)]
    [InlineData("Share:", BoilerplateKind.Share)]
    [InlineData("Tags:", BoilerplateKind.EmptyLabel)]
    [InlineData("Tags: harbour, bridge, council", BoilerplateKind.Other)]
    [InlineData("Photo: AFP", BoilerplateKind.ImageCredit)]
    [InlineData("Published: 3 March 2021", BoilerplateKind.Byline)]
    [InlineData("By Jane Roe", BoilerplateKind.Byline)]
    [InlineData("Posted by Jane Roe on March 3, 2021", BoilerplateKind.Byline)]
    [InlineData("Comments (34)", BoilerplateKind.Comments)]
    [InlineData("sam_k on 3 May 2021 at 9:15 pm said:", BoilerplateKind.Comments)]
    [InlineData("Leave a Reply", BoilerplateKind.Comments)]
    [InlineData("Sign up for our newsletter", BoilerplateKind.Newsletter)]
    [InlineData("Newsletter abonnieren", BoilerplateKind.Newsletter)]
    [InlineData("Accept all cookies", BoilerplateKind.CookieNotice)]
    [InlineData("Use precise geolocation data", BoilerplateKind.CookieNotice)]
    [InlineData("Store and/or access information on a device", BoilerplateKind.CookieNotice)]
    [InlineData("Share this event: Harbour Tech Night", BoilerplateKind.Related)]
    [InlineData("Save this event: Harbour Tech Night", BoilerplateKind.Related)]
    [InlineData("Copyright 2019 Example Media", BoilerplateKind.Footer)]
    [InlineData("Tous droits réservés", BoilerplateKind.Footer)]
    [InlineData("Home > World > Asia", BoilerplateKind.Navigation)]
    [InlineData("About | Contact | Privacy", BoilerplateKind.Navigation)]
    [InlineData("Getty Images", BoilerplateKind.ImageCredit)]
    [InlineData("Jane Roe/Harbour Times/Getty Images", BoilerplateKind.ImageCredit)]
    [InlineData("Is the old bridge safe to cross? (Photo: Getty Images)", BoilerplateKind.ImageCredit)]
    [InlineData("Photo caption The old harbour bridge in 1950", BoilerplateKind.ImageCredit)]
    [InlineData("1 of 6", BoilerplateKind.Navigation)]
    [InlineData("Subscribe Sign in", BoilerplateKind.Newsletter)]
    [InlineData("Login/Register", BoilerplateKind.Newsletter)]
    [InlineData("Home About Contact", BoilerplateKind.Navigation)]
    [InlineData("spot_imgspot_imgspot_img", BoilerplateKind.Placeholder)]
    [InlineData("Sign up for our e-mail newsletters", BoilerplateKind.Newsletter)]
    [InlineData("© Jane Roe", BoilerplateKind.ImageCredit)]
    [InlineData("File photo: the old harbour bridge in 1950", BoilerplateKind.ImageCredit)]
    [InlineData("View all (23)", BoilerplateKind.Related)]
    [InlineData("Get our weekly letter in your inbox. Unsubscribe at any time.", BoilerplateKind.Newsletter)]
    [InlineData("A ferry leaves the old harbour at dawn. (AP Photo/Jane Roe, File)", BoilerplateKind.ImageCredit)]
    [InlineData("Stay up to date with us. Subscribe to our newsletter.", BoilerplateKind.Newsletter)]
    public void Known_boilerplate_is_recognised_in_many_languages(string line, BoilerplateKind kind)
    {
        Known(line).Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("By the time the bridge reopened, most shops on the north bank had closed.")]
    [InlineData("The council said it would read more reports before the vote.")]
    [InlineData("Prices rose 3/4 of a point on 11/19/2019.")]
    [InlineData("Council votes to rebuild the harbour bridge")]
    [InlineData("He said, she said")]
    [InlineData("Photos show the bridge before the storm damaged two of its pillars.")]
    public void Prose_and_headlines_are_not_known_boilerplate(string line)
    {
        Known(line).Kind.Should().BeNull();
    }

    /// <summary>Lines that earlier rules took for boilerplate although they are ordinary article text.</summary>
    [Theory]
    [InlineData("A spokesman for the company said:")]
    [InlineData("In a letter to the council, the mayor wrote:")]
    [InlineData("From Paris With Love")]
    [InlineData("Source Of Funding Dries Up")]
    [InlineData("Copyright law protects the words of an article but not the facts it reports, the court said in its ruling on Tuesday.")]
    [InlineData("The ruling, which the publisher printed under a large © sign on its front page, was read by thousands of people across the region within hours of its release on Tuesday morning.")]
    [InlineData("The minister told reporters on Tuesday that the harbour bridge would be rebuilt with money from a regional fund, and that the work would start before the winter so that residents on both banks of the river could cross it again by next summer at the latest (AFP)")]
    [InlineData("No.")]
    [InlineData("Yes")]
    [InlineData("OK")]
    public void Ordinary_article_lines_are_not_known_boilerplate(string line)
    {
        Known(line).Kind.Should().BeNull();
    }

    [Theory]
    [InlineData("Copyright 2021 Harbour Times")]
    [InlineData("(c) 2021 Harbour Times")]
    [InlineData("© Harbour Times. All rights reserved.")]
    [InlineData("jane_r says:")]
    [InlineData("Jane Roe on 3 May 2021 at 9:15 pm said:")]
    public void Short_footer_and_comment_lines_stay_known(string line)
    {
        Known(line).Kind.Should().NotBeNull();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_sentence_between_lines_of_code_is_judged_by_the_prose_around_them(bool documentation)
    {
        // A sentence between two long lines of code: on a page with several statements of code
        // ("let x = 1;") the code is passed over and the paragraphs around it decide; a page whose
        // only code-like lines are bracketed ("Size (US) [10]" of a shop) judges by them, as before.
        const string Paragraph = "The settings are read once when the program starts, and every later change needs a restart before it takes effect in the running program. This is why the examples below are written as one small program that you can run again and again.";
        const string Sentence = "Even though the name is given a value here, it is still required when the model is built.";
        string[] code = documentation
            ? ["name: Annotated[str, Field(strict=True), WithJsonSchema({'extra': 'data'})];", "model = Model(name='Jane', size=Field(gt=0), colour=Field(default='red'));"]
            : ["Size (US) [10] Colour (red) [new] Width (cm) [40] Height (cm) [120] Weight (kg) [12]", "Size (EU) [44] Colour (blue) [old] Width (in) [16] Height (in) [48] Weight (lb) [26]"];
        string[] statements = documentation ? ["let x = 1;", "let y = 2;", "let z = 3;"] : ["Colour (new) [red]", "Width (cm) [40]", "Size (US) [10]"];
        var blocks = Split(string.Join("\n\n", [Paragraph, code[0], Sentence, code[1], Paragraph + " It is the same for plugins.", .. statements]));
        var words = Measure(blocks, "en");
        KnownBoilerplate.Mark(blocks, words, BoilerplateVocabulary.Shared);
        BlockClassifier.Classify(blocks);
        ContextRevision.Revise(blocks);

        blocks.Single(b => b.Clean == Sentence).Final.Should().Be(documentation ? BlockClass.Good : BlockClass.Bad);
    }

    [Fact]
    public void A_caption_repeated_under_every_picture_does_not_judge_the_sentences_beside_it()
    {
        // The same title-case caption under each picture: the sentences between the pictures are judged by the paragraphs.
        const string Caption = "2024 Harbour Festival Photo Series [Boats on the Quay at Night] ‘Harbour Lights Parade’ Festival Stage";
        const string Sentence = "The boats came in one after the other, and the crowd on the quay cheered each of them.";
        var body = TextPageBuilder.Body;
        var blocks = Split(string.Join("\n\n", [body[0], Caption, Sentence, Caption, body[1], Caption, body[2]]));
        var words = Measure(blocks, "en");
        KnownBoilerplate.Mark(blocks, words, BoilerplateVocabulary.Shared);
        BlockClassifier.Classify(blocks);
        ContextRevision.Revise(blocks);

        blocks.Single(b => b.Clean == Sentence).Final.Should().Be(BlockClass.Good);
        blocks.Where(b => b.Clean == Caption).Should().OnlyContain(b => b.Final == BlockClass.Bad);
    }

    [Fact]
    public void A_teaser_link_between_paragraphs_does_not_judge_the_sentences_after_it()
    {
        // "Read more: headline" links elsewhere in the middle of the article; the sentence after it is judged by the paragraph before.
        const string Teaser = "Read more: Ferry operators agree on a common ticket for the estuary";
        const string Sentence = "The first trains are due to run in the spring, once the old sidings have been repaired.";
        var body = TextPageBuilder.Body;
        var blocks = Split(string.Join("\n\n", [body[0], body[1], Teaser, Sentence, "Share", "Privacy Policy"]));
        var words = Measure(blocks, "en");
        KnownBoilerplate.Mark(blocks, words, BoilerplateVocabulary.Shared);
        BlockClassifier.Classify(blocks);
        ContextRevision.Revise(blocks);

        blocks.Single(b => b.Clean == Teaser).Kind.Should().Be(BoilerplateKind.Related);
        blocks.Single(b => b.Clean == Sentence).Final.Should().Be(BlockClass.Good);
    }

    [Theory]
    [InlineData("View Webcam", true)]
    [InlineData("Rated 4 out of 5", false)]
    public void A_button_under_every_card_does_not_judge_the_cards_sentences(string button, bool good)
    {
        // Five cards, each a name, one sentence and the same button: the sentences are judged as if the buttons were not there
        // (a run of near-good blocks, prose); a line with a figure is a review's field, not a button, and stays a bad neighbour.
        string[] names = ["Harbour Gate", "North Quay", "Old Lighthouse", "Fish Market", "Ferry Pier"];
        var lines = new List<string> { "Menu", "Home", "About" };
        foreach (var name in names)
        {
            lines.AddRange([name, $"This camera at the {name} shows the boats as they come in and leave, and it is updated every hour.", button]);
        }

        var blocks = Split(string.Join("\n\n", lines));
        var words = Measure(blocks, "en");
        KnownBoilerplate.Mark(blocks, words, BoilerplateVocabulary.Shared);
        BlockClassifier.Classify(blocks);
        ContextRevision.Revise(blocks);

        blocks.Where(b => b.Clean.StartsWith("This camera", StringComparison.Ordinal)).Should().HaveCount(5).And.OnlyContain(b => b.Final == (good ? BlockClass.Good : BlockClass.Bad));
    }
}
