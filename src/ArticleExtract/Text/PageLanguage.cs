using System.Collections.Frozen;
using ArticleExtract.Metadata;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Text;

/// <summary>
/// Stage 2: the page's language, by the one stopword detector (<see cref="Language.FromStopwordMasks"/>)
/// over the words stage 2 has read, so that stopword density can tell prose from lists of names.
/// </summary>
internal static class PageLanguage
{
    /// <summary>The stopwords of the page's language, or null when no list fits it.</summary>
    public static FrozenSet<string>? Stopwords(IReadOnlyList<TextBlock> blocks, BoilerplateVocabulary vocabulary) =>
        Detect(blocks, vocabulary) is { } language ? vocabulary.Stopwords[language] : null;

    /// <summary>The code (BCP 47, as the stopword lists are named: "en", "de") of the page's language, or null when no list fits it.</summary>
    public static string? Detect(IReadOnlyList<TextBlock> blocks, BoilerplateVocabulary vocabulary) =>
        Detect(PageWords.Read(blocks, vocabulary, CancellationToken.None));

    /// <summary>The language of the page whose words were read, or null when no list fits it.</summary>
    public static string? Detect(PageWords words) => Language.FromStopwordMasks(words.Masks, words.Languages);
}
