using System;
using System.Collections.Immutable;
using Coordination.Domain.Internal;
using Coordination.Domain.Identifiers;
using NodaTime;

namespace Coordination.Domain.Geo.Analysis;

/// <summary>
/// Where one incident falls with respect to the lines: its <see cref="PlacementKind"/>, the stretch it is assigned to,
/// and whether that stretch was covered on the incident's own date (the first day of its reported date).
/// </summary>
public sealed record IncidentPlacement
{
    /// <summary>Gets the incident.</summary>
    public required IncidentId Incident { get; init; }

    /// <summary>Gets where the incident was put.</summary>
    public required PlacementKind Kind { get; init; }

    /// <summary>Gets the day the incident is dated to: the first day of its reported date.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets a value indicating whether the incident was placed by its own point (exact or near a named place) rather than by its territory's region.</summary>
    public bool IsByPoint { get; init; }

    /// <summary>Gets the line of the stretch, for <see cref="PlacementKind.OnStretch"/>; otherwise <see langword="null"/>.</summary>
    public CoordinationLineId? Line { get; init; }

    /// <summary>Gets the key of the stretch (<see cref="TraceStretch.Key"/>), for <see cref="PlacementKind.OnStretch"/>; otherwise <see langword="null"/>.</summary>
    public string? Stretch { get; init; }

    /// <summary>
    /// Gets the distance in kilometres from the incident (its point, or the nearest part of its region) to its stretch,
    /// or to the nearest candidate stretch when unplaced; <see langword="null"/> beyond the buffer or unlocated (not measured).
    /// </summary>
    public double? DistanceKm { get; init; }

    /// <summary>
    /// Gets whether the incident's stretch was covered on <see cref="Date"/>: for an unplaced incident, the state all its
    /// candidate stretches share, or <see langword="null"/> when they differ; <see langword="null"/> beyond the buffer or unlocated.
    /// </summary>
    public bool? IsCovered { get; init; }

    /// <summary>Gets the mechanisms covering the incident's stretch on <see cref="Date"/>, in identifier order (empty when open or unplaced).</summary>
    public ImmutableArray<MechanismId> CoveredBy { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets a value indicating whether the incident's reported date spans days on which its stretch was covered and days on which it was open.</summary>
    public bool IsDateAmbiguous { get; init; }

    /// <summary>Gets the keys of the stretches within the buffer of an unplaced incident's region, in order along the lines (empty otherwise).</summary>
    public ImmutableArray<string> Candidates { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc />
    public bool Equals(IncidentPlacement? other) =>
        other is not null && Incident == other.Incident && Kind == other.Kind && Date == other.Date && IsByPoint == other.IsByPoint
        && Line == other.Line && Stretch == other.Stretch && DistanceKm.Equals(other.DistanceKm) && IsCovered == other.IsCovered
        && IsDateAmbiguous == other.IsDateAmbiguous && Equality.Sequence(CoveredBy, other.CoveredBy) && Equality.Sequence(Candidates, other.Candidates);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Incident, Kind, Date, IsByPoint, Line, Stretch, DistanceKm, HashCode.Combine(IsCovered, IsDateAmbiguous, Equality.Hash(CoveredBy), Equality.Hash(Candidates)));
}
