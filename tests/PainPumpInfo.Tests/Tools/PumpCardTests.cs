using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Tools;

/// <summary>
/// /my-pump-card: a form that works without JavaScript; POST answers with the patient's wallet card and the sheet for
/// emergency staff, whose signs, notes, naloxone facts and phone lines come from content/emergency-signs.yml with
/// their sources; bad input gets the form again with what to fix.
/// </summary>
public sealed class PumpCardTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    private static readonly string InAMonth = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<(HttpResponseMessage Response, IDocument Page)> Post(params (string Name, string Value)[] fields)
    {
        using var body = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        var response = await site.Client.PostAsync("/my-pump-card", body);
        return (response, Html.Parse(await response.Content.ReadAsStringAsync()));
    }

    private static (string, string)[] Filled(params string[] medicines) =>
    [
        ("name", "Avery Quinn"),
        ("pump_name", "Example Pump 3000"),
        .. medicines.Select(m => ("medicines", m)),
        ("dose", "2000 mcg/mL, 400 mcg a day"),
        ("clinic", "Riverside Pump Clinic"),
        ("clinic_phone", "(555) 010-0199"),
        ("refill_date", InAMonth),
        ("contact_name", "Sam Quinn"),
        ("contact_phone", "555-0123"),
    ];

    private static IReadOnlyList<string> SignsOnSheet(IDocument page) =>
        page.QuerySelectorAll(".emergency-sheet .sheet-signs li").Select(li => Html.Text(li.Clone() is IElement copy ? WithoutCitations(copy) : li)).ToArray();

    private static IElement WithoutCitations(IElement element)
    {
        foreach (var citation in element.QuerySelectorAll(".citation").ToArray()) citation.Remove();
        return element;
    }

    [Fact]
    public async Task The_form_posts_to_itself_without_javascript_or_an_antiforgery_token_and_every_input_has_a_label()
    {
        var (response, page) = await site.Get("/my-pump-card");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        PageAssert.Disclaimers(page);
        var form = page.QuerySelector("main form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/my-pump-card", form.GetAttribute("action"));
        Assert.Empty(form.QuerySelectorAll("input[type=hidden]"));
        Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json'])"));
        foreach (var input in form.QuerySelectorAll("input"))
            Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
    }

    [Fact]
    public async Task The_medicines_to_pick_are_those_of_the_emergency_signs_file()
    {
        var (_, page) = await site.Get("/my-pump-card");

        var offered = page.QuerySelectorAll("main form input[name=medicines]").Select(i => i.GetAttribute("value")).ToArray();
        Assert.Equal(EmergencySignsOracle.Medicines().Select(m => m.Key), offered);
    }

    [Fact]
    public async Task The_pump_models_to_pick_are_those_of_the_pumps_file_and_a_pump_not_listed_can_be_typed()
    {
        var (_, page) = await site.Get("/my-pump-card");

        var pumps = PumpsOracle.Shipped();
        var options = page.QuerySelectorAll("main form select[name=pump_model] option").ToArray();
        Assert.Equal(pumps.ModelKeys.Prepend(""), options.Select(o => o.GetAttribute("value")));
        Assert.All(pumps.ModelKeys, key => Assert.Contains(pumps.Name(key), Html.Text(options.Single(o => o.GetAttribute("value") == key))));
        Assert.NotNull(page.QuerySelector("label[for=pump_model]"));
        Assert.NotNull(page.QuerySelector("main form input[name=pump_name]"));
    }

    [Fact]
    public async Task A_picked_model_is_named_on_the_card_and_the_sheet_gives_its_MRI_rule_its_sources_and_its_makers_phone_lines()
    {
        var pumps = PumpsOracle.Shipped();
        var key = pumps.ModelKeys.First(k => pumps.FactText(k, "mri") is not null);

        var (response, page) = await Post(("pump_model", key), ("medicines", "baclofen"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(pumps.Name(key), Html.Text(page.QuerySelector(".card-front")));
        var mri = page.QuerySelector(".emergency-sheet .sheet-mri")!;
        Assert.Equal(pumps.FactText(key, "mri"), Html.Text(WithoutCitations((IElement)mri.Clone())));
        var citedUrls = mri.QuerySelectorAll(".citation a")
            .Select(a => page.GetElementById(a.GetAttribute("href")!.TrimStart('#'))!.QuerySelector("a.source-link")!.GetAttribute("href"));
        Assert.Equal(pumps.FactSources(key, "mri").Select(k => pumps.Sources.Single(s => s.Key == k).Url), citedUrls);
        var calls = Html.Text(page.QuerySelector(".sheet-calls"));
        var forMaker = EmergencySignsOracle.ContactNamesFor(pumps.Maker(key));
        foreach (var (name, _) in EmergencySignsOracle.Contacts())
            Assert.Equal(forMaker.Contains(name), calls.Contains(name));
    }

    [Fact]
    public async Task Without_a_picked_model_the_sheet_says_the_MRI_rules_differ_by_model_and_to_call_the_clinic()
    {
        var (_, page) = await Post(("pump_name", "Example Pump 3000"), ("medicines", "baclofen"));

        Assert.Contains("Example Pump 3000", Html.Text(page.QuerySelector(".card-front")));
        Assert.Null(page.QuerySelector(".emergency-sheet .sheet-mri"));
        Assert.Contains("The rules differ by pump model", Html.Text(page.QuerySelector(".emergency-sheet")));
    }

    [Fact]
    public async Task A_site_without_a_pumps_file_asks_for_the_pump_as_free_text()
    {
        using var content = TempContent.CopyOfShipped();
        File.Delete(Path.Combine(content.Path, "pumps.yml"));
        using var factory = new SiteFactory(content.Path);

        var page = Html.Parse(await factory.Browser().GetStringAsync("/my-pump-card"));

        Assert.Null(page.QuerySelector("main form select"));
        Assert.Equal("Your pump's make and model (optional)", Html.Text(page.QuerySelector("label[for=pump_name]")));
    }

    [Fact]
    public async Task The_page_says_nothing_typed_is_stored_logged_or_cached()
    {
        var (_, page) = await site.Get("/my-pump-card");

        var privacy = Html.Text(page.QuerySelector("main"));
        Assert.Contains("not stored, not logged and not kept in any cache", privacy);
        Assert.Contains("no cookie is set", privacy);
    }

    [Fact]
    public async Task The_form_page_offers_a_blank_card_and_sheet_with_every_medicines_signs_to_fill_in_by_hand()
    {
        var (_, page) = await site.Get("/my-pump-card");

        var blank = page.QuerySelector(".blank-forms")!;
        Assert.NotNull(blank.QuerySelector(".wallet-card.card-front"));
        Assert.NotNull(blank.QuerySelector(".wallet-card.card-back"));
        Assert.Equal(4, blank.QuerySelectorAll(".crop").Length / 2);
        Assert.All(blank.QuerySelectorAll(".card-front dd"), dd => Assert.Equal("", dd.TextContent.Trim()));
        var sheet = Html.Text(blank.QuerySelector(".emergency-sheet"));
        foreach (var list in EmergencySignsOracle.Medicines().SelectMany(m => m.Lists))
            Assert.Contains(list.Title, sheet);
    }

    [Fact]
    public async Task A_filled_form_answers_with_the_card_showing_what_was_typed()
    {
        var (response, page) = await Post(Filled("baclofen"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        PageAssert.Disclaimers(page);
        var front = Html.Text(page.QuerySelector(".card-front"));
        var back = Html.Text(page.QuerySelector(".card-back"));
        Assert.Contains("Avery Quinn", front);
        Assert.Contains("Example Pump 3000", front);
        Assert.Contains("Baclofen", front);
        Assert.Contains("2000 mcg/mL, 400 mcg a day", front);
        Assert.Contains("Riverside Pump Clinic", back);
        Assert.Contains("(555) 010-0199", back);
        Assert.Contains(DateOnly.ParseExact(InAMonth, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMMM d, yyyy", CultureInfo.InvariantCulture), back);
        Assert.Contains("Sam Quinn", back);
        Assert.Null(page.QuerySelector(".blank-forms"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task The_sheet_lists_the_signs_and_notes_of_the_chosen_medicines_from_the_data_file_and_no_others()
    {
        var (_, page) = await Post(Filled("baclofen", "clonidine"));

        var medicines = EmergencySignsOracle.Medicines();
        var chosen = medicines.Where(m => m.Key is "baclofen" or "clonidine").ToArray();
        var expected = chosen.SelectMany(m => m.Lists).SelectMany(l => l.Signs).ToArray();
        Assert.Equal(expected, SignsOnSheet(page));
        var sheet = Html.Text(page.QuerySelector(".emergency-sheet"));
        foreach (var list in chosen.SelectMany(m => m.Lists)) Assert.Contains(list.Title, sheet);
        foreach (var note in chosen.SelectMany(m => m.Notes)) Assert.Contains(note, sheet);
        foreach (var list in medicines.Except(chosen).SelectMany(m => m.Lists)) Assert.DoesNotContain(list.Title, sheet);
    }

    [Fact]
    public async Task The_sheet_says_what_naloxone_does_and_does_not_reverse_and_where_to_call()
    {
        var (_, page) = await Post(Filled("morphine"));

        var naloxone = Html.Text(page.QuerySelector(".sheet-naloxone"));
        foreach (var text in EmergencySignsOracle.Naloxone("reverses").Concat(EmergencySignsOracle.Naloxone("does_not_reverse")))
            Assert.Contains(text, naloxone);
        var calls = Html.Text(page.QuerySelector(".sheet-calls"));
        Assert.Contains("Riverside Pump Clinic, (555) 010-0199", calls);
        Assert.Contains("Sam Quinn, 555-0123", calls);
        foreach (var (name, phone) in EmergencySignsOracle.Contacts())
        {
            Assert.Contains(name, calls);
            Assert.Contains(phone, calls);
        }
    }

    [Fact]
    public async Task Every_citation_on_the_sheet_links_to_its_source_in_the_sheets_own_list_and_back()
    {
        var (_, page) = await Post(Filled("baclofen", "morphine", "ziconotide", "clonidine"));

        var sheet = page.QuerySelector(".emergency-sheet")!;
        var sources = EmergencySignsOracle.Sources();
        var links = sheet.QuerySelectorAll(".citation a").ToArray();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var entry = page.GetElementById(link.GetAttribute("href")!.TrimStart('#'));
            Assert.NotNull(entry);
            Assert.Equal("LI", entry!.TagName);
            Assert.True(sheet.Contains(entry), "the source list is on the sheet itself");
            var number = entry.ParentElement!.Children.Index(entry) + 1;
            Assert.Equal(number.ToString(CultureInfo.InvariantCulture), link.TextContent);
            var url = entry.QuerySelector("a.source-link")!.GetAttribute("href");
            Assert.Contains(url, sources.Values);
        }
        foreach (var back in sheet.QuerySelectorAll(".sheet-sources .back-to-text"))
            Assert.NotNull(page.GetElementById(back.GetAttribute("href")!.TrimStart('#')));
        Assert.Equal(page.QuerySelectorAll("[id]").Length, page.QuerySelectorAll("[id]").Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task A_medicine_typed_in_is_on_the_card_and_the_sheet_says_it_has_no_signs_for_it()
    {
        var (response, page) = await Post(("other_medicines", "Bupivacaine"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bupivacaine", Html.Text(page.QuerySelector(".card-front")));
        Assert.Empty(SignsOnSheet(page));
        Assert.Contains("no warning signs for this medicine", Html.Text(page.QuerySelector(".emergency-sheet")));
    }

    [Fact]
    public async Task The_filled_card_is_never_stored_or_cached_and_sets_no_cookie()
    {
        var (first, firstPage) = await Post(Filled("baclofen"));
        var (second, secondPage) = await Post(("name", "Robin Ash"), ("medicines", "morphine"));

        foreach (var response in new[] { first, second })
        {
            Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
            Assert.False(response.Headers.CacheControl?.Public == true);
            Assert.Null(response.Headers.ETag);
            Assert.False(response.Headers.Contains("Set-Cookie"), "no cookie");
            Assert.Equal(["same-origin"], response.Headers.GetValues("Cross-Origin-Opener-Policy"));
        }
        // The second answer is built from its own request, not served from a cache of the first.
        Assert.Contains("Robin Ash", Html.Text(secondPage.QuerySelector(".card-front")));
        Assert.DoesNotContain("Avery Quinn", Html.Text(secondPage.QuerySelector("main")));
        Assert.Contains("Avery Quinn", Html.Text(firstPage.QuerySelector(".card-front")));
        Assert.False((await site.Client.GetAsync("/my-pump-card")).Headers.Contains("Set-Cookie"));
    }

    /// <summary>A form body, the field its error belongs to ("medicines" stands for the first medicine's checkbox), and the message.</summary>
    public static TheoryData<string, string, string> BadInput() => new()
    {
        { "name=Avery", "medicines", "Choose the medicine in your pump" },
        { "medicines=aspirin", "medicines", "Choose medicines from the list" },
        { "medicines=baclofen&pump_model=acme-9000", "pump_model", "Choose a pump from the list" },
        { "medicines=baclofen&name=" + new string('x', 81), "name", "Keep it to 80 characters or fewer" },
        { "medicines=baclofen&clinic_phone=call+me+maybe", "clinic_phone", "Enter a phone number" },
        { "medicines=baclofen&contact_phone=12", "contact_phone", "Enter a phone number" },
        { "medicines=baclofen&refill_date=next+Tuesday", "refill_date", "Enter the date as year-month-day" },
        { "medicines=baclofen&refill_date=2020-01-01", "refill_date", "That date has passed." },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_gets_the_form_again_with_a_clear_message_next_to_its_field_and_a_400(string body, string field, string message)
    {
        var fields = body.Split('&').Select(pair => pair.Split('=')).Select(kv => (kv[0], Uri.UnescapeDataString(kv[1].Replace('+', ' ')))).ToArray();
        var (response, page) = await Post(fields);
        var errorField = field == "medicines" ? "medicine-" + EmergencySignsOracle.Medicines()[0].Key : field;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        PageAssert.Disclaimers(page);
        var summary = page.QuerySelector(".error-summary");
        Assert.NotNull(summary);
        var link = summary!.QuerySelectorAll("a").Single(a => Html.Text(a).Contains(message));
        Assert.Equal("#" + errorField, link.GetAttribute("href"));
        var input = page.GetElementById(errorField);
        Assert.NotNull(input);
        Assert.Contains(message, Html.Text(input!.Closest(".field")?.QuerySelector(".error-message")));
        Assert.StartsWith("Error:", page.Title);
        Assert.Null(page.QuerySelector(".is-filled"));
        // What was typed is kept (cut to its length), so nothing has to be typed again.
        foreach (var (name, value) in fields.Where(f => f.Item1 is not ("medicines" or "pump_model")))
            Assert.Equal(value[..Math.Min(value.Length, 80)], page.QuerySelector($"main form [name={name}]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task What_was_typed_is_shown_escaped_never_run()
    {
        var (response, page) = await Post(("name", "<script>alert(1)</script>"), ("pump_name", "<img src=x onerror=alert(1)>"), ("medicines", "baclofen"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll("main script, main img"));
        Assert.Contains("<script>alert(1)</script>", Html.Text(page.QuerySelector(".card-front")));
    }

    [Fact]
    public async Task A_body_that_is_too_big_or_not_a_form_never_causes_a_server_error()
    {
        using var huge = new FormUrlEncodedContent([new("name", new string('x', 200_000)), new("medicines", "baclofen")]);
        var tooBig = await site.Client.PostAsync("/my-pump-card", huge);
        using var json = new StringContent("{\"name\":\"x\"}", System.Text.Encoding.UTF8, "application/json");
        var notAForm = await site.Client.PostAsync("/my-pump-card", json);
        var many = await site.Client.PostAsync("/my-pump-card", new FormUrlEncodedContent(Enumerable.Range(0, 500).Select(i => new KeyValuePair<string, string>("medicines", "m" + i))));

        foreach (var response in new[] { tooBig, notAForm, many })
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_get_405_saying_the_card_takes_get_and_post(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/my-pump-card") { Content = new StringContent("x=1") };
        var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow.Order());
    }
}
