using ArticleExtract.Vocabulary;

namespace ArticleExtract.Text;

/// <summary>
/// What the training project (<c>tools/ArticleExtract.Training</c>, <c>--title</c>) calls to get a
/// page's title candidates: the text stages 1 to 7 as an extraction runs them, then the candidate
/// lines of stage 8 with their feature vectors (<see cref="TitleFeatures"/>).
/// </summary>
internal static class TitleTrainingHook
{
    /// <summary>Each candidate line of the text (its words as the title would give them) with its features, and which one the rule picks (-1 for none).</summary>
    public static (List<(string Line, float[] Features)> Candidates, int RulePick) CandidatesOf(string text)
    {
        var rules = TextRules.Shared;
        var (blocks, words, bodyStart) = Stages(text);
        if (bodyStart < 0)
        {
            return ([], -1);
        }

        var page = TitleFinder.Read(blocks, words, bodyStart, rules);
        var vectors = TitleFeatures.Of(blocks, bodyStart, page.Candidates, page.Overlap, page.Bylines, page.RuleScores, rules);
        var count = TitleFeatures.Names.Count;
        var result = new List<(string, float[])>();
        var pick = -1;
        for (var c = 0; c < page.Candidates.Count; c++)
        {
            result.Add((Output.TextNormalizer.CollapseWhitespace(blocks[page.Candidates[c]].Clean), vectors[(c * count)..((c + 1) * count)]));
            if (!double.IsNaN(page.RuleScores[c]) && (pick < 0 || page.RuleScores[c] > page.RuleScores[pick]))
            {
                pick = c;
            }
        }

        return (result, pick);
    }

    /// <summary>The text stages 1 to 7, as <see cref="Pipeline.TextPipeline"/> runs them: the blocks, their words, and where the body starts (-1 for none).</summary>
    internal static (List<TextBlock> Blocks, PageWords Words, int BodyStart) Stages(string text)
    {
        var blocks = TextBlocks.Split(MarkdownSyntax.ToPlain(text, TextRules.Shared), CancellationToken.None);
        var words = PageWords.Read(blocks, BoilerplateVocabulary.Shared, CancellationToken.None);
        BlockFeatures.Measure(blocks, words, PageLanguage.Detect(words), CancellationToken.None);
        KnownBoilerplate.Mark(blocks, words, BoilerplateVocabulary.Shared);
        BlockClassifier.Classify(blocks);
        ContextRevision.Revise(blocks);
        var (bodyStart, _, _) = BodyChoice.Select(blocks, TextRules.Shared);
        return (blocks, words, bodyStart);
    }
}
