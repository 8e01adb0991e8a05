using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
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

    /// <summary>
    /// Of many texts in order, hashed one after another rather than joined: a snapshot's version covers a thousand
    /// files, and joining them made a string big enough for the large-object heap at every re-scan.
    /// </summary>
    public static string OfAll(IEnumerable<string?> texts)
    {
        var hash = new XxHash3();
        Span<byte> length = stackalloc byte[sizeof(int)];
        foreach (var text in texts)
        {
            // Each text's length first, so ["ab", "c"] and ["a", "bc"] differ; a missing text differs from an empty one.
            BinaryPrimitives.WriteInt32LittleEndian(length, text?.Length ?? -1);
            hash.Append(length);
            hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        }
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>Of an address: its path and query are hashed where they lie, not joined first, since every page answered asks.</summary>
    public static ulong OfAddress(ReadOnlySpan<char> path, ReadOnlySpan<char> query) =>
        XxHash3.HashToUInt64(MemoryMarshal.AsBytes(query), seed: (long)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(path)));
}
