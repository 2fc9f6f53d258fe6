namespace ArticleExtract.Html;

/// <summary>
/// The rules of stage 7 (<see cref="Cleaning"/>), each of which a content profile may run or
/// leave out (Profiles/profiles.txt: "clean" and "clean-also"). Copies of a container always go.
/// </summary>
[Flags]
internal enum CleanRules
{
    None = 0,

    /// <summary>A block whose class or id names it boilerplate (a negative class weight).</summary>
    NamedBoilerplate = 1,

    /// <summary>A block that is mostly links, with no prose of its own.</summary>
    LinkBlocks = 2,

    /// <summary>Cards of other pages: several linked headlines, no more prose than headlines.</summary>
    TeaserLists = 4,

    /// <summary>A block of list items (no paragraph) that is mostly links: a list of links to other pages.</summary>
    LinkedLists = 8,

    /// <summary>A block of several images and next to no text: a gallery.</summary>
    Galleries = 16,

    /// <summary>A tiny block of linked text with no picture: a button, a tag, a stray link.</summary>
    Debris = 32,

    /// <summary>Link cards inside a sentence and paragraphs that are a column of links (<see cref="InBodyBoxes"/>).</summary>
    LinkBoxes = 64,

    /// <summary>Readability's conditional cleaning, every rule: an article's.</summary>
    All = NamedBoilerplate | LinkBlocks | TeaserLists | LinkedLists | Galleries | Debris | LinkBoxes,
}
