namespace ArticleExtract.Text;

/// <summary>The characters the detectors of stage 4 key on: a block without one cannot be what they look for.</summary>
[Flags]
internal enum BlockMarks : ushort
{
    None = 0,

    /// <summary>A digit (<see cref="char.IsDigit(char)"/>): counts, temperatures, years, dates, gallery counters.</summary>
    Digit = 1,

    /// <summary>":": labels ("Tags: ..."), teasers ("Read more: ..."), comment headers ("jane says:").</summary>
    Colon = 2,

    /// <summary>"|": teasers, credit lines, separated menus.</summary>
    Bar = 4,

    /// <summary>"/": credit lines ("Jane Roe/AFP").</summary>
    Slash = 8,

    /// <summary>")": a credit in brackets at the end of a caption ("(AFP)").</summary>
    ClosingBracket = 16,

    /// <summary>"©": copyright lines and credits.</summary>
    CopyrightSign = 32,

    /// <summary>A separator of breadcrumbs and separated menus (<see cref="KnownBoilerplate.BreadcrumbSeparatorCharacters"/>).</summary>
    BreadcrumbSeparator = 64,

    /// <summary>" ": the end of the first word, where a label or a picture word may end ("By Jane Roe").</summary>
    Space = 128,

    /// <summary>Every mark: what is taken of a block that was not looked at.</summary>
    All = Digit | Colon | Bar | Slash | ClosingBracket | CopyrightSign | BreadcrumbSeparator | Space,

    /// <summary>
    /// Not a mark of blocks but of characters: the vocabulary's keys trim it from their ends
    /// (<see cref="Vocabulary.BoilerplateVocabulary.IsTrimmable"/>), read here from the same table.
    /// </summary>
    Trimmed = 256,
}

/// <summary>
/// What the detectors of stage 4 ask of a short block again and again (has it a digit, a colon, a
/// slash ...), found in one pass over its text, so that a detector passes over a block that lacks
/// what it keys on without searching the text once more (most blocks of a page are short menu
/// entries and headings that no detector takes). A long block is not looked at: every mark is taken
/// as present, and the detectors search its text as before.
/// </summary>
internal readonly struct BlockFacts
{
    /// <summary>
    /// Blocks of up to this many words are looked at character by character. Longer ones (body
    /// paragraphs) are passed over by most detectors on their word count alone, and the few that
    /// remain search them faster with vectorised searches than one pass per character would.
    /// </summary>
    private const int MaxWords = 20;

    /// <summary>The marks of every UTF-16 code unit, built once (immutable after that).</summary>
    private static readonly BlockMarks[] MarksOfCharacter = BuildMarks();

    private readonly BlockMarks _marks;
    private readonly LeadKinds _leads;

    private BlockFacts(BlockMarks marks, LeadKinds leads)
    {
        _marks = marks;
        _leads = leads;
    }

    /// <summary>The facts of a block whose words stage 3 counted.</summary>
    public static BlockFacts Of(TextBlock block, KnownEntryStarts starts)
    {
        if (block.Words > MaxWords)
        {
            return new BlockFacts(BlockMarks.All, LeadKinds.All);
        }

        // Gathered in a 32-bit integer: an OR into the 16-bit enum is also a zero extension, one more
        // step in the chain from each character to the next.
        var table = MarksOfCharacter;
        var gathered = 0u;
        foreach (var c in block.Clean)
        {
            gathered |= (uint)table[c];
        }

        var marks = (BlockMarks)gathered;

        // The pieces looked up by their lead end at a space, a colon or a bar: without one there is no such piece.
        var hasPieces = (marks & (BlockMarks.Space | BlockMarks.Colon | BlockMarks.Bar)) != 0;
        return new BlockFacts(marks, hasPieces ? starts.LeadKindsOf(block.Clean) : LeadKinds.None);
    }

    /// <summary>The block may have one of <paramref name="marks"/> (false only when it was looked at and has none).</summary>
    public bool MayHave(BlockMarks marks) => (_marks & marks) != 0;

    /// <summary>
    /// A piece from the start of the block to a character keys trim (a space, a colon, a bar) may be
    /// an entry of one of <paramref name="kinds"/> (false only when the block was looked at and
    /// its lead leads none: <see cref="KnownEntryStarts.LeadKindsOf"/>).
    /// </summary>
    /// <remarks>
    /// Only for pieces of the block's clean text that begin where it begins and end at a space, a
    /// colon or a bar: a piece cut anywhere else (at a slash, a comma) may lead otherwise, and must
    /// be looked up without asking this.
    /// </remarks>
    public bool MayLead(LeadKinds kinds) => (_leads & kinds) != 0;

    /// <summary>The marks of a character, as a table over all of them.</summary>
    internal static BlockMarks MarksOf(char c) => MarksOfCharacter[c];

    /// <summary>The same as <see cref="Vocabulary.BoilerplateVocabulary.IsTrimmable"/>, read from the table.</summary>
    internal static bool IsTrimmed(char c) => (MarksOfCharacter[c] & BlockMarks.Trimmed) != 0;

    private static BlockMarks[] BuildMarks()
    {
        var table = new BlockMarks[char.MaxValue + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = char.IsDigit((char)i) ? BlockMarks.Digit : BlockMarks.None;
        }

        for (var i = 0; i < table.Length; i++)
        {
            table[i] |= Vocabulary.BoilerplateVocabulary.IsTrimmable((char)i) ? BlockMarks.Trimmed : BlockMarks.None;
        }

        table[' '] |= BlockMarks.Space;
        table[':'] |= BlockMarks.Colon;
        table['|'] |= BlockMarks.Bar;
        table['/'] |= BlockMarks.Slash;
        table[')'] |= BlockMarks.ClosingBracket;
        table['©'] |= BlockMarks.CopyrightSign;
        foreach (var c in KnownBoilerplate.BreadcrumbSeparatorCharacters)
        {
            table[c] |= BlockMarks.BreadcrumbSeparator;
        }

        return table;
    }
}
