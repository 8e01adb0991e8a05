using System.IO.Hashing;
using System.Text;

namespace PainPumpInfo.Content;

/// <summary>
/// The site's one short hash: of a file's bytes (to tell a real change from a touch), of a whole snapshot (its
/// version) and of an address (in its ETag). The same on every run and machine, unlike string.GetHashCode.
/// </summary>
/// <remarks>
/// Not cryptographic, on purpose: it runs over every file on every re-scan and for every page answered, and
/// nothing here needs to resist someone who wants a collision (whoever can write content can change it anyway).
/// </remarks>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexString(XxHash3.Hash(bytes));

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));
}
