using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Browser;

/// <summary>
/// The patient tools in real Chromium: the forms work with JavaScript off, the filled card passes axe, and on
/// paper the wallet card has the ISO/IEC 7810 ID-1 size (85.60 × 53.98 mm) and the emergency sheet keeps to one page.
/// </summary>
public sealed partial class ToolPagesBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    /// <summary>85.60 mm and 53.98 mm in CSS pixels, at 96 to the inch.</summary>
    private const double CardWidth = 85.60 / 25.4 * 96, CardHeight = 53.98 / 25.4 * 96;

    private static readonly string InAMonth = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Fills the card form as a patient would and sends it, with the medicines given (all when none are).</summary>
    private static async Task SubmitCard(IPage page, params string[] medicines)
    {
        var form = page.Locator("main form.tool-form");
        await form.GetByLabel("Your name (optional)").FillAsync("Avery Quinn");
        await form.GetByLabel("Your pump's make and model (optional)").FillAsync("Example Pump 3000");
        var boxes = form.Locator("input[name=medicines]");
        for (var i = 0; i < await boxes.CountAsync(); i++)
        {
            var value = await boxes.Nth(i).GetAttributeAsync("value") ?? "";
            if (medicines.Length == 0 || Array.IndexOf(medicines, value) >= 0) await boxes.Nth(i).CheckAsync();
        }
        await form.GetByLabel("The clinic that manages your pump (optional)").FillAsync("Riverside Pump Clinic");
        await form.GetByLabel("The clinic's phone number (optional)").FillAsync("(555) 010-0199");
        await form.GetByLabel("Next refill date (optional)").FillAsync(InAMonth);
        await form.GetByRole(AriaRole.Button, new() { Name = "Make my card and sheet" }).ClickAsync();
        await page.WaitForSelectorAsync(".is-filled");
    }

    private static async Task<IPage> FilledCard(IBrowserContext context, Uri baseAddress, int width, params string[] medicines)
    {
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, 800);
        await page.GotoAsync(new Uri(baseAddress, "/my-pump-card").ToString());
        await SubmitCard(page, medicines);
        return page;
    }

    private static async Task AssertCardsAtRealSize(IPage page)
    {
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        foreach (var side in new[] { ".card-front", ".card-back" })
        {
            var box = await page.Locator(side).First.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(Math.Abs(box.Width - CardWidth) <= 0.5, $"{side} is {box.Width:0.00}px wide on paper, not {CardWidth:0.00}px (85.60 mm)");
            Assert.True(Math.Abs(box.Height - CardHeight) <= 0.5, $"{side} is {box.Height:0.00}px high on paper, not {CardHeight:0.00}px (53.98 mm)");
        }
    }

    [Fact]
    public async Task With_javascript_off_the_card_form_sends_and_shows_the_card_and_sets_no_cookie()
    {
        var context = await site.Require().NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await FilledCard(context, site.BaseAddress, 1280, "baclofen");

        Assert.Contains("Avery Quinn", await page.Locator(".card-front").InnerTextAsync());
        Assert.Contains("Riverside Pump Clinic", await page.Locator(".card-back").InnerTextAsync());
        Assert.True(await page.Locator(".emergency-sheet").IsVisibleAsync());
        Assert.Empty(await context.CookiesAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task With_javascript_off_the_refill_form_downloads_the_calendar_file()
    {
        var context = await site.Require().NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseAddress, "/refill-reminder").ToString());
        await page.GetByLabel("Date of your next refill").FillAsync(InAMonth);
        await page.GetByLabel("How many days before the refill to remind you").FillAsync("3");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download the calendar file" }).ClickAsync());

        Assert.Equal($"pump-refill-{InAMonth}.ics", download.SuggestedFilename);
        Assert.Contains($"date={InAMonth}&days=3", download.Url);
        var calendar = Ical.Net.Calendar.Load(await File.ReadAllTextAsync((await download.PathAsync())!))!;
        Assert.Equal(InAMonth, calendar.Events.Single().Start!.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(await context.CookiesAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_filled_card_and_sheet_have_no_axe_violations_at_375px_and_1280px()
    {
        var context = await site.Require().NewContextAsync();
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await FilledCard(context, site.BaseAddress, width);
            await AxeAssert.NoViolations(page, width);
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"the filled card page is {scrollWidth}px wide at {width}px");
            await page.CloseAsync();
        }
        await context.CloseAsync();
    }

    [Fact]
    public async Task Printed_the_filled_card_has_the_id_1_size_front_and_back()
    {
        var context = await site.Require().NewContextAsync();
        var page = await FilledCard(context, site.BaseAddress, 1280, "baclofen", "clonidine");

        await AssertCardsAtRealSize(page);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Printed_the_form_page_leaves_the_form_out_and_gives_the_blank_card_at_its_real_size_and_the_blank_sheet()
    {
        var page = await site.Open("/my-pump-card", 1280);

        await AssertCardsAtRealSize(page);
        Assert.False(await page.Locator("main form").IsVisibleAsync(), "the form is not printed");
        Assert.True(await page.Locator(".blank-forms .emergency-sheet").IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Complementary, new() { Name = "Medical disclaimer" }).IsVisibleAsync());
        Assert.Equal(8, await page.Locator(".blank-forms .crop").CountAsync());
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("Letter")]
    [InlineData("A4")]
    public async Task Printed_with_every_medicine_the_sheet_for_emergency_staff_keeps_to_one_page_after_the_card(string paper)
    {
        var context = await site.Require().NewContextAsync();
        var page = await FilledCard(context, site.BaseAddress, 1280);

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = paper });

        Assert.Equal(2, PageCount(pdf));
        await context.CloseAsync();
    }

    [Fact]
    public async Task Printed_the_blank_card_and_sheet_take_two_pages()
    {
        var page = await site.Open("/my-pump-card", 1280);

        Assert.Equal(2, PageCount(await page.PdfAsync(new PagePdfOptions { Format = "Letter" })));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Printed_the_refill_reminder_leaves_the_form_out_and_keeps_the_refill_log()
    {
        var page = await site.Open("/refill-reminder", 1280);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator("main form").IsVisibleAsync());
        Assert.True(await page.Locator(".refill-log table").IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Complementary, new() { Name = "Medical disclaimer" }).IsVisibleAsync());
        Assert.Equal(1, PageCount(await page.PdfAsync(new PagePdfOptions { Format = "Letter" })));
        await page.CloseAsync();
    }

    /// <summary>Pages in a PDF as Chromium writes it: one <c>/Type /Page</c> object each (the tree is <c>/Pages</c>).</summary>
    private static int PageCount(byte[] pdf) => PageObject().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageObject();
}
