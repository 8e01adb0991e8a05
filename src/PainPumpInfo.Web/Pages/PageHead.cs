using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace PainPumpInfo.Web.Pages;

/// <summary>What the shared layout needs from a page for its head and header: set once by each page, typed.</summary>
/// <param name="Description">The meta description and the Open Graph description.</param>
public sealed record PageHead(string Description)
{
    /// <summary>The page's own title; null on the home page, whose title is the site's name and tagline.</summary>
    public string? Title { get; init; }

    /// <summary>The address search engines should index; null means the address requested.</summary>
    public string? CanonicalPath { get; init; }

    public string OpenGraphType { get; init; } = "website";

    /// <summary>A robots meta value ("noindex") for pages kept out of search results; such pages get no canonical address.</summary>
    public string? Robots { get; init; }

    /// <summary>What the search box shows, on the search page.</summary>
    public string? SearchQuery { get; init; }

    public bool IsIndexed => Robots?.Contains("noindex", StringComparison.OrdinalIgnoreCase) != true;
}

public static class PageHeadViewData
{
    private const string Key = nameof(PageHead);

    public static void SetHead(this ViewDataDictionary viewData, PageHead head) => viewData[Key] = head;

    public static PageHead? Head(this ViewDataDictionary viewData) => viewData[Key] as PageHead;
}
