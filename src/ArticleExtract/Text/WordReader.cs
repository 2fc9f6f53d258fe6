namespace ArticleExtract.Text;

/// <summary>Reads the words of a text (runs of letters and digits; an apostrophe separates "l'homme"), lower-cased (invariant) into a buffer.</summary>
internal ref struct WordReader
{
    /// <summary>Longer runs are not words worth looking up (they are truncated to this length).</summary>
    public const int MaxWordLength = 64;

    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private int _wordStart;

    public WordReader(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        _wordStart = 0;
    }

    /// <summary>Where the reader stands in the text: just after the last word read.</summary>
    public readonly int Position => _position;

    /// <summary>Where the last word read begins in the text.</summary>
    public readonly int WordStart => _wordStart;

    /// <summary>
    /// Moves to the next word, as <see cref="Next"/>, and hashes its lower-case form on the way
    /// (<paramref name="hash"/> is <see cref="PageWords.HashOf"/> of it, without a second pass).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool NextHashed(scoped Span<char> buffer, out int length, out uint hash)
    {
        // The length and the hash are kept in locals while the word is read (written through the out
        // parameters on every character, each step would wait for the store of the one before).
        var text = _text;
        var position = _position;
        while (position < text.Length && LowerCase.WordCharacterOf(text[position]) == LowerCase.NotAWordCharacter)
        {
            position++;
        }

        _wordStart = position;
        var wordLength = 0;
        var wordHash = PageWords.EmptyHash;
        while (position < text.Length)
        {
            var lower = LowerCase.WordCharacterOf(text[position]);
            if (lower == LowerCase.NotAWordCharacter)
            {
                break;
            }

            if ((uint)wordLength < (uint)buffer.Length)
            {
                buffer[wordLength++] = lower;
                wordHash = PageWords.HashStep(wordHash, lower);
            }

            position++;
        }

        _position = position;
        length = wordLength;
        hash = wordHash;
        return wordLength > 0;
    }

    /// <summary>Moves to the next word; its lower-case form is the first <paramref name="length"/> characters of <paramref name="buffer"/>.</summary>
    public bool Next(scoped Span<char> buffer, out int length) => NextHashed(buffer, out length, out _);
}
