namespace ArticleExtract.Output;

/// <summary>What an element does to the plain text around it.</summary>
[Flags]
internal enum TextRole
{
    /// <summary>Nothing: its text runs on.</summary>
    None = 0,

    /// <summary>Starts and ends a paragraph.</summary>
    Block = 1,

    /// <summary>A table cell: separated from the cell before it by " | ".</summary>
    Cell = 2,

    /// <summary>Its text is never part of the running text.</summary>
    Silent = 4,

    /// <summary>A line break.</summary>
    Break = 8,

    /// <summary>Preformatted text: its whitespace is kept.</summary>
    Pre = 16,
}
