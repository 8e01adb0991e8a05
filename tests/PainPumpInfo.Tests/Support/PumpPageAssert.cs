using AngleSharp.Dom;

namespace PainPumpInfo.Tests.Support;

/// <summary>What every page showing pump facts must get right, checked against the file itself.</summary>
public static class PumpPageAssert
{
    public const string Unknown = "Not known — ask your care team";

    /// <summary>
    /// Every citation is a numbered link to an entry of the page's own source list (under an h2 "Sources"), and the
    /// number is that entry's place in the list.
    /// </summary>
    public static void CitationsResolve(IDocument page)
    {
        var list = page.QuerySelectorAll("section.sources").SingleOrDefault();
        Assert.NotNull(list);
        Assert.Equal("Sources", Html.Text(list.QuerySelector("h2")));
        var entries = list.QuerySelectorAll("ol > li").ToArray();
        var links = page.QuerySelectorAll("sup.citation a").ToArray();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var target = link.GetAttribute("href")!;
            Assert.StartsWith("#", target);
            var entry = entries.FirstOrDefault(li => li.Id == target[1..]);
            Assert.True(entry is not null, $"citation {target} has no entry in the source list");
            Assert.Equal((Array.IndexOf(entries, entry) + 1).ToString(), Html.Text(link));
        }
        Assert.Equal(page.QuerySelectorAll("[id]").Count(), page.QuerySelectorAll("[id]").Select(e => e.Id).Distinct().Count());
    }

    /// <summary>A value cell says the file's text and cites exactly the file's sources, or says in words that it is not known.</summary>
    public static void Cell(IElement cell, string? text, IReadOnlyList<string> sources, IReadOnlyList<(string Key, string Title, string Url)> catalogSources, IDocument page)
    {
        var shown = Html.Text(cell);
        if (text is null)
        {
            Assert.Equal(Unknown, shown.TrimEnd('.'));
            Assert.Empty(cell.QuerySelectorAll("sup.citation"));
            return;
        }
        Assert.Contains(Html.Normalise(text), shown);
        var cited = cell.QuerySelectorAll("sup.citation a").Select(a => a.GetAttribute("href")![1..]).ToArray();
        Assert.Equal(sources.Select(k => "source-" + k), cited);
        foreach (var key in sources)
        {
            var entry = page.GetElementById("source-" + key);
            Assert.NotNull(entry);
            var (_, title, url) = catalogSources.Single(s => s.Key == key);
            var anchor = entry.QuerySelector("a.source-link")!;
            Assert.Equal(url, anchor.GetAttribute("href"));
            Assert.Equal(title, Html.Text(anchor));
        }
    }

    /// <summary>An embedded table of one fact: a row per model, in the file's order, each value as in the file.</summary>
    public static void FactTable(IElement region, PumpsOracle pumps, string fact, IDocument page)
    {
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.False(string.IsNullOrWhiteSpace(region.GetAttribute("aria-label")));
        var rows = region.QuerySelectorAll("tbody tr").ToArray();
        Assert.Equal(pumps.ModelKeys.Count, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var model = pumps.ModelKeys[i];
            var heading = rows[i].QuerySelector("th[scope=row]")!;
            Assert.Equal("/pumps/" + model, heading.QuerySelector("a")?.GetAttribute("href"));
            Assert.Contains(pumps.Name(model), Html.Text(heading));
            Cell(rows[i].QuerySelector("td")!, pumps.FactText(model, fact), pumps.FactSources(model, fact), pumps.Sources, page);
        }
    }
}
