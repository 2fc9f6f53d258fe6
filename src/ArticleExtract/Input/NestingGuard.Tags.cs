using System.Collections.Frozen;

namespace ArticleExtract.Input;

/// <summary>The tag names the guard's model knows, with what it needs to know about each (the HTML standard's lists).</summary>
internal sealed partial class NestingGuard
{
    /// <summary>What the model needs to know about a tag name.</summary>
    [Flags]
    internal enum TagKind
    {
        None = 0,
        Void = 1 << 0,
        Structural = 1 << 1,
        RawText = 1 << 2,
        Plaintext = 1 << 3,
        Formatting = 1 << 4,
        ClosesParagraph = 1 << 5,
        ListItem = 1 << 6,
        DefinitionItem = 1 << 7,
        Cell = 1 << 8,
        Row = 1 << 9,
        Section = 1 << 10,
        Heading = 1 << 11,
        Option = 1 << 12,
        SelfNesting = 1 << 13,
        Form = 1 << 14,
        DefaultScope = 1 << 15,
        ButtonScope = 1 << 16,
        ListScope = 1 << 17,
        Marker = 1 << 18,
        Foreign = 1 << 19,
    }

    /// <summary>The tag names the model knows, by hash.</summary>
    internal static class Tags
    {
        public const ulong Seed = 14695981039346656037UL;

        public static readonly ulong P = Hash("p");
        public static readonly ulong Li = Hash("li");
        public static readonly ulong Dd = Hash("dd");
        public static readonly ulong Dt = Hash("dt");
        public static readonly ulong Td = Hash("td");
        public static readonly ulong Th = Hash("th");
        public static readonly ulong Tr = Hash("tr");
        public static readonly ulong Table = Hash("table");
        public static readonly ulong Tbody = Hash("tbody");
        public static readonly ulong Thead = Hash("thead");
        public static readonly ulong Tfoot = Hash("tfoot");

        private static readonly FrozenDictionary<ulong, TagKind> Kinds = Build();

        private static readonly FrozenDictionary<ulong, string> FormattingNames =
            "a b big code em font i nobr s small strike strong tt u".Split(' ').ToFrozenDictionary(Hash, name => name);

        public static TagKind KindOf(ulong name) => Kinds.GetValueOrDefault(name);

        /// <summary>The name of a formatting element, to write its end tag.</summary>
        public static string? NameOf(ulong name) => FormattingNames.GetValueOrDefault(name);

        public static ulong Step(ulong hash, char c) => (hash ^ c) * 1099511628211UL;

        /// <summary>Mixes the FNV hash so that its high half (used for names in identities) is well spread.</summary>
        public static ulong Finish(ulong hash) => hash ^ (hash >> 29) ^ (hash << 32);

        public static ulong Hash(string name)
        {
            var hash = Seed;
            foreach (var c in name)
            {
                hash = Step(hash, c);
            }

            return Finish(hash);
        }

        private static FrozenDictionary<ulong, TagKind> Build()
        {
            var kinds = new Dictionary<ulong, TagKind>();
            void Add(string names, TagKind kind)
            {
                foreach (var name in names.Split(' '))
                {
                    var key = Hash(name);
                    kinds[key] = kinds.GetValueOrDefault(key) | kind;
                }
            }

            // The HTML standard's lists (13.1.2 elements, 13.2.6 tree construction).
            Add("area base basefont bgsound br col embed hr img image input keygen link meta param source track wbr frame", TagKind.Void);
            Add("html head body frameset", TagKind.Structural);
            Add("script style textarea title xmp iframe noembed noframes", TagKind.RawText);
            Add("plaintext", TagKind.Plaintext);
            Add("a b big code em font i nobr s small strike strong tt u", TagKind.Formatting);
            Add("address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing li dd dt table", TagKind.ClosesParagraph);
            Add("li", TagKind.ListItem);
            Add("dd dt", TagKind.DefinitionItem);
            Add("td th", TagKind.Cell);
            Add("tr", TagKind.Row);
            Add("tbody thead tfoot", TagKind.Section);
            Add("h1 h2 h3 h4 h5 h6", TagKind.Heading);
            Add("option optgroup", TagKind.Option);
            Add("a nobr button p", TagKind.SelfNesting);
            Add("form", TagKind.Form);
            Add("applet caption html table td th marquee object template", TagKind.DefaultScope);
            Add("button", TagKind.ButtonScope);
            Add("ol ul", TagKind.ListScope);
            Add("applet marquee object template td th caption", TagKind.Marker);
            Add("svg math", TagKind.Foreign);
            return kinds.ToFrozenDictionary();
        }
    }
}
