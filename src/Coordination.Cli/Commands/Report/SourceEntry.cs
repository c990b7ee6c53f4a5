namespace Coordination.Cli.Commands.Report;

/// <summary>A source cited by the report.</summary>
/// <param name="Id">The source's identifier.</param>
/// <param name="Publisher">Who published it; <c>(not in catalog)</c> when the catalog has no source with the identifier.</param>
/// <param name="Title">The title; empty when the catalog has no such source.</param>
/// <param name="Url">Where it can be read, if online.</param>
/// <param name="Published">When it was published, as the model formats a reported date, if known.</param>
internal sealed record SourceEntry(string Id, string Publisher, string Title, string? Url, string? Published);
