using System.Collections.Frozen;
using AngleSharp.Dom;
using ArticleExtract.Html;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Profiles;

/// <summary>
/// A block a profile drops only inside another one (profiles.txt "drop-inside KIND WORD CONTAINER"):
/// on a question-and-answer page the remarks under a question or an answer are named "comments",
/// as a thread's own posts are on other forums; inside a block named a question or an answer
/// they are the post's comments, not a post. Immutable.
/// </summary>
internal sealed class InnerDrop(BoilerplateKind kind, FrozenSet<string> containers)
{
    /// <summary>The kind the dropped block is recorded as.</summary>
    public BoilerplateKind Kind { get; } = kind;

    /// <summary>The class and id words of the blocks inside which it is dropped.</summary>
    public FrozenSet<string> Containers { get; } = containers;

    /// <summary>Whether an ancestor of <paramref name="element"/> below or at <paramref name="content"/> has one of the container words in its class or id.</summary>
    public bool IsInside(IElement element, IElement content)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            var names = MarkupAttributes.Of(parent);
            if (NameWords.Contains(names.Class, Containers) || NameWords.Contains(names.Id, Containers))
            {
                return true;
            }

            if (parent == content)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Reads one "drop-inside KIND WORD CONTAINER" entry into <paramref name="drops"/> (a word's containers accumulate).</summary>
    /// <exception cref="FormatException">A missing part or an unknown kind.</exception>
    internal static void Add(Dictionary<string, InnerDrop> drops, VocabularyEntry entry)
    {
        var parts = entry.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 4 || !Enum.TryParse<BoilerplateKind>(parts[1], ignoreCase: true, out var kind))
        {
            throw new FormatException($"profiles.txt:{entry.Line}: '{entry.Text}': expected 'drop-inside KIND WORD CONTAINER'.");
        }

        var containers = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { parts[3] };
        if (drops.TryGetValue(parts[2], out var known))
        {
            if (known.Kind != kind)
            {
                throw new FormatException($"profiles.txt:{entry.Line}: '{parts[2]}' is dropped inside other blocks as another kind.");
            }

            containers.UnionWith(known.Containers);
        }

        drops[parts[2]] = new InnerDrop(kind, containers.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }
}
