using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Coordination.Cli.Commands.Report;

/// <summary>An incident on or before the report's date, with its casualties per party.</summary>
/// <param name="Id">The incident's identifier.</param>
/// <param name="Date">The reported date, as the model formats it (<c>2021-05-01T02:00</c>, <c>2021-05</c>), a part of the day in words (<c>2021-05-01 (early hours)</c>).</param>
/// <param name="Kind">The kind of incident, in the contract's words (<c>armedClash</c>).</param>
/// <param name="Place">Where it happened: the place name, else the territory's name, else <c>unknown</c>.</param>
/// <param name="Territory">The name of the catalogued territory it happened in, if known.</param>
/// <param name="Perpetrators">Who carried it out.</param>
/// <param name="Casualties">The killed and injured of each party hit.</param>
/// <param name="TotalKilled">The killed of all parties: the reported total, else the parties' figures added up (partial when some party reports none); <see langword="null"/> (omitted from JSON) when not reported.</param>
/// <param name="TotalInjured">The injured of all parties, as <paramref name="TotalKilled"/>; <see langword="null"/> when not reported.</param>
/// <param name="Summary">A short summary, if any.</param>
/// <param name="Sources">The identifiers of the sources behind the incident.</param>
internal sealed record IncidentEntry(
    string Id,
    string Date,
    string Kind,
    string Place,
    string? Territory,
    ImmutableArray<PerpetratorEntry> Perpetrators,
    ImmutableArray<CasualtyEntry> Casualties,
    CasualtyCount? TotalKilled,
    CasualtyCount? TotalInjured,
    string? Summary,
    ImmutableArray<string> Sources)
{
    /// <summary>Gets whether the incident is inferred rather than stated by its sources; written to JSON only when true.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Inferred { get; init; }
}
