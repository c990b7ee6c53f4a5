using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Coordination.Cli.Commands.Report;

/// <summary>Enabling support that had begun by the report's date.</summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Provider">The actor giving the support.</param>
/// <param name="Recipients">The actors receiving it.</param>
/// <param name="Kinds">The kinds of support, in the contract's words (<c>airSupport</c>).</param>
/// <param name="Period">The period it was given, as the model formats a half-open period (<c>[2014-01-01, …)</c>).</param>
/// <param name="Ongoing">Whether the period covers the report's date.</param>
/// <param name="Amount">The amount as text, with thousands separated (<c>more than 5,000,000,000 USD</c>), if reported.</param>
/// <param name="Description">A short description, if any.</param>
/// <param name="Sources">The identifiers of the sources behind the record.</param>
internal sealed record SupportEntry(
    string Id,
    ActorReference Provider,
    ImmutableArray<ActorReference> Recipients,
    ImmutableArray<string> Kinds,
    string Period,
    bool Ongoing,
    string? Amount,
    string? Description,
    ImmutableArray<string> Sources)
{
    /// <summary>Gets whether the support is inferred rather than stated by its sources; written to JSON only when true.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Inferred { get; init; }
}
