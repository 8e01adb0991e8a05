using PainPumpInfo.Web.Hosting;

namespace PainPumpInfo.Tests.Editing;

/// <summary>Site:RescanSeconds: a number of seconds, or 0 / "off" for no periodic re-scan; anything else stops the start.</summary>
public sealed class RescanIntervalTests
{
    [Theory]
    [InlineData("10", 10.0)]
    [InlineData(" 2.5 ", 2.5)]
    public void A_number_is_seconds_between_rescans(string value, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), RescanInterval.Parse(value));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("off")]
    [InlineData("OFF")]
    public void Zero_or_off_turns_the_rescan_off(string value)
    {
        Assert.Null(RescanInterval.Parse(value));
    }

    [Theory]
    [InlineData("ten")]
    [InlineData("-1")]
    [InlineData("")]
    public void Anything_else_stops_the_start_with_a_message_naming_the_setting(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => RescanInterval.Parse(value));
        Assert.Contains("Site:RescanSeconds", error.Message);
    }
}
