namespace ArticleExtract.Text;

/// <summary>
/// The longer words of the candidates (lower case, at least <see cref="MinComparedWordLength"/>
/// characters), each kept once, and which of them recur in the body: no string per word. A body
/// word is screened by the hash stage 2 kept for it (<see cref="PageWords.HashesOf"/>) in a bit
/// filter, and only a word that passes is read again and looked up. The table itself is keyed by
/// the runtime's randomised string hash: the page's words hash with FNV, whose collisions can be
/// chosen, and a heading of many words made to collide (a line of CJK text may have thousands)
/// would make its probe runs long.
/// </summary>
internal sealed class TitleWords
{
    /// <summary>Words shorter than this are not compared with the body (articles, prepositions).</summary>
    private const int MinComparedWordLength = 4;

    /// <summary>The size of the filter that screens the body's words by hash (a power of two, a multiple of 64; 2 KB, few false hits for a few hundred candidate words).</summary>
    private const int HashFilterBits = 16384;

    /// <summary>The table has at least this many slots per distinct word.</summary>
    private const int SlotsPerWord = 2;

    /// <summary>The distinct words' lower-case characters, one after the other.</summary>
    private readonly List<char> _characters = [];

    /// <summary>Per distinct word: where its characters begin in <see cref="_characters"/>, its length and its randomised hash.</summary>
    private readonly List<(int Start, int Length, int Hash)> _words = [];

    /// <summary>Per distinct word: the body has it.</summary>
    private readonly bool[] _inBody;

    /// <summary>The distinct word of each longer word of the candidates, one entry per occurrence, candidate after candidate.</summary>
    private readonly List<int> _occurrences;

    /// <summary>Where each candidate's entries begin in <see cref="_occurrences"/> (one more at the end).</summary>
    private readonly int[] _firstOccurrence;

    /// <summary>The slots: the number (plus one) of a distinct word, 0 when empty.</summary>
    private readonly int[] _slots;

    /// <summary>A bit per low bits of the distinct words' stage-2 hashes: a body word whose bit is clear is none of them, without being read again.</summary>
    private readonly BitFilter _filter = new(HashFilterBits);

    /// <summary>How many distinct words the body has not shown yet (the search stops at none).</summary>
    private int _unseen;

    public TitleWords(IReadOnlyList<TextBlock> blocks, PageWords words, List<int> candidates)
    {
        var candidateWords = 0;
        foreach (var i in candidates)
        {
            candidateWords += words.HashesOf(i).Length;
        }

        _slots = new int[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, candidateWords * SlotsPerWord))];
        _occurrences = new List<int>(candidateWords);
        _firstOccurrence = new int[candidates.Count + 1];
        Span<char> buffer = stackalloc char[WordReader.MaxWordLength];
        for (var c = 0; c < candidates.Count; c++)
        {
            _firstOccurrence[c] = _occurrences.Count;
            var text = blocks[candidates[c]].Clean;
            var hashes = words.HashesOf(candidates[c]);
            var starts = words.StartsOf(candidates[c]);
            var masks = words.MasksOf(candidates[c]);
            for (var w = 0; w < hashes.Length; w++)
            {
                var reader = new WordReader(text.AsSpan(starts[w]));
                if (masks[w] == 0 && reader.Next(buffer, out var length) && length >= MinComparedWordLength)
                {
                    _filter.Add(hashes[w]);
                    _occurrences.Add(Add(buffer[..length]));
                }
            }
        }

        _firstOccurrence[candidates.Count] = _occurrences.Count;
        _inBody = new bool[_words.Count];
        _unseen = _words.Count;
    }

    /// <summary>Marks the words the body's blocks have (stopping once every word is found).</summary>
    public void FindInBody(IReadOnlyList<TextBlock> blocks, PageWords words)
    {
        Span<char> buffer = stackalloc char[WordReader.MaxWordLength];
        for (var i = 0; i < blocks.Count && _unseen > 0; i++)
        {
            if (!blocks[i].InBody)
            {
                continue;
            }

            var hashes = words.HashesOf(i);
            var starts = words.StartsOf(i);
            for (var w = 0; w < hashes.Length; w++)
            {
                if (!_filter.MayContain(hashes[w]))
                {
                    continue;
                }

                var reader = new WordReader(blocks[i].Clean.AsSpan(starts[w]));
                var word = reader.Next(buffer, out var length) ? Find(buffer[..length]) : -1;
                if (word >= 0 && !_inBody[word])
                {
                    _inBody[word] = true;
                    _unseen--;
                }
            }
        }
    }

    /// <summary>The share of candidate <paramref name="candidate"/>'s longer words that recur in the body.</summary>
    public double ShareInBody(int candidate)
    {
        var compared = _firstOccurrence[candidate + 1] - _firstOccurrence[candidate];
        var found = 0;
        for (var o = _firstOccurrence[candidate]; o < _firstOccurrence[candidate + 1]; o++)
        {
            found += _inBody[_occurrences[o]] ? 1 : 0;
        }

        return compared == 0 ? 0 : (double)found / compared;
    }

    /// <summary>The number of the distinct word <paramref name="lowerWord"/>, added when new.</summary>
    private int Add(ReadOnlySpan<char> lowerWord)
    {
        var hash = string.GetHashCode(lowerWord);
        var slot = Probe(lowerWord, hash);
        if (_slots[slot] == 0)
        {
            _slots[slot] = _words.Count + 1;
            _words.Add((_characters.Count, lowerWord.Length, hash));
            _characters.AddRange(lowerWord);
        }

        return _slots[slot] - 1;
    }

    /// <summary>The number of the distinct word <paramref name="lowerWord"/>, or -1.</summary>
    private int Find(ReadOnlySpan<char> lowerWord) => _slots[Probe(lowerWord, string.GetHashCode(lowerWord))] - 1;

    /// <summary>The slot of <paramref name="lowerWord"/>, or the empty slot where it would go.</summary>
    private int Probe(ReadOnlySpan<char> lowerWord, int hash)
    {
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            var word = _slots[slot] - 1;
            if (_words[word].Hash == hash && Characters(word).SequenceEqual(lowerWord))
            {
                break;
            }

            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private ReadOnlySpan<char> Characters(int word) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_characters).Slice(_words[word].Start, _words[word].Length);
}
