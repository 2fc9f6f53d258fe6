using System.Collections.Frozen;

namespace ArticleExtract.Metadata;

/// <summary>The vocabulary of the author readers (<c>metadata.txt</c>'s authors group), apart from the rest.</summary>
internal sealed partial class MetadataVocabulary
{
    /// <summary>JSON-LD @type values of the page itself ("WebPage"), whose author a page without an article object may name.</summary>
    public FrozenSet<string> PageObjectTypes => Set("page-object-type");

    /// <summary>JSON-LD @type values of a person ("Person").</summary>
    public FrozenSet<string> PersonTypes => Set("person-type");

    /// <summary>Keys of a post's author in a tag manager's data layer ("pagePostAuthor").</summary>
    public FrozenSet<string> DataLayerAuthorKeys => Set("data-layer-author-key");

    /// <summary>Keys of the post's type in the same data layer ("pagePostType").</summary>
    public FrozenSet<string> DataLayerTypeKeys => Set("data-layer-type-key");

    /// <summary>Post types of a data layer whose author writes the page ("post", "page"; not a shop's "product").</summary>
    public FrozenSet<string> DataLayerPostTypes => Set("data-layer-post-type");
}
