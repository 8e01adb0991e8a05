using System.Security.Cryptography;
using System.Text;

namespace PainPumpInfo.Content;

/// <summary>
/// The site's one short hash: of a file's bytes (to tell a real change from a touch), of a whole snapshot (its
/// version) and of an address (in its ETag). The same on every run and machine, unlike string.GetHashCode.
/// </summary>
public static class ContentHash
{
    public static string Of(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes))[..16];

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));
}
