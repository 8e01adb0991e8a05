using System.Globalization;
using System.Net;
using PainPumpInfo.Tests.Support;
using PainPumpInfo.Web.Tools;

namespace PainPumpInfo.Tests.Tools;

/// <summary>
/// /refill-reminder: a form (no JavaScript) that downloads /refill-reminder.ics, an RFC 5545 file read back here
/// with Ical.Net; any bad input gets the form again with what to fix, never a 500; nothing is stored.
/// </summary>
public sealed class RefillReminderTests(FixedClockSite site) : IClassFixture<FixedClockSite>
{
    /// <summary>The site's "today": the earliest date anywhere on Earth, so a date is never refused as past where it is not.</summary>
    private static readonly DateOnly Today = RefillDate.EarliestToday(FixedClockSite.Clock);

    /// <summary>Well inside the range the form accepts.</summary>
    private static readonly DateOnly InAMonth = Today.AddDays(30);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_form_asks_for_the_date_and_days_and_sends_them_to_the_calendar_file_with_get()
    {
        var (response, page) = await site.Get("/refill-reminder");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        PageAssert.Disclaimers(page);
        var form = page.QuerySelector("main form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/refill-reminder.ics", form.GetAttribute("action"));
        Assert.Equal("date", form.QuerySelector("input[name=date]")?.GetAttribute("type"));
        Assert.Equal("7", form.QuerySelector("input[name=days]")?.GetAttribute("value"));
        foreach (var input in form.QuerySelectorAll("input"))
            Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
        Assert.Empty(page.QuerySelectorAll(".error-summary, .error-message"));
    }

    [Fact]
    public async Task The_page_warns_that_some_calendar_apps_ignore_reminders_and_offers_a_printable_refill_log()
    {
        var (_, page) = await site.Get("/refill-reminder");
        var main = Html.Text(page.QuerySelector("main"));

        Assert.Contains("Some calendar apps ignore reminders", main);
        var log = page.QuerySelector(".refill-log table")!;
        Assert.Contains("Date of refill", Html.Text(log.QuerySelector("thead")));
        Assert.True(log.QuerySelectorAll("tbody tr").Length >= 10, "room to write a year of refills");
        Assert.Contains("We do not keep the date you enter", main);
    }

    [Fact]
    public async Task A_good_date_downloads_a_calendar_file_with_the_all_day_refill_and_a_reminder_days_before()
    {
        var response = await site.Client.GetAsync($"/refill-reminder.ics?date={Iso(InAMonth)}&days=5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".ics", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("2.0", calendar.Version);
        var refill = Assert.Single(calendar.Events);
        Assert.False(string.IsNullOrWhiteSpace(refill.Uid));
        Assert.NotNull(refill.DtStamp);
        Assert.Contains("refill", refill.Summary, StringComparison.OrdinalIgnoreCase);
        Assert.False(refill.Start!.HasTime, "an all-day event: the visit's time is not known");
        Assert.Equal(InAMonth, refill.Start.Date);
        Assert.Equal(InAMonth.AddDays(1), refill.End!.Date);

        var alarm = Assert.Single(refill.Alarms);
        Assert.Equal("DISPLAY", alarm.Action);
        Assert.False(string.IsNullOrWhiteSpace(alarm.Description));
        Assert.True(alarm.Trigger!.IsRelative);
        Assert.NotEqual("END", alarm.Trigger.Related);
        // Ical.Net's own evaluator adds only whole days to a date-only start, so the moment is worked out here:
        // midnight at the start of the refill day, plus the (negative) trigger.
        var fires = refill.Start.Value + alarm.Trigger.Duration!.Value.ToTimeSpanUnspecified();
        Assert.Equal(InAMonth.AddDays(-5).ToDateTime(new TimeOnly(9, 0)), fires);
    }

    [Fact]
    public async Task A_reminder_one_day_before_comes_at_nine_the_morning_before()
    {
        var response = await site.Client.GetAsync($"/refill-reminder.ics?date={Iso(InAMonth)}&days=1");

        var refill = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!.Events.Single();
        var fires = refill.Start!.Value + refill.Alarms.Single().Trigger!.Duration!.Value.ToTimeSpanUnspecified();
        Assert.Equal(InAMonth.AddDays(-1).ToDateTime(new TimeOnly(9, 0)), fires);
    }

    [Fact]
    public async Task Without_days_the_reminder_comes_a_week_before()
    {
        var response = await site.Client.GetAsync($"/refill-reminder.ics?date={Iso(InAMonth)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refill = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!.Events.Single();
        var fires = refill.Start!.Value + refill.Alarms.Single().Trigger!.Duration!.Value.ToTimeSpanUnspecified();
        Assert.Equal(InAMonth.AddDays(-7).ToDateTime(new TimeOnly(9, 0)), fires);
    }

    [Fact]
    public async Task The_calendar_file_and_its_error_page_are_never_stored_and_set_no_cookie()
    {
        foreach (var url in new[] { $"/refill-reminder.ics?date={Iso(InAMonth)}&days=3", "/refill-reminder.ics?date=nonsense" })
            for (var i = 0; i < 2; i++)
            {
                var response = await site.Client.GetAsync(url);
                Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: Cache-Control: no-store");
                Assert.False(response.Headers.CacheControl?.Public == true, url);
                Assert.Null(response.Headers.ETag);
                Assert.False(response.Headers.Contains("Set-Cookie"), url);
            }
    }

    public static TheoryData<string, string, string> BadInput()
    {
        return new TheoryData<string, string, string>
        {
            { "", "days=7", "Enter the date of your next refill." },
            { "date=", "days=7", "Enter the date of your next refill." },
            { "date=2027-13-45", "days=7", "Enter the date as year-month-day" },
            { "date=15%2F03%2F2027", "days=7", "Enter the date as year-month-day" },
            { "date=" + Iso(Today.AddDays(-3)), "days=7", "That date has passed." },
            { "date=" + Iso(Today.AddYears(3)), "days=7", "Enter a date within the next year." },
            { "date=" + Iso(Today.AddDays(30)), "days=0", "a whole number from 1 to 60" },
            { "date=" + Iso(Today.AddDays(30)), "days=-2", "a whole number from 1 to 60" },
            { "date=" + Iso(Today.AddDays(30)), "days=2.5", "a whole number from 1 to 60" },
            { "date=" + Iso(Today.AddDays(30)), "days=lots", "a whole number from 1 to 60" },
            { "date=" + Iso(Today.AddDays(30)), "days=61", "a whole number from 1 to 60" },
            { "date=" + Iso(Today.AddDays(30)), "days=99999999999999999999", "a whole number from 1 to 60" },
            { "date=" + Iso(Today.AddDays(10)), "days=20", "so enter 10 or fewer" },
        };
    }

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_gets_the_form_again_with_a_clear_message_and_a_400(string date, string days, string message)
    {
        var response = await site.Client.GetAsync($"/refill-reminder.ics?{date}&{days}");
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        PageAssert.Disclaimers(page);
        var summary = page.QuerySelector(".error-summary");
        Assert.NotNull(summary);
        Assert.Contains(message, Html.Text(summary));
        // Each message links to its field, which says what is wrong too.
        var field = summary!.QuerySelector("a")!.GetAttribute("href")!.TrimStart('#');
        var input = page.GetElementById(field)!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains(message, Html.Text(input.ParentElement!.QuerySelector(".error-message")));
        Assert.StartsWith("Error:", page.Title);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.NotNull(page.QuerySelector("form[action='/refill-reminder.ics']"));
    }

    [Fact]
    public async Task What_was_typed_is_shown_again_escaped_and_cut_short_never_run()
    {
        var typed = "<script>alert(1)</script>" + new string('x', 5000);
        var response = await site.Client.GetAsync("/refill-reminder.ics?date=" + Uri.EscapeDataString(typed) + "&days=" + Uri.EscapeDataString("<b>7</b>"));
        var html = await response.Content.ReadAsStringAsync();
        var page = Html.Parse(html);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll("main script, main b"));
        var value = page.QuerySelector("input[name=date]")!.GetAttribute("value")!;
        Assert.StartsWith("<script>", value);
        Assert.True(value.Length <= 40, "the echo is cut short");
        Assert.Equal("<b>7</b>", page.QuerySelector("input[name=days]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Repeated_and_odd_query_parameters_never_cause_a_server_error()
    {
        foreach (var query in new[] { "date=2027-01-01&date=2027-02-02", "days=3&days=4", "date=%00", "date=%E0%A4%A", "x=1" })
        {
            var response = await site.Client.GetAsync("/refill-reminder.ics?" + query);
            Assert.True((int)response.StatusCode is 200 or 400, $"{query}: {(int)response.StatusCode}");
        }
    }
}
