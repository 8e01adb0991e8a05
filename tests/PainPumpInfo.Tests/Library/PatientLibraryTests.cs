using PainPumpInfo.Content;
using PainPumpInfo.Tests.Support;
using PainPumpInfo.Web.Commands;

namespace PainPumpInfo.Tests.Library;

/// <summary>The shipped library covers every topic a pump patient asks about, and meets the editorial rules.</summary>
public sealed class PatientLibraryTests
{
    /// <summary>The topics issues #9 and #14 list, by the route that covers each.</summary>
    public static TheoryData<string, string> Topics() => new()
    {
        { "what an IDDS is", "understanding-the-therapy/what-is-an-idds" },
        { "how it works and why the dose is so small", "understanding-the-therapy/how-it-works" },
        { "fixed-rate and programmable pumps", "understanding-the-therapy/pump-types" },
        { "the patient therapy manager", "understanding-the-therapy/patient-therapy-manager" },
        { "conditions it is used for", "understanding-the-therapy/conditions-treated" },
        { "results and what to expect", "understanding-the-therapy/results-and-expectations" },
        { "who is a candidate", "deciding/who-is-a-candidate" },
        { "questions to ask your care team", "deciding/questions-to-ask" },
        { "other treatments, named and compared fairly", "deciding/other-treatments" },
        { "costs and insurance", "deciding/costs-and-insurance" },
        { "a decision aid: is a pump right for me", "deciding/is-a-pump-right-for-me" },
        { "children and teenagers with a pump", "getting-a-pump/children-and-teenagers" },
        { "pregnancy and breastfeeding", "medicines/pregnancy-and-breastfeeding" },
        { "stopping therapy, removal and replacement", "living-with-a-pump/stopping-and-removal" },
        { "end of life and cancer pain", "understanding-the-therapy/cancer-pain-and-end-of-life" },
        { "for emergency staff and caregivers", "risks/for-emergency-staff-and-caregivers" },
        { "recalls, safety notices and reporting a problem", "risks/recalls-and-reporting" },
        { "daily life: bathing, driving, sex, heat", "living-with-a-pump/daily-life" },
        { "the trial", "getting-a-pump/the-trial" },
        { "the implant surgery and recovery", "getting-a-pump/implant-surgery-and-recovery" },
        { "medicines overview and the FDA warning", "medicines/overview" },
        { "morphine", "medicines/morphine" },
        { "ziconotide", "medicines/ziconotide" },
        { "baclofen", "medicines/baclofen" },
        { "hydromorphone, fentanyl, bupivacaine, clonidine", "medicines/other-medicines" },
        { "risks: surgical, device, drug", "risks/risks-and-complications" },
        { "granuloma", "risks/granuloma" },
        { "overdose and withdrawal", "risks/overdose-and-withdrawal" },
        { "refills", "living-with-a-pump/refills" },
        { "alarms", "living-with-a-pump/alarms" },
        { "battery and pump replacement", "living-with-a-pump/battery-and-replacement" },
        { "MRI and other procedures", "living-with-a-pump/mri-and-medical-procedures" },
        { "travel, airport security and flying", "living-with-a-pump/travel" },
        { "sports, scuba and hyperbaric pressure", "living-with-a-pump/sports-scuba-and-pressure" },
        { "the ID card and telling every doctor and dentist", "living-with-a-pump/id-card-and-your-doctors" },
        { "FAQ", "faq" },
    };

    private static readonly ContentSnapshot Shipped = new ContentLoader(new ContentOptions(RepoPaths.Content)).Load();

    [Theory]
    [MemberData(nameof(Topics))]
    public void Every_listed_topic_has_a_published_article(string topic, string route)
    {
        var article = Shipped.Find(route);
        Assert.True(article is not null, $"no article for '{topic}' at /{route}");
        Assert.False(article.FrontMatter.Draft);
    }

    [Fact]
    public void Check_passes_on_the_shipped_content_with_no_errors_and_no_warnings()
    {
        var (exit, lines) = Checking.Run(RepoPaths.Content);

        Assert.True(exit == 0 && lines.Length == 1, string.Join('\n', lines));
        Assert.EndsWith("0 error(s), 0 warning(s)", lines[0].Trim());
    }

    [Theory]
    [MemberData(nameof(ArticleFiles))]
    public void Every_article_has_real_sources_review_dates_no_invented_reviewer_and_plain_language(string file)
    {
        var front = FrontMatterOracle.Read(file);
        var article = Shipped.Files[file].Article!;

        Assert.True(front.ContainsKey("last_reviewed"));
        Assert.False(front.ContainsKey("reviewed_by"), "no clinician has reviewed the shipped articles yet: never invent one");
        Assert.NotEmpty(article.FrontMatter.Sources);
        // Addresses exactly as the fact sheet gives them: some publishers are only listed at http://.
        Assert.All(article.FrontMatter.Sources, s => Assert.Matches("^https?://", s.Url));
        Assert.InRange(article.Body.Grade, 0, 8.0);
    }

    [Fact]
    public void The_risk_articles_say_when_to_call_911()
    {
        foreach (var route in new[] { "risks/risks-and-complications", "risks/overdose-and-withdrawal" })
        {
            var page = Html.Parse(Shipped.Find(route)!.Body.Html);
            var urgent = page.QuerySelectorAll(".callout-urgent");
            Assert.Contains(urgent, callout => Html.Text(callout).Contains("911"));
        }
    }

    [Fact]
    public void The_glossary_defines_the_medical_terms_patients_meet()
    {
        var terms = Shipped.Glossary.Select(t => t.Term.ToLowerInvariant()).ToHashSet();
        foreach (var term in new[] { "intrathecal", "cerebrospinal fluid", "catheter", "bolus", "granuloma", "spasticity", "complex regional pain syndrome" })
            Assert.Contains(terms, t => t.StartsWith(term));
    }

    public static TheoryData<string> ArticleFiles() => new(RepoPaths.ArticleFiles());
}
