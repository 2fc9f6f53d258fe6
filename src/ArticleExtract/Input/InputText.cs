namespace ArticleExtract.Input;

/// <summary>Makes a caller's string safe for every later stage: valid UTF-16, no NUL characters.</summary>
internal static class InputText
{
    private const char ReplacementCharacter = '\uFFFD';


    /// <summary>Replaces lone surrogates with U+FFFD; returns the same string when there is none.</summary>
    public static string ReplaceLoneSurrogates(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0 || !HasLoneSurrogate(text.AsSpan(first)))
        {
            return text;
        }

        return Rewrite(text, first, dropNul: false);
    }

    /// <summary>Replaces lone surrogates with U+FFFD and drops NUL characters; returns the same string when there is none.</summary>
    public static string Clean(string text)
    {
        var span = text.AsSpan();
        var nul = span.IndexOf('\0');
        var surrogate = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (nul < 0 && (surrogate < 0 || !HasLoneSurrogate(span[surrogate..])))
        {
            return text;
        }

        var first = nul < 0 ? surrogate : surrogate < 0 ? nul : Math.Min(nul, surrogate);
        return Rewrite(text, first, dropNul: true);
    }

    /// <summary>True when the text holds a surrogate that is not half of a pair.</summary>
    internal static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Rewrite(string text, int from, bool dropNul)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        builder.Append(text, 0, from);
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append(ReplacementCharacter);
            }
            else if (c != '\0' || !dropNul)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
