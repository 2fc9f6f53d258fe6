namespace ArticleExtract.Text;

/// <summary>
/// The thresholds of text mode, the "@number" entries of <c>Text/textrules.txt</c>: the body choice (article or not,
/// page type, the framed page, the article run), the title rule, author boxes and counted lists.
/// </summary>
internal sealed partial class TextRules
{
    /// <summary>A section heading ("More from UK") has at most this many words.</summary>
    public int MaxSectionHeadingWords { get; }

    /// <summary>On a page with a thread's marks, the share of the framed page the article run must hold.</summary>
    public double MinThreadArticleShare { get; }

    /// <summary>A good block without a sentence end weighs as prose from this length on (weighted characters) ...</summary>
    public int MinProseLength { get; }

    /// <summary>... or when it has at most this many words (a section's label); between the two it is a headline.</summary>
    public int MaxProseLabelWords { get; }

    /// <summary>A heading after a count ("34 Responses to “Headline”") has at most this many words, the headline's included.</summary>
    public int MaxCountHeadingWords { get; }

    // Article or not (BodyChoice).

    /// <summary>The article run is the body when it holds at least this share of the framed body's words ...</summary>
    public double MinArticleShare { get; }

    /// <summary>... or at least this share of the page's prose (characters of good blocks) ...</summary>
    public double MinProseShare { get; }

    /// <summary>A run that holds most of the page's prose is its article only when it holds at least this share of the framed page's words.</summary>
    public double MinProseArticleShare { get; }

    /// <summary>... when that prose is at least this long (characters); comments after this much prose follow an article.</summary>
    public int MinArticleProse { get; }

    // Page type from the text (TextPageType).

    /// <summary>A thread has at least this many post action rows or post numbers.</summary>
    public int MinPostActionRows { get; }

    /// <summary>A post action row ("Reply Quote Like Share") or a post number line has at most this many words.</summary>
    public int MaxActionRowWords { get; }

    /// <summary>Documentation has at least this many lines of code.</summary>
    public int MinCodeLines { get; }

    /// <summary>A line of code has at least this many code characters.</summary>
    public int MinCodeMarks { get; }

    /// <summary>A line of code has a stopword density below this (prose has more).</summary>
    public double MaxCodeStopwordDensity { get; }

    /// <summary>A listing of offers has at least this many price lines; a product page fewer.</summary>
    public int MinListingPrices { get; }

    /// <summary>A price line has at most this many words.</summary>
    public int MaxPriceLineWords { get; }

    /// <summary>The confidence given to a type recognised from its marks.</summary>
    public double MarkedConfidence { get; }

    /// <summary>The confidence given to a page that is no article and shows none of the marks (a service page).</summary>
    public double UnmarkedConfidence { get; }

    // The whole page less its frame (FramedSelection).

    /// <summary>A menu entry ("Products", "Sign in") has at most this many words.</summary>
    public int MaxMenuEntryWords { get; }

    /// <summary>This many menu entries in a row are a menu, not a heading between paragraphs.</summary>
    public int MinMenuRun { get; }

    /// <summary>What a menu entry or a boilerplate line costs the framed region, in words of content.</summary>
    public double FrameLineCost { get; }

    /// <summary>A menu rendered as one line has at least this many words (a headline fewer).</summary>
    public int MinMenuLineWords { get; }

    /// <summary>At least this share of a menu line's words are capitalised.</summary>
    public double MinMenuLineCapitals { get; }

    /// <summary>A menu line's stopword density is below this.</summary>
    public double MaxMenuLineStopwords { get; }

    /// <summary>A link-like block with at least this many words beside its addresses is content that shows its link, not an address.</summary>
    public int MinWordsBesideLink { get; }

    /// <summary>A text with at least this many links written <c>[text](url)</c> is Markdown (<see cref="MarkdownSyntax"/>).</summary>
    public int MinMarkdownLinks { get; }

    /// <summary>What a title candidate that a byline or dateline follows is worth, in words (<see cref="TitleFinder"/>).</summary>
    public double HeadlineBylineBonus { get; }

    /// <summary>The byline or dateline under a headline is at most this many blocks below it.</summary>
    public int MaxHeadlineToByline { get; }

    // The article run (BodySelection), in characters of good text.

    /// <summary>What a good block's length is lowered by: a list of one-line teasers weighs little.</summary>
    public int GoodLengthOffset { get; }

    /// <summary>The cost of a heading that closes the article (related list, newsletter, footer).</summary>
    public int SectionBreakPenalty { get; }

    /// <summary>The cost of a marker that interrupts an article without ending it (advertisement, credit).</summary>
    public int InterruptionPenalty { get; }

    /// <summary>The cost of an unrecognised line that is not prose (code, a list item, a table row).</summary>
    public int UnsurePenalty { get; }

    /// <summary>The least cost of any other bad block (a menu entry).</summary>
    public int MinBadPenalty { get; }

    /// <summary>A run this heavy is an article: comments after it are not weighed as fully.</summary>
    public int MinArticleWeight { get; }

    /// <summary>What good text under a comments heading counts for once an article has been seen.</summary>
    public double CommentsDiscount { get; }

    /// <summary>Comment headers are walls only when the page has at least this many.</summary>
    public int MinCommentHeaders { get; }

    /// <summary>A comments label repeated at least this many times is a card's button, not a comments heading.</summary>
    public int MinCardActionRepeats { get; }

    /// <summary>A card of a listing has at most this many lines between two showings of its action.</summary>
    public int MaxCardLines { get; }

    /// <summary>At least this many teaser cards in a row stop the article run (<see cref="TeaserCards"/>).</summary>
    public int MinTeaserCards { get; }

    /// <summary>A teaser card's byline or dateline has at most this many words.</summary>
    public int MaxTeaserMetaWords { get; }

    /// <summary>A teaser card's headline has at least this many words.</summary>
    public int MinTeaserHeadlineWords { get; }

    /// <summary>A run whose prose is at least this share repeats of its own paragraphs holds a copy of its article: the copies are left out.</summary>
    public double MinCopiedShare { get; }

    /// <summary>What good text after a heading of the page's tail counts for once an article has been seen.</summary>
    public double TailDiscount { get; }

    /// <summary>A line of a headline list has at most this many words (and no sentence).</summary>
    public int MaxHeadlineWords { get; }

    /// <summary>A heading of the page's tail ("Most read") has at most this many words.</summary>
    public int MaxTailHeadingWords { get; }

    /// <summary>A list announced by a colon has at least this many items ...</summary>
    public int MinListItems { get; }

    /// <summary>... and is followed for at most this many.</summary>
    public int MaxListItems { get; }

    /// <summary>A list item is shorter than this (weighted characters); a longer block is a paragraph.</summary>
    public int MaxListItemLength { get; }

    /// <summary>A list under such a heading whose share names are fewer than this share of its entries lists them as content.</summary>
    public double MaxSectionShareNames { get; }

    /// <summary>The name line of an author box has at least this many words ...</summary>
    public int MinAuthorNameWords { get; }

    /// <summary>... and at most this many.</summary>
    public int MaxAuthorNameWords { get; }

    /// <summary>At most this many role lines stand between an author box's name and its paragraph ...</summary>
    public int MaxAuthorRoleLines { get; }

    /// <summary>... each of at most this many words.</summary>
    public int MaxAuthorRoleWords { get; }

    /// <summary>An author's paragraph has at least this many words.</summary>
    public int MinAuthorBioWords { get; }

    /// <summary>An author's paragraph names the person among this many first words.</summary>
    public int MaxAuthorNameOffset { get; }

    /// <summary>A page has at most this many author boxes; more name-and-paragraph pairs are a list of people.</summary>
    public int MaxAuthorBoxes { get; }

    /// <summary>At least this many lines in a row that end with a count in brackets are a list of links with counts.</summary>
    public int MinCountedLines { get; }

    /// <summary>A consent dialog goes on while its next line with a consent word is at most this many blocks after the last.</summary>
    public int MaxConsentDialogGap { get; }

    /// <summary>A consent dialog shows at least this many short labels with a consent word ("Functional Cookies").</summary>
    public int MinConsentDialogLabels { get; }

    // Header metadata (HeaderMetadata).

    /// <summary>Bylines and datelines are read from at most this many blocks before the body's start ...</summary>
    public int MaxHeaderLinesBefore { get; }

    /// <summary>... and this many after it.</summary>
    public int MaxHeaderLinesAfter { get; }

    /// <summary>Without a date in the header, a labelled dateline is looked for among this many blocks after the body's start.</summary>
    public int MaxLabelledDatelineAfter { get; }
}
