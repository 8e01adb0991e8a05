using PainPumpInfo.Content.Model.Pumps;
using PainPumpInfo.Content.Rendering.Citations;

namespace PainPumpInfo.Content.Rendering.PumpFacts;

/// <summary>One row of an embedded table: what it is about (a model or a fact) and what is known.</summary>
/// <param name="Url">Where the row's heading links to (a model's page, a fact's article), or null.</param>
/// <param name="Note">A second line under the heading, e.g. the maker; "" for none.</param>
/// <param name="Answer">A short answer before the value ("Yes", "No" or <see cref="PumpFactValue.UnknownText"/>), or null.</param>
/// <param name="Citation">The value's sources as a citation in the article's text, numbered with it; null when unknown.</param>
public sealed record PumpFactsRow(string Heading, string? Url, string Note, PumpFactValue Value, CitationInline? Citation, string? Answer = null);
