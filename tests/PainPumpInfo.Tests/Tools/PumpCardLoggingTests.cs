using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Tools;

/// <summary>
/// Nothing a patient types into the pump card form reaches a log, at any level: every category is turned up to
/// Trace and every entry (message, structured values, exception, scopes) is searched for what was sent.
/// </summary>
public sealed class PumpCardLoggingTests : IDisposable
{
    private readonly TempContent content = TempContent.CopyOfShipped();

    public void Dispose() => content.Dispose();

    [Fact]
    public async Task The_values_of_a_posted_card_appear_in_no_log_entry_at_any_level()
    {
        var logs = new CapturedLogs();
        var everythingAtTrace = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Trace",
        };
        using var factory = new SiteFactory(content.Path, settings: everythingAtTrace);
        using var logged = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(logs);
        }));
        var client = logged.CreateClient();
        // Made-up values no page or log would hold by chance, in every field of the form; sent once good and once
        // with a wrong medicine, so that the error path is covered too.
        (string Field, string Value)[] typed =
        [
            ("name", "Zebedee Quillfeather"),
            ("pump_name", "Pumpmodel Xq7741"),
            ("other_medicines", "Medicine Wq8812"),
            ("dose", "Dose Kv5530"),
            ("clinic", "Clinic Hq2209"),
            ("clinic_phone", "555-867-5309"),
            ("contact_name", "Contact Jr4471"),
            ("contact_phone", "555-246-8013"),
            ("refill_date", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        ];

        foreach (var (medicines, status) in new[] { ("baclofen", HttpStatusCode.OK), ("not-a-medicine", HttpStatusCode.BadRequest) })
        {
            using var body = new FormUrlEncodedContent(typed.Append(("medicines", medicines)).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
            var response = await client.PostAsync("/my-pump-card", body);
            Assert.Equal(status, response.StatusCode);
            Assert.Contains("Zebedee Quillfeather", await response.Content.ReadAsStringAsync());
        }

        var entries = logs.Entries;
        // The capture works at the lowest levels and sees these very requests.
        Assert.Contains(entries, e => e.Level == LogLevel.Trace);
        Assert.Contains(entries, e => e.Level == LogLevel.Debug && e.Text.Contains("/my-pump-card"));
        foreach (var (field, value) in typed.Append(("medicines", "not-a-medicine")))
        {
            var leaks = entries.Where(e => e.Text.Contains(value, StringComparison.OrdinalIgnoreCase)).ToArray();
            Assert.True(leaks.Length == 0, $"'{field}' was logged: {string.Join("\n", leaks.Select(l => $"{l.Category} {l.Level}: {l.Text}"))}");
        }
    }
}
