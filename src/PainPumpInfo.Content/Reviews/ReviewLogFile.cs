using System.Globalization;
using System.Text;
using PainPumpInfo.Content.Loading;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Reviews;

/// <summary>
/// Adds a review to content/reviews.yml by appending text to its end. Records already there are never read back and
/// written again, so nothing but the new lines can change: the file stays a trustworthy log, and a merge of two
/// people's reviews is two appended blocks.
/// </summary>
public static class ReviewLogFile
{
    /// <summary>What a new reviews.yml starts with, so staff who open it know what it is.</summary>
    public const string Header = """
        # Clinical reviews of the site's pages, oldest first. Each one is added by the review command:
        #   dotnet run --project src/PainPumpInfo.Web -- review ROUTE --by KEY --note "what you checked"
        # A review names the page (route), the reviewer (a key under reviewers: in site.yml), the date, and the hash of
        # the text that was reviewed. A page shows its newest review only while its title, description, text and
        # sources still match that hash. Fix mistakes here if you must, but never change a hash: see content/README.md.


        """;

    public static string PathIn(string contentPath) => Path.Combine(contentPath, ReviewLogParser.FileName);

    /// <summary>One record as YAML, each field on its own line; the note is always quoted, so any text is safe in it.</summary>
    public static string Format(ReviewRecord review, string newline = "\n")
    {
        var lines = new List<string>
        {
            $"- route: {review.Route}",
            $"  reviewer: {review.ReviewerKey}",
            $"  date: {review.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
            $"  hash: {review.Hash}",
        };
        if (review.Note.Length > 0) lines.Add($"  note: {DoubleQuoted(review.Note)}");
        return string.Join(newline, lines) + newline;
    }

    /// <summary>Appends the record to the end of the file (created, with its header, when missing), in the file's own line ends.</summary>
    public static void Append(string contentPath, ReviewRecord review)
    {
        using var file = new FileStream(PathIn(contentPath), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        var existing = new byte[file.Length];
        file.ReadExactly(existing);
        var text = Encoding.UTF8.GetString(existing);
        var newline = text.Contains("\r\n") ? "\r\n" : "\n";

        var addition = new StringBuilder();
        if (text.Length == 0) addition.Append(Header.Replace("\n", newline));
        else if (!text.EndsWith('\n')) addition.Append(newline);
        addition.Append(Format(review, newline));

        file.Seek(0, SeekOrigin.End);
        file.Write(Encoding.UTF8.GetBytes(addition.ToString()));
        file.Flush(flushToDisk: true);
    }

    /// <summary>A YAML double-quoted scalar: backslashes, quotes, line breaks and other control characters escaped.</summary>
    public static string DoubleQuoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }
}
