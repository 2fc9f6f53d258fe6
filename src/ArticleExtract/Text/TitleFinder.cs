using ArticleExtract.Metadata;

namespace ArticleExtract.Text;

/// <summary>
/// Stage 8: finds the title among the lines around the start of the body (<see cref="Read"/>): the
/// one the title model (<see cref="TitleModel"/>, learned from wcxb-dev's scraped texts) finds
/// likeliest from its <see cref="TitleFeatures"/>. One of those features is the hand-written rule's
/// score, and the rule alone decides when the model is absent: the heading-like line before the
/// body (a few words, no sentence end, not boilerplate, not an address, not a line the page repeats
/// as a menu) that a byline or a dateline follows; else nearer and longer lines are preferred, and
/// a line the renderer marked as a heading is preferred most.
/// </summary>
internal static class TitleFinder
{
    /// <summary>The title is looked for among this many blocks before the body.</summary>
    private const int MaxDistance = 30;

    /// <summary>The lines read as candidates begin this many blocks before the body ...</summary>
    private const int WindowBefore = 40;

    /// <summary>... and end this many blocks after its start.</summary>
    private const int WindowAfter = 2;

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

    /// <summary>A line with more than this share of digits among its letters and digits is a date or a time, not a title.</summary>
    private const double MaxDigitShare = 0.25;

    /// <summary>Returns the index of the title block, or -1: the candidate the title model finds likeliest.</summary>
    public static int Find(IReadOnlyList<TextBlock> blocks, PageWords words, int bodyStart, TextRules rules) =>
        Find(blocks, words, bodyStart, rules, TitleModel.Shared);

    /// <summary>Returns the index of the title block, or -1: the candidate <paramref name="model"/> finds likeliest, or the rule's best when the model is absent.</summary>
    internal static int Find(IReadOnlyList<TextBlock> blocks, PageWords words, int bodyStart, TextRules rules, TitleModel model)
    {
        var page = Read(blocks, words, bodyStart, rules);
        if (model.Trees is not null)
        {
            var vectors = TitleFeatures.Of(blocks, bodyStart, page.Candidates, page.Overlap, page.Bylines, page.RuleScores, rules);
            var likeliest = model.Likeliest(vectors, page.Candidates.Count);
            return likeliest < 0 ? -1 : page.Candidates[likeliest];
        }

        return RulePick(page);
    }

    /// <summary>The rule's best heading-like candidate (a block index), or -1.</summary>
    internal static int RulePick(CandidateLines page)
    {
        var best = -1;
        var bestScore = double.MinValue;
        for (var c = 0; c < page.Candidates.Count; c++)
        {
            if (!double.IsNaN(page.RuleScores[c]) && page.RuleScores[c] > bestScore)
            {
                (best, bestScore) = (page.Candidates[c], page.RuleScores[c]);
            }
        }

        return best;
    }

    /// <summary>The lines around the start of the body that could be the title, nearest first, and the rule's score of each heading-like one.</summary>
    internal static CandidateLines Read(IReadOnlyList<TextBlock> blocks, PageWords words, int bodyStart, TextRules rules)
    {
        var candidates = new List<int>();
        for (var i = Math.Min(blocks.Count - 1, bodyStart + WindowAfter); i >= 0 && i >= bodyStart - WindowBefore; i--)
        {
            if (blocks[i].Words is >= 1 and <= MaxWords || IsUnspacedTitle(blocks[i]))
            {
                candidates.Add(i);
            }
        }

        var overlap = new TitleWords(blocks, words, candidates);
        overlap.FindInBody(blocks, words);
        var bylines = new Bylines(blocks);
        var scores = new double[candidates.Count];
        for (var c = 0; c < candidates.Count; c++)
        {
            var i = candidates[c];
            var block = blocks[i];
            scores[c] = i < bodyStart && bodyStart - i <= MaxDistance && IsHeadingLike(block)
                ? Math.Min(block.Words, ScoredWords) - (DistanceCost * (bodyStart - i)) + (block.MarkedHeading ? HeadingBonus : 0)
                    + (BodyOverlapBonus * overlap.ShareInBody(c)) + (IsAboveByline(blocks, i, bylines, rules) ? rules.HeadlineBylineBonus : 0)
                : double.NaN;
        }

        return new CandidateLines(candidates, overlap, bylines, scores);
    }

    /// <summary>The candidate lines of a page (block indexes, nearest the body's end of the window first), their words, the bylines around them and the rule's scores.</summary>
    internal sealed record CandidateLines(List<int> Candidates, TitleWords Overlap, Bylines Bylines, double[] RuleScores);

    /// <summary>
    /// An article's header is its headline, then who wrote it and when ("By Jane Doe", "Updated
    /// March 3, 2025"): a heading-like line that a byline or a dateline follows closely, and that is
    /// not itself part of the byline.
    /// </summary>
    private static bool IsAboveByline(IReadOnlyList<TextBlock> blocks, int i, Bylines bylines, TextRules rules) =>
        HasBylineBelow(i, bylines, rules) && !IsPartOfByline(blocks[i], bylines.IsMetaLine(i));

    /// <summary>A byline or a dateline is among the few lines under the block.</summary>
    internal static bool HasBylineBelow(int headline, Bylines bylines, TextRules rules)
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
    internal sealed class Bylines(IReadOnlyList<TextBlock> blocks)
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

    /// <summary>The share of digits among the line's letters and digits (0 when it has none).</summary>
    internal static double DigitShare(string text)
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

        return alphanumerics == 0 ? 0 : (double)digits / alphanumerics;
    }

    /// <summary>The block could be the title; the measures stages 3 to 7 took are asked first, the text read last.</summary>
    private static bool IsHeadingLike(TextBlock block) =>
        block.Kind is null
        && !block.LinkLike
        && !block.InBody
        && block.Repeats <= MaxRepeats
        && !EndsWithPeriod(block.Clean)
        && (block.Words is >= MinWords and <= MaxWords || IsUnspacedTitle(block))
        && DigitShare(block.Clean) <= MaxDigitShare;

    /// <summary>A title in a script written without spaces (Chinese, Japanese): one long "word" of weighted characters.</summary>
    private static bool IsUnspacedTitle(TextBlock block) =>
        block.Words > 0 && block.Length >= MinUnspacedLength && block.Clean.IndexOf(' ') < 0 && block.Length > block.Clean.Length;

    internal static bool EndsWithPeriod(string text) => text.Length > 0 && text[^1] is '.' or '。' or ':' or ',';
}
