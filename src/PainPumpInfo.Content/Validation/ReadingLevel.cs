using System.Globalization;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Validation;

/// <summary>The editorial rule that articles read at US grade 8 or below, graded on their prose.</summary>
public static class ReadingLevel
{
    public const double MaxGrade = 8.0;

    public static void Check(Article article, List<Diagnostic> diagnostics)
    {
        var grade = article.Body.Grade;
        if (grade > MaxGrade)
            diagnostics.Add(new Diagnostic(article.Path, 1, 1, Severity.Warning,
                $"reading level is US grade {grade.ToString("0.0", CultureInfo.InvariantCulture)}; aim for grade {MaxGrade:0} or below",
                "use shorter sentences and everyday words"));
    }
}
