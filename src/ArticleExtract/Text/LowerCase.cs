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

    /// <summary>For every UTF-16 code unit, whether <see cref="char.IsLetterOrDigit(char)"/> holds (a table read instead of the Unicode category look-up of non-Latin-1 characters).</summary>
    private static readonly bool[] LetterOrDigitTable = BuildLetterOrDigit();

    /// <summary>The same as <see cref="char.ToLowerInvariant(char)"/>.</summary>
    public static char Of(char c) => Table[c];

    /// <summary>The same as <see cref="char.IsLetterOrDigit(char)"/>.</summary>
    public static bool IsLetterOrDigit(char c) => LetterOrDigitTable[c];

    private static bool[] BuildLetterOrDigit()
    {
        var table = new bool[char.MaxValue + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = char.IsLetterOrDigit((char)i);
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
