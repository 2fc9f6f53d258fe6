namespace ArticleExtract.Text;

/// <summary>
/// <see cref="char.ToLowerInvariant(char)"/> as a table. The runtime lowers an ASCII character
/// itself but asks ICU for every other one (a native call per character): on pages in Cyrillic,
/// Greek or with typographic quotes that dominated the text stages. The table is filled once, by one
/// call over all of the Basic Multilingual Plane, and read only after that.
/// </summary>
internal static class LowerCase
{
    /// <summary>The lower-case form of every UTF-16 code unit (surrogates map to themselves, as char.ToLowerInvariant does).</summary>
    private static readonly char[] Table = Build();

    /// <summary>The first UTF-16 surrogate code unit.</summary>
    private const char FirstSurrogate = '\uD800';

    /// <summary>The last UTF-16 surrogate code unit.</summary>
    private const char LastSurrogate = '\uDFFF';

    /// <summary>
    /// For every UTF-16 code unit, its lower-case form when <see cref="char.IsLetterOrDigit(char)"/>
    /// holds, else '\0' (no letter or digit lowers to it): a word reader tells a word character and
    /// lowers it with one read.
    /// </summary>
    private static readonly char[] WordCharacterTable = BuildWordCharacters(); // Declared after Table, which it is built from.

    /// <summary>The same as <see cref="char.ToLowerInvariant(char)"/>.</summary>
    public static char Of(char c) => Table[c];

    /// <summary>The lower-case form of a letter or digit; '\0' for any other character.</summary>
    public static char WordCharacterOf(char c) => WordCharacterTable[c];

    /// <summary>The same as <see cref="char.IsLetterOrDigit(char)"/>.</summary>
    public static bool IsLetterOrDigit(char c) => WordCharacterTable[c] != NotAWordCharacter;

    /// <summary>What <see cref="WordCharacterOf"/> gives for a character that is no letter or digit.</summary>
    public const char NotAWordCharacter = '\0';

    private static char[] BuildWordCharacters()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = char.IsLetterOrDigit((char)i) ? Table[i] : NotAWordCharacter;
        }

        return table;
    }

    private static char[] Build()
    {
        var identity = new char[char.MaxValue + 1];
        for (var i = 0; i < identity.Length; i++)
        {
            identity[i] = (char)i;
        }

        // Lower the code units before and after the surrogates in two runs; surrogates stay as they
        // are (in one run a high surrogate next to a low one would be taken as a pair).
        var table = (char[])identity.Clone();
        identity.AsSpan(0, FirstSurrogate).ToLowerInvariant(table.AsSpan(0, FirstSurrogate));
        identity.AsSpan(LastSurrogate + 1).ToLowerInvariant(table.AsSpan(LastSurrogate + 1));
        return table;
    }
}
