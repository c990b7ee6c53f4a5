using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Internal;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Analysis;

/// <summary>An incident that may have happened on or before the situation's date, with its casualties per party and in total.</summary>
/// <remarks>Equality compares every member, collections in order.</remarks>
public sealed record IncidentToDate
{
    /// <summary>Gets the incident.</summary>
    public required IncidentId Incident { get; init; }

    /// <summary>Gets its reported date; its earliest day is on or before the situation's date.</summary>
    public required ReportedDate Date { get; init; }

    /// <summary>Gets the killed and injured of each affected party, as the incident records them.</summary>
    public ImmutableArray<Casualties> Casualties { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>
    /// Gets the killed of all parties: the incident's reported total when given, else the parties' figures
    /// added up in 64 bits (partial when some party reports none); <see langword="null"/> when not reported.
    /// </summary>
    public CasualtyTotal? TotalKilled { get; init; }

    /// <summary>
    /// Gets the injured of all parties: the incident's reported total when given, else the parties' figures
    /// added up in 64 bits (partial when some party reports none); <see langword="null"/> when not reported.
    /// </summary>
    public CasualtyTotal? TotalInjured { get; init; }

    /// <summary>Gets how the incident was inferred, when it is not stated by its sources; <see langword="null"/> when stated.</summary>
    public Inference? Inference { get; init; }

    /// <summary>Gets the sources cited: the incident's, each once.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc />
    public bool Equals(IncidentToDate? other) =>
        other is not null && Incident == other.Incident && Date == other.Date && TotalKilled == other.TotalKilled && TotalInjured == other.TotalInjured && Equals(Inference, other.Inference)
        && Equality.Sequence(Casualties, other.Casualties) && Equality.Sequence(Sources, other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Incident, Date, TotalKilled, TotalInjured, Inference, Equality.Hash(Casualties), Equality.Hash(Sources));
}
