using System.Text;
using PainPumpInfo.Content;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Hardening;

/// <summary>
/// Content is not trusted: pathological files load within a bound (a guard against hangs, not a speed
/// target) and are either rendered or refused with a clear diagnostic, while other pages keep working.
/// </summary>
public sealed class HostileContentTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly TempContent content = TempContent.WithSiteSettings();

    public HostileContentTests()
    {
        content.Write("basics/good.md", Articles.Valid("Good page"));
    }

    private async Task<(ContentSnapshot Snapshot, IReadOnlyList<Diagnostic> Problems)> Load(string file, byte[] bytes)
    {
        content.WriteBytes(file, bytes);
        var snapshot = await Task.Run(() => new ContentLoader(new ContentOptions(content.Path)).Load()).WaitAsync(Bound);
        Assert.NotNull(snapshot.Find("basics/good"));
        return (snapshot, snapshot.DiagnosticsFor(file));
    }

    private static byte[] Article(string body) => Encoding.UTF8.GetBytes(Articles.Valid("Hostile", body));

    public static TheoryData<string, string> PathologicalBodies() => new()
    {
        { "nested brackets", new string('[', 10_000) },
        { "nested block quotes", string.Concat(Enumerable.Repeat("> ", 10_000)) + "deep" },
        { "nested list items", string.Join("\n", Enumerable.Range(0, 10_000).Select(i => new string(' ', Math.Min(i, 40) * 2) + "- item")) },
        { "unclosed emphasis", string.Concat(Enumerable.Repeat("*a _b ", 8_000)) },
        { "unclosed links", string.Concat(Enumerable.Repeat("[a](b ", 8_000)) },
        { "empty link openers", string.Concat(Enumerable.Repeat("[](", 8_000)) },
    };

    [Theory]
    [MemberData(nameof(PathologicalBodies))]
    public async Task A_pathological_body_is_rendered_or_refused_with_a_diagnostic(string kind, string body)
    {
        var (snapshot, problems) = await Load("basics/hostile.md", Article(body));

        var served = snapshot.Find("basics/hostile") is not null;
        Assert.True(served || problems.Any(p => p.IsError), $"{kind}: neither served nor reported");
    }

    [Fact]
    public async Task A_10_MB_file_is_refused_with_the_size_limit_in_the_message()
    {
        var (snapshot, problems) = await Load("basics/huge.md", Article(new string('a', 10 * 1024 * 1024)));

        Assert.Null(snapshot.Find("basics/huge"));
        Assert.Contains(problems, p => p.IsError && p.Message.Contains("the limit is 100 KB"));
    }

    [Fact]
    public async Task A_yaml_alias_bomb_is_refused_with_a_diagnostic_that_names_the_aliases()
    {
        // Every documented field is valid, so nothing but the aliases can be the problem. Expanded, e holds 9^5 nodes.
        var bomb = Articles.Valid("Bomb", extra: "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n" +
            "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]");
        var (snapshot, problems) = await Load("basics/bomb.md", Encoding.UTF8.GetBytes(bomb));

        var problem = Assert.Single(problems);
        Assert.True(problem.IsError);
        Assert.Contains("aliases", problem.Message);
        Assert.Equal(9, problem.Line); // the first anchor, &a
        Assert.Equal(4, problem.Column);
        Assert.Null(snapshot.Find("basics/bomb"));
    }

    [Fact]
    public async Task A_yaml_alias_in_front_matter_is_refused_even_when_it_would_be_small()
    {
        var (_, problems) = await Load("basics/alias.md", Encoding.UTF8.GetBytes(
            Articles.Valid("Alias", extra: "section: &s basics\nrelated: [*s]")));

        Assert.Contains(problems, p => p.IsError && p.Message.Contains("aliases"));
    }

    [Fact]
    public async Task Deeply_nested_yaml_is_refused_with_a_diagnostic()
    {
        var yaml = "---\ntitle: " + new string('[', 5_000) + new string(']', 5_000) + "\n---\nBody";
        var (_, problems) = await Load("basics/deep.md", Encoding.UTF8.GetBytes(yaml));

        Assert.Contains(problems, p => p.IsError && p.Message.Contains("nested"));
    }

    [Fact]
    public async Task A_binary_file_named_md_is_refused_as_not_text()
    {
        var (_, problems) = await Load("basics/picture.md", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);

        Assert.Contains(problems, p => p.IsError && p.Message.Contains("not text"));
    }

    [Fact]
    public async Task A_byte_order_mark_and_windows_line_ends_are_read_normally_with_true_line_numbers()
    {
        var text = Articles.Valid("Windows file", "## Part\n\n#### Skipped").Replace("\n", "\r\n");
        var (snapshot, problems) = await Load("basics/windows.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        Assert.Equal("Windows file", snapshot.Find("basics/windows")?.Title);
        var warning = Assert.Single(problems);
        Assert.Equal(14, warning.Line);
    }

    public void Dispose() => content.Dispose();
}
