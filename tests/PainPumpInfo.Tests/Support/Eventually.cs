using System.Diagnostics;

namespace PainPumpInfo.Tests.Support;

/// <summary>Polls until a condition holds, for changes that arrive through file watching.</summary>
public static class Eventually
{
    /// <summary>Generous so a busy CI machine does not flake; reloads normally land within a few hundred ms.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    public static async Task True(Func<Task<bool>> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Deadline)
        {
            if (await condition()) return;
            await Task.Delay(50);
        }
        Assert.Fail($"not seen within {Deadline.TotalSeconds} s: {what}");
    }
}
