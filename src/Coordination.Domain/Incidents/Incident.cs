using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Incidents;

/// <summary>
/// Something that happened — an attack, a clash, a transfer of territory — with when, where, who did
/// it, who was hit, and the casualties of each party hit.
/// </summary>
/// <remarks>
/// Totals are computed from <see cref="Casualties"/>, never stored. Equality compares every member,
/// collections in order.
/// </remarks>
public sealed record Incident : ICatalogRecord<IncidentId>
{
    /// <summary>Gets the incident's identifier.</summary>
    public required IncidentId Id { get; init; }

    /// <summary>Gets what happened.</summary>
    public required IncidentKind Kind { get; init; }

    /// <summary>Gets when it happened, as precisely as reported.</summary>
    public required ReportedDate Date { get; init; }

    /// <summary>Gets where it happened.</summary>
    public required IncidentLocation Location { get; init; }

    /// <summary>Gets who carried it out.</summary>
    public ImmutableArray<Perpetrator> Perpetrators { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets who was targeted.</summary>
    public ImmutableArray<AffectedParty> Targets { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the killed and injured of each party hit.</summary>
    public ImmutableArray<Casualties> Casualties { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets a short summary, if any.</summary>
    public string? Summary { get; init; }

    /// <summary>Gets the sources the record rests on.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the killed of all parties, added up.</summary>
    /// <exception cref="OverflowException">The total exceeds <see cref="int.MaxValue"/>.</exception>
    public CasualtyEstimate TotalKilled => Sum(static c => c.Killed);

    /// <summary>Gets the injured of all parties, added up.</summary>
    /// <exception cref="OverflowException">The total exceeds <see cref="int.MaxValue"/>.</exception>
    public CasualtyEstimate TotalInjured => Sum(static c => c.Injured);

    /// <inheritdoc />
    public bool Equals(Incident? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Date == other.Date && Equals(Location, other.Location)
        && Summary == other.Summary && Equality.Sequence(Perpetrators, other.Perpetrators) && Equality.Sequence(Targets, other.Targets)
        && Equality.Sequence(Casualties, other.Casualties) && Equality.Sequence(Sources, other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Id, Kind, Date, Location, Summary, Equality.Hash(Perpetrators), Equality.Hash(Targets), HashCode.Combine(Equality.Hash(Casualties), Equality.Hash(Sources)));

    private CasualtyEstimate Sum(Func<Casualties, CasualtyEstimate> select)
    {
        var total = CasualtyEstimate.Zero;
        foreach (var casualties in Casualties)
        {
            if (casualties is not null)
            {
                total += select(casualties);
            }
        }

        return total;
    }
}
