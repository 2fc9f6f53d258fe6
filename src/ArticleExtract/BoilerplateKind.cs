namespace ArticleExtract;

/// <summary>Why a block of the page was left out of the article body.</summary>
public enum BoilerplateKind
{
    /// <summary>Anything not covered by a more specific kind.</summary>
    Other = 0,

    /// <summary>An advertisement, a sponsored block or an advertisement marker such as "- Advertisement -".</summary>
    Advertisement,

    /// <summary>A weather widget (a temperature, a city).</summary>
    Weather,

    /// <summary>"Related articles", "Recent articles", "Most popular", "Read more" and the headline lists under them.</summary>
    Related,

    /// <summary>Menus, breadcrumbs, pagination and other site navigation.</summary>
    Navigation,

    /// <summary>Share and follow bars, share counts.</summary>
    Share,

    /// <summary>Newsletter and subscription prompts.</summary>
    Newsletter,

    /// <summary>Cookie and consent notices.</summary>
    CookieNotice,

    /// <summary>Comments, comment counts and comment forms.</summary>
    Comments,

    /// <summary>A label left without its value, such as a bare "Published:" or "Tags:".</summary>
    EmptyLabel,

    /// <summary>A placeholder left by a script or lazy loader, such as "Loading..." or "spot_img".</summary>
    Placeholder,

    /// <summary>A copyright line, a site footer or legal links.</summary>
    Footer,

    /// <summary>An author box, a byline or a dateline that belongs to the metadata, not the body.</summary>
    Byline,

    /// <summary>An image credit or caption standing alone outside the body.</summary>
    ImageCredit,

    /// <summary>A page title or headline repeated outside the body.</summary>
    Title,
}
