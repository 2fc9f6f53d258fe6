using ArticleExtract.Metadata;

namespace ArticleExtract.Text;

/// <summary>
/// Stage 8: finds the title: the heading-like line before the body (a few words, no sentence end,
/// not boilerplate, not an address, not a line the page repeats as a menu) that a byline or a
/// dateline follows; else nearer and longer lines are preferred, and a line the renderer marked as
/// a heading is preferred most.
/// </summary>
internal static class TitleFinder
{
    /// <summary>The title is looked for among this many blocks before the body.</summary>
    private const int MaxDistance = 30;

    /// <summary>A title has at least this many words (one word is a section name or a site name).</summary>
    private const int MinWords = 2;

    /// <summary>A title has at most this many words.</summary>
    private const int MaxWords = 40;

    /// <summary>A title without spaces (Chinese, Japanese) has at least this weighted length.</summary>
    private const int MinUnspacedLength = 12;

    /// <summary>A line seen this many times in the page is a menu entry or the site name, not the title.</summary>
    private const int MaxRepeats = 2;

    /// <summary>Words beyond this count add nothing to a candidate's score.</summary>
    private const int ScoredWords = 12;

    /// <summary>What each block of distance from the body costs a candidate, in words.</summary>
    private const double DistanceCost = 0.5;

    /// <summary>What a renderer's heading mark is worth, in words.</summary>
    private const double HeadingBonus = 10;

    /// <summary>What a candidate whose every word recurs in the body is worth, in words (a headline names what the article is about).</summary>
    private const double BodyOverlapBonus = 8;

    /// <summary>Words shorter than this are not compared with the body (articles, prepositions).</summary>
    private const int MinComparedWordLength = 4;

    /// <summary>The size of the filter that screens the body's words by hash (a power of two, a multiple of 64; 2 KB, few false hits for a few hundred candidate words).</summary>
    private const int HashFilterBits = 16384;

    /// <summary>A line with more than this share of digits among its letters and digits is a date or a time, not a title.</summary>
    private const double MaxDigitShare = 0.25;

    /// <summary>Returns the index of the title block, or -1.</summary>
    public static int Find(IReadOnlyList<TextBlock> blocks, PageWords words, int bodyStart, TextRules rules)
    {
        var candidates = new List<int>();
        for (var i = bodyStart - 1; i >= 0 && i >= bodyStart - MaxDistance; i--)
        {
            if (IsHeadingLike(blocks[i]))
            {
                candidates.Add(i);
            }
        }

        if (candidates.Count == 0)
        {
            return -1;
        }

        var overlap = new CandidateWords(blocks, words, candidates);
        overlap.FindInBody(blocks, words);
        var bylines = new BylineLines(blocks);
        var best = -1;
        var bestScore = double.MinValue;
        for (var c = 0; c < candidates.Count; c++)
        {
            var i = candidates[c];
            var block = blocks[i];
            var score = Math.Min(block.Words, ScoredWords) - (DistanceCost * (bodyStart - i)) + (block.MarkedHeading ? HeadingBonus : 0)
                + (BodyOverlapBonus * overlap.ShareInBody(c)) + (IsAboveByline(blocks, i, bylines, rules) ? rules.HeadlineBylineBonus : 0);
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        return best;
    }

    /// <summary>
    /// The longer words of the candidates (lower case, at least <see cref="MinComparedWordLength"/>
    /// characters), each kept once, and which of them recur in the body: no string per word. A body
    /// word is screened by the hash stage 2 kept for it (<see cref="PageWords.HashesOf"/>) in a bit
    /// filter, and only a word that passes is read again and looked up. The table itself is keyed by
    /// the runtime's randomised string hash: the page's words hash with FNV, whose collisions can be
    /// chosen, and a heading of many words made to collide (a line of CJK text may have thousands)
    /// would make its probe runs long.
    /// </summary>
    private sealed class CandidateWords
    {
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

        public CandidateWords(IReadOnlyList<TextBlock> blocks, PageWords words, List<int> candidates)
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

    /// <summary>
    /// An article's header is its headline, then who wrote it and when ("By Jane Doe", "Updated
    /// March 3, 2025"): a heading-like line that a byline or a dateline follows closely, and that is
    /// not itself part of the byline.
    /// </summary>
    private static bool IsAboveByline(IReadOnlyList<TextBlock> blocks, int i, BylineLines bylines, TextRules rules) =>
        HasBylineBelow(i, bylines, rules) && !IsPartOfByline(blocks[i], bylines.IsMetaLine(i));

    /// <summary>A byline or a dateline is among the few lines under the block.</summary>
    private static bool HasBylineBelow(int headline, BylineLines bylines, TextRules rules)
    {
        for (var j = headline + 1; j <= headline + rules.MaxHeadlineToByline; j++)
        {
            if (bylines.StartsAt(j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Which blocks of a stretch begin a byline or a dateline: a short line that is one ("By Jane
    /// Doe", "Updated March 3, 2025"), or a label on a line of its own with the name on the next, as
    /// <see cref="HeaderMetadata"/> reads it. Each line is read once, when first asked about (the
    /// lines under one candidate are under the next one too, and a candidate is asked about itself).
    /// </summary>
    private sealed class BylineLines(IReadOnlyList<TextBlock> blocks)
    {
        /// <summary>Per block, once read: whether it is a byline or a dateline (<see cref="LineMetadata.IsMetaLine"/>).</summary>
        private readonly bool?[] _metaLines = new bool?[blocks.Count];

        /// <summary>Block <paramref name="j"/> begins a byline or a dateline (false past the last block).</summary>
        public bool StartsAt(int j) =>
            j < blocks.Count && IsShortLine(blocks[j])
            && (IsMetaLine(j) || (HeaderMetadata.IsLabelOverName(blocks, j) && LineMetadata.TryParseByline(blocks[j].Clean + " " + blocks[j + 1].Clean, out _)));

        /// <summary>Block <paramref name="j"/> is a byline or a dateline as a whole.</summary>
        public bool IsMetaLine(int j) => _metaLines[j] ??= LineMetadata.IsMetaLine(blocks[j].Clean);

        /// <summary>A byline or a dateline is a short line (<see cref="HeaderMetadata.MaxWords"/> words at most).</summary>
        private static bool IsShortLine(TextBlock block) => block.Words is > 0 and <= HeaderMetadata.MaxWords;
    }

    /// <summary>
    /// The line belongs to the byline, not above it: a byline or dateline itself ("ByNina Pineda",
    /// "Originally posted February 2017"), or a name alone ("Rahul Tyagi", "Dylan Bailey, MS, RD";
    /// <see cref="LineMetadata.IsNameAlone"/>) with no stopword (a headline has some).
    /// </summary>
    private static bool IsPartOfByline(TextBlock block, bool isMetaLine) =>
        isMetaLine || (block.Stopwords == 0 && LineMetadata.IsNameAlone(block.Clean));

    private static bool IsMostlyDigits(string text)
    {
        int digits = 0, alphanumerics = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                alphanumerics++;
                digits += char.IsDigit(c) ? 1 : 0;
            }
        }

        return digits > alphanumerics * MaxDigitShare;
    }

    /// <summary>The block could be the title; the measures stages 3 to 7 took are asked first, the text read last.</summary>
    private static bool IsHeadingLike(TextBlock block) =>
        block.Kind is null
        && !block.LinkLike
        && !block.InBody
        && block.Repeats <= MaxRepeats
        && !EndsWithPeriod(block.Clean)
        && (block.Words is >= MinWords and <= MaxWords || IsUnspacedTitle(block))
        && !IsMostlyDigits(block.Clean);

    /// <summary>A title in a script written without spaces (Chinese, Japanese): one long "word" of weighted characters.</summary>
    private static bool IsUnspacedTitle(TextBlock block) =>
        block.Words > 0 && block.Length >= MinUnspacedLength && block.Clean.IndexOf(' ') < 0 && block.Length > block.Clean.Length;

    private static bool EndsWithPeriod(string text) => text.Length > 0 && text[^1] is '.' or '。' or ':' or ',';
}
