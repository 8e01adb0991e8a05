namespace PainPumpInfo.Content.Model.Emergency;

/// <summary>
/// A short list of warning signs and the one thing to do, as the articles' boxes show it
/// (<c>:::emergency-signs KEY</c>) and the emergency sheet lists it.
/// </summary>
/// <param name="Callout">How urgent: the box it is shown in, <c>urgent</c> (act now) or <c>warning</c> (call the care team).</param>
/// <param name="Action">The one instruction that closes the box, e.g. "Call 911 now."</param>
public sealed record SignList(string Key, SignKind Kind, string Callout, string Title, IReadOnlyList<Sign> Signs, string Action);
