using AngleSharp.Dom;
using PainPumpInfo.Content;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Library;

/// <summary>
/// The safety rules of the clinical fact sheet, held over the whole shipped library: emergency signs sit in short
/// lists with one instruction, baclofen overdose is never left out where opioid overdose is listed, and claims
/// that no source supports never come back.
/// </summary>
public sealed class SafetyContentTests
{
    private static readonly ContentSnapshot Shipped = new ContentLoader(new ContentOptions(RepoPaths.Content)).Load();

    public static TheoryData<string> Routes() => new(Shipped.Articles.Keys.Order());

    private static IElement[] UrgentBoxes(string route) =>
        Html.Parse(Shipped.Find(route)!.Body.Html).QuerySelectorAll(".callout-urgent").ToArray();

    private static bool ListsSigns(IElement box, string what) =>
        box.QuerySelector("ul") is not null && Html.Text(box).Contains(what, StringComparison.OrdinalIgnoreCase);

    [Theory]
    [MemberData(nameof(Routes))]
    public void A_page_that_lists_opioid_overdose_signs_lists_baclofen_overdose_signs_too(string route)
    {
        var boxes = UrgentBoxes(route);
        if (!boxes.Any(b => ListsSigns(b, "opioid") || ListsSigns(b, "morphine overdose"))) return;

        Assert.True(boxes.Any(b => ListsSigns(b, "baclofen overdose")),
            $"/{route} lists opioid overdose signs in an emergency box but not the signs of a baclofen overdose");
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public void Emergency_boxes_are_a_short_list_of_signs_then_one_instruction_never_a_long_sentence(string route)
    {
        foreach (var box in UrgentBoxes(route))
        {
            var paragraphs = box.Children
                .Where(c => c.LocalName == "p" && !c.ClassList.Contains("callout-label"))
                .Select(Html.Text)
                .Where(t => t.Length > 0)
                .ToArray();
            Assert.All(paragraphs, p => Assert.True(p.Split(',').Length <= 4 && p.Length <= 220,
                $"/{route}: an emergency box reads like a long sentence of symptoms; list the signs instead: \"{p}\""));
            if (box.QuerySelector("ul") is { } list)
                Assert.All(list.QuerySelectorAll("li"), li => Assert.True(Html.Text(li).Length <= 160,
                    $"/{route}: each sign in an emergency list is short: \"{Html.Text(li)}\""));
        }
    }

    /// <summary>Claims the clinical review removed because no source supports them (facts.md changelog).</summary>
    [Theory]
    [InlineData("within 24 to 72 hours")]
    [InlineData("24–72 hours")]
    [InlineData("flights can change")]
    [InlineData("X-rays do not affect")]
    [InlineData("up to 74%")]
    [InlineData("94%")]
    [InlineData("1/300")]
    [InlineData("approved for use in the intrathecal space")]
    [InlineData("50 million")]
    [InlineData("goosebumps")]
    public void A_claim_no_source_supports_appears_nowhere_in_the_library(string claim)
    {
        var pages = Shipped.Articles.Values
            .Where(a => Html.Text(Html.Parse(a.Body.Html).Body).Contains(claim, StringComparison.OrdinalIgnoreCase)
                        || a.FrontMatter.Description.Contains(claim, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Route)
            .ToArray();
        var glossary = Shipped.Glossary.Where(t => t.Definition.Contains(claim, StringComparison.OrdinalIgnoreCase)).Select(t => t.Term);

        Assert.Empty(pages.Concat(glossary));
    }
}
