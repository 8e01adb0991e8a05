using System.Globalization;
using System.Runtime.CompilerServices;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Rendering;

namespace PainPumpInfo.Content.Validation;

/// <summary>The editorial rule that articles read at US grade 8 or below, graded on their prose.</summary>
public static class ReadingLevel
{
    public const double MaxGrade = 8.0;

    /// <summary>A body's text never changes, so its grade is worked out once, not on every snapshot's validation.</summary>
    private static readonly ConditionalWeakTable<RenderedBody, StrongBox<double>> Grades = [];

    public static double GradeOf(RenderedBody body) =>
        Grades.GetValue(body, b => new StrongBox<double>(ReadingGrade.Of(b.Prose))).Value;

    public static void Check(Article article, List<Diagnostic> diagnostics)
    {
        var grade = GradeOf(article.Body);
        if (grade > MaxGrade)
            diagnostics.Add(new Diagnostic(article.Path, 1, 1, Severity.Warning,
                $"reading level is US grade {grade.ToString("0.0", CultureInfo.InvariantCulture)}; aim for grade {MaxGrade:0} or below",
                "use shorter sentences and everyday words"));
    }
}
