using System.Collections.Frozen;

namespace ArticleExtract.Metadata;

/// <summary>The title's vocabulary (<c>metadata.txt</c>): what names a page in general rather than its headline.</summary>
internal sealed partial class MetadataVocabulary
{
    /// <summary>A page's generic names ("Home", "Shop", "Jobs"): a title's part that says only this is no headline.</summary>
    public FrozenSet<string> GenericPageNames => Set("generic-page-name");

    /// <summary>The text, its surrounding marks and spaces aside, is only a page's generic name ("Home", "Shop").</summary>
    public bool IsGenericPageName(string text) =>
        GenericPageNames.Contains(Output.TextNormalizer.CollapseWhitespace(text.Trim().Trim('.', ':', '|', '-', '»')));
}
