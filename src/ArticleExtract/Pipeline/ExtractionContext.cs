namespace ArticleExtract.Pipeline;

/// <summary>
/// The state of one extraction: made inside each call, never shared, dropped at its end.
/// Stages read the settings from it and record what they removed in it.
/// </summary>
internal sealed class ExtractionContext
{
    private readonly List<BoilerplateBlock> _boilerplate = [];

    public ExtractionContext(ExtractionOptions options, Uri? baseUrl, CancellationToken cancellationToken)
    {
        Options = options;
        BaseUrl = baseUrl;
        CancellationToken = cancellationToken;
    }

    public ExtractionOptions Options { get; }

    /// <summary>The caller's base URL for relative links, if any.</summary>
    public Uri? BaseUrl { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Set while an attempt works on the parsed page's own body: every detachment and move is recorded in it.</summary>
    public Html.UndoLog? Undo { get; set; }

    /// <summary>The blocks removed so far, in the order they were removed.</summary>
    public IReadOnlyList<BoilerplateBlock> Boilerplate => _boilerplate;

    /// <summary>Records a removed block; blank text is not recorded.</summary>
    public void RecordBoilerplate(BoilerplateKind kind, string text)
    {
        if (!Options.ReportBoilerplate)
        {
            return;
        }

        var normalized = Output.TextNormalizer.CollapseWhitespace(text);
        if (normalized.Length > 0)
        {
            _boilerplate.Add(new BoilerplateBlock(kind, normalized));
        }
    }

    /// <summary>Records a removed block whose text is already collapsed and normalised; empty text is not recorded.</summary>
    public void RecordCollapsedBoilerplate(BoilerplateKind kind, string normalized)
    {
        if (Options.ReportBoilerplate && normalized.Length > 0)
        {
            _boilerplate.Add(new BoilerplateBlock(kind, normalized));
        }
    }

    /// <summary>Replaces the recorded blocks, when a stage re-orders them into page order.</summary>
    public void ReplaceBoilerplate(IEnumerable<BoilerplateBlock> blocks)
    {
        var copy = blocks.ToList();
        _boilerplate.Clear();
        _boilerplate.AddRange(copy);
    }

    public void ThrowIfCancellationRequested() => CancellationToken.ThrowIfCancellationRequested();
}
