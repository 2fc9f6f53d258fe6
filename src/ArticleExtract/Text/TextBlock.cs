namespace ArticleExtract.Text;

/// <summary>How a block looks on its own and after its neighbours are considered (after jusText).</summary>
internal enum BlockClass
{
    /// <summary>Boilerplate: too few stopwords, link-like, or known boilerplate.</summary>
    Bad,

    /// <summary>Too short to judge on its own: its neighbours decide.</summary>
    Short,

    /// <summary>Prose-like but short: kept when it sits beside good blocks.</summary>
    NearGood,

    /// <summary>Prose: long, rich in stopwords, ends its sentences.</summary>
    Good,
}

/// <summary>One block of scraped text (a line, or a hard-wrapped paragraph joined again) and what the stages learn about it.</summary>
internal sealed class TextBlock
{
    public TextBlock(int index, string raw, string clean)
    {
        Index = index;
        Raw = raw;
        Clean = clean;
    }

    /// <summary>The block's position in the page.</summary>
    public int Index { get; }

    /// <summary>The line as the page had it, trimmed (what the boilerplate report shows).</summary>
    public string Raw { get; }

    /// <summary>The line without list bullets or heading marks (what the body shows).</summary>
    public string Clean { get; }

    /// <summary>The line was marked as a heading by the renderer ("# Title", "== Title ==").</summary>
    public bool MarkedHeading { get; set; }

    /// <summary>Length in characters, CJK characters counted more (they carry more per character).</summary>
    public int Length { get; set; }

    /// <summary>
    /// The clean text in the vocabulary's normal form (see <see cref="TextVocabulary.WriteKey"/>), set by
    /// stage 3: a slice of one buffer for the whole page rather than a string per block.
    /// </summary>
    public ReadOnlyMemory<char> Key { get; set; }

    /// <summary>Number of words (runs of letters or digits).</summary>
    public int Words { get; set; }

    /// <summary>Number of the page language's stopwords among the words.</summary>
    public int Stopwords { get; set; }

    /// <summary>Share of the words that are stopwords; for languages without a list, an estimate from punctuation.</summary>
    public double StopwordDensity { get; set; }

    /// <summary>Number of sentence ends (".", "!", "?", "。" ... followed by a space or the end).</summary>
    public int SentenceEnds { get; set; }

    /// <summary>The block ends like a sentence (terminal punctuation, perhaps inside quotes).</summary>
    public bool EndsLikeSentence { get; set; }

    /// <summary>The block is an address (URL, e-mail, @handle) rather than prose.</summary>
    public bool LinkLike { get; set; }

    /// <summary>
    /// Of a link-like block, the words that are no address ("Read more at" of "Read more at
    /// https://example.com"): few make the block an address, more a card that shows its link. 0 for other blocks.
    /// </summary>
    public int WordsBesideAddresses { get; set; }

    /// <summary>Share of words that begin with a capital letter.</summary>
    public double CapitalizedShare { get; set; }

    /// <summary>How many blocks of the page have the same normalised text (1 when unique).</summary>
    public int Repeats { get; set; }

    /// <summary>The block is the header of a reader's comment ("jane_r says:"), not a section heading.</summary>
    public bool IsCommentHeader { get; set; }

    /// <summary>The block is a link to another article under a phrase ("Read more: Another headline"), not a section's heading.</summary>
    public bool IsTeaserLine { get; set; }

    /// <summary>The block is an entry of the list under a documentation heading ("Providers#"): the document's content, not a menu entry (<see cref="AnchoredSections"/>).</summary>
    public bool IsSectionEntry { get; set; }

    /// <summary>The kind of boilerplate this block is known to be, from the vocabulary or its shape; null when unknown.</summary>
    public BoilerplateKind? Kind { get; set; }

    /// <summary>The class the block has on its own.</summary>
    public BlockClass Initial { get; set; }

    /// <summary>The class after its neighbours were considered (only <see cref="BlockClass.Good"/> or <see cref="BlockClass.Bad"/>).</summary>
    public BlockClass Final { get; set; }

    /// <summary>The block belongs to the article body.</summary>
    public bool InBody { get; set; }

    /// <summary>The block is the title (or a byline or dateline used as metadata).</summary>
    public BoilerplateKind? MetadataKind { get; set; }

    public override string ToString() => $"{Index} {Final} {Kind} {Raw}";
}
