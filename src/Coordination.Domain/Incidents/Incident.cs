using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Incidents;

/// <summary>
/// Something that happened — an attack, a clash, a transfer of territory — with when, where, who did
/// it, who was hit, and the casualties of each party hit.
/// </summary>
/// <remarks>
/// <see cref="TotalKilled"/> and <see cref="TotalInjured"/> are computed from <see cref="ReportedTotals"/>
/// and <see cref="Casualties"/>, never stored; a toll nobody reported is <see langword="null"/>, not zero. Equality compares every member,
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

    /// <summary>Gets the killed and injured in total as reported apart from the parties' figures, if any.</summary>
    public CasualtyTotals? ReportedTotals { get; init; }

    /// <summary>Gets the sources the record rests on.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets how the incident was inferred, when it is not stated by its sources; <see langword="null"/> when it is stated.</summary>
    public Inference? Inference { get; init; }

    /// <summary>
    /// Gets where the incident was imported from (data set, release, event id, last update and the row's columns);
    /// <see langword="null"/> for an incident recorded by hand.
    /// </summary>
    public RecordOrigin? Origin { get; init; }

    /// <summary>
    /// Gets the killed of all parties: the reported total (<see cref="ReportedTotals"/>) when given, else the
    /// parties' figures added up; <see langword="null"/> when neither is reported — never zero for an unknown.
    /// </summary>
    /// <remarks>
    /// A sum over the parties is a lower bound when some party of <see cref="Casualties"/> reports no
    /// killed (<see cref="IsTotalKilledPartial"/>).
    /// </remarks>
    /// <exception cref="OverflowException">The parties' figures add up to more than <see cref="int.MaxValue"/>.</exception>
    public CasualtyEstimate? TotalKilled => ReportedTotals?.Killed ?? Sum(static c => c.Killed);

    /// <summary>
    /// Gets the injured of all parties: the reported total (<see cref="ReportedTotals"/>) when given, else the
    /// parties' figures added up; <see langword="null"/> when neither is reported — never zero for an unknown.
    /// </summary>
    /// <remarks>
    /// A sum over the parties is a lower bound when some party of <see cref="Casualties"/> reports no
    /// injured (<see cref="IsTotalInjuredPartial"/>).
    /// </remarks>
    /// <exception cref="OverflowException">The parties' figures add up to more than <see cref="int.MaxValue"/>.</exception>
    public CasualtyEstimate? TotalInjured => ReportedTotals?.Injured ?? Sum(static c => c.Injured);

    /// <summary>
    /// Gets whether <see cref="TotalKilled"/> is a sum over some parties only, and so a lower bound: no total
    /// is reported and some party of <see cref="Casualties"/> reports no killed while another does.
    /// </summary>
    public bool IsTotalKilledPartial => ReportedTotals?.Killed is null && IsPartial(static c => c.Killed);

    /// <summary>
    /// Gets whether <see cref="TotalInjured"/> is a sum over some parties only, and so a lower bound: no total
    /// is reported and some party of <see cref="Casualties"/> reports no injured while another does.
    /// </summary>
    public bool IsTotalInjuredPartial => ReportedTotals?.Injured is null && IsPartial(static c => c.Injured);

    /// <inheritdoc />
    public bool Equals(Incident? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Date == other.Date && Equals(Location, other.Location)
        && Summary == other.Summary && Equals(ReportedTotals, other.ReportedTotals) && Equality.Sequence(Perpetrators, other.Perpetrators) && Equality.Sequence(Targets, other.Targets)
        && Equality.Sequence(Casualties, other.Casualties) && Equality.Sequence(Sources, other.Sources) && Equals(Inference, other.Inference) && Equals(Origin, other.Origin);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Id, Kind, Date, Location, Summary, Equality.Hash(Perpetrators), Equality.Hash(Targets), HashCode.Combine(Equality.Hash(Casualties), Equality.Hash(Sources), ReportedTotals, Inference, Origin));

    private CasualtyEstimate? Sum(Func<Casualties, CasualtyEstimate?> select)
    {
        CasualtyEstimate? total = null;
        foreach (var casualties in Casualties)
        {
            if (casualties is not null && select(casualties) is { } estimate)
            {
                total = (total ?? CasualtyEstimate.Zero) + estimate;
            }
        }

        return total;
    }

    private bool IsPartial(Func<Casualties, CasualtyEstimate?> select)
    {
        bool given = false, missing = false;
        foreach (var casualties in Casualties)
        {
            if (casualties is not null)
            {
                given |= select(casualties) is not null;
                missing |= select(casualties) is null;
            }
        }

        return given && missing;
    }
}
