namespace PainPumpInfo.Web.Tools;

/// <summary>One thing to fix in a form, shown in the error summary and next to its field.</summary>
/// <param name="Field">The id of the input at fault, which the summary links to.</param>
public sealed record FormError(string Field, string Message);
