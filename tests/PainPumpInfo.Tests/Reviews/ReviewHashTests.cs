using System.Security.Cryptography;
using System.Text;
using PainPumpInfo.Content;
using PainPumpInfo.Content.Loading;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Rendering;
using PainPumpInfo.Content.Rendering.Glossary;

namespace PainPumpInfo.Tests.Reviews;

/// <summary>The review hash covers exactly the reviewed text: title, description, body and sources, and nothing else.</summary>
public sealed class ReviewHashTests
{
    private static readonly ArticleParser Parser = new(new MarkdownRenderer(), 100_000);

    private const string Page = """
        ---
        title: Refilling your pump
        description: What happens at a refill visit.
        section: living-with-a-pump
        order: 3
        last_reviewed: 2026-11-01
        sources:
          - key: makers-guide
            title: Maker's guide
            url: https://example.org/guide
          - key: label
            title: The label
            url: https://example.org/label
        related: [risks]
        ---

        A nurse refills the pump [@makers-guide].

        It takes a few minutes [@label].
        """;

    private static string HashOf(string file)
    {
        var bytes = Encoding.UTF8.GetBytes(file);
        var parsed = Parser.Parse("topic/page.md", bytes, ContentHash.Of(bytes), GlossaryLinker.Empty);
        Assert.True(parsed.Article is not null, string.Join("\n", parsed.Diagnostics));
        return parsed.Article.ReviewHash;
    }

    [Fact]
    public void The_hash_is_sha256_of_each_reviewed_field_with_its_name_and_length()
    {
        // Written out here, independently of the site's code: every recorded review depends on this exact form.
        static string Field(string name, string value) => $"{name} {value.Length}\n{value}\n";
        var canonical = Field("title", "Refilling your pump") + Field("description", "What happens at a refill visit.")
            + Field("body", "A nurse refills the pump [@makers-guide].\n\nIt takes a few minutes [@label].")
            + Field("source-key", "makers-guide") + Field("source-title", "Maker's guide") + Field("source-url", "https://example.org/guide")
            + Field("source-key", "label") + Field("source-title", "The label") + Field("source-url", "https://example.org/label");
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

        Assert.Equal(expected, HashOf(Page));
        Assert.True(ReviewHash.IsWellFormed(expected));
    }

    [Theory]
    [InlineData("title: Refilling your pump", "title: Refilling your pumps")]
    [InlineData("description: What happens at a refill visit.", "description: What happens at a refill.")]
    [InlineData("A nurse refills the pump", "A nurse fills the pump")]
    [InlineData("It takes a few minutes", "It takes a few hours")]
    [InlineData("key: label", "key: pump-label")]
    [InlineData("title: The label", "title: The old label")]
    [InlineData("url: https://example.org/label", "url: https://example.org/label-2024")]
    [InlineData("[@label].", "[@label].\n\nA new paragraph.")]
    public void Changing_any_reviewed_text_changes_the_hash(string original, string edited)
    {
        Assert.Contains(original, Page);
        Assert.NotEqual(HashOf(Page), HashOf(Page.Replace(original, edited)));
    }

    [Fact]
    public void Reordering_the_sources_changes_the_hash_because_readers_see_them_numbered_in_that_order()
    {
        var first = "  - key: makers-guide\n    title: Maker's guide\n    url: https://example.org/guide\n";
        var reordered = Page.Replace(first, "") .Replace("related:", first + "related:");
        Assert.NotEqual(HashOf(Page), HashOf(reordered));
    }

    [Theory]
    [InlineData("order: 3", "order: 4")]
    [InlineData("section: living-with-a-pump", "section: risks")]
    [InlineData("last_reviewed: 2026-11-01", "last_reviewed: 2027-02-01")]
    [InlineData("related: [risks]", "related: [risks, refills]\naliases: [/old-refills]\nnext_review: 2027-01-01\ndraft: true")]
    [InlineData("title: Refilling your pump", "title: \"Refilling your pump\"")]
    [InlineData("description: What happens at a refill visit.", "description: >-\n  What happens at a\n  refill visit.")]
    [InlineData("[@label].", "[@label].\n\n\n   \n")]
    [InlineData("---\n\nA nurse", "---\n\n\n\nA nurse")]
    public void Editing_anything_that_is_not_reviewed_text_keeps_the_hash(string original, string edited)
    {
        Assert.Contains(original, Page);
        Assert.Equal(HashOf(Page), HashOf(Page.Replace(original, edited)));
    }

    [Fact]
    public void Windows_line_ends_and_a_byte_order_mark_keep_the_hash()
    {
        Assert.Equal(HashOf(Page), HashOf("\uFEFF" + Page.Replace("\n", "\r\n")));
    }
}
