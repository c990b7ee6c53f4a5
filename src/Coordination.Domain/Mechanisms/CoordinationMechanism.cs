using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Names;
using Coordination.Domain.Temporal;
using NodaTime;

namespace Coordination.Domain.Mechanisms;

/// <summary>
/// A joint coordination centre, joint coalition coordination centre, liaison arrangement, joint force
/// or joint committee: who takes part and how, where it sits, where it works, and its dated status
/// history through the lifecycle of <see cref="MechanismLifecycle"/>.
/// </summary>
/// <remarks>
/// Change the status with <see cref="WithStatus"/>, which refuses what the lifecycle forbids. A
/// mechanism built another way (a <c>with</c> expression, deserialization) is checked by its
/// validator. Equality compares every member, collections in order.
/// </remarks>
public sealed record CoordinationMechanism : ICatalogRecord<MechanismId>
{
    /// <summary>Gets the mechanism's identifier.</summary>
    public required MechanismId Id { get; init; }

    /// <summary>Gets what kind of mechanism this is.</summary>
    public required MechanismKind Kind { get; init; }

    /// <summary>Gets the mechanism's names and acronyms.</summary>
    public required NameSet Names { get; init; }

    /// <summary>Gets the actors taking part and their roles; at least two are parties.</summary>
    public ImmutableArray<Participant> Participants { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets where the mechanism sits (Camp Zeravani), if known.</summary>
    public TerritoryId? Site { get; init; }

    /// <summary>Gets where the mechanism works.</summary>
    public AreaOfResponsibility Area { get; init; } = AreaOfResponsibility.None;

    /// <summary>Gets the status history, in order.</summary>
    public ImmutableArray<StatusChange> StatusHistory { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets a short description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the sources the record rests on.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the latest status, or <see langword="null"/> when the history is empty.</summary>
    public MechanismStatus? CurrentStatus => StatusHistory.IsEmpty ? null : StatusHistory[^1]?.Status;

    /// <summary>Gets the actors taking part as parties.</summary>
    public ImmutableArray<ActorId> Parties => [.. Participants.Where(p => p is not null && p.Role == ParticipantRole.Party).Select(p => p.Actor).Distinct()];

    /// <summary>Returns the status in force on <paramref name="date"/> ("What was the status of the Kirkuk JCC on 2021-03-01?").</summary>
    /// <param name="date">The date.</param>
    /// <returns>The status, or <see langword="null"/> when the date is before the first reported change.</returns>
    public MechanismStatus? StatusOn(LocalDate date) => MechanismLifecycle.StatusOn(StatusHistory, date);

    /// <summary>Returns a copy whose history ends with a change to <paramref name="status"/> on <paramref name="date"/>.</summary>
    /// <param name="status">The new status.</param>
    /// <param name="date">When the change happened.</param>
    /// <param name="sources">The sources the change rests on.</param>
    /// <returns>The new mechanism.</returns>
    /// <exception cref="LifecycleViolationException">The lifecycle does not allow the change from the current status, or it is dated before the last change; <see cref="LifecycleViolationException.Violation"/> says which.</exception>
    public CoordinationMechanism WithStatus(MechanismStatus status, ReportedDate date, params ImmutableArray<SourceId> sources)
    {
        var history = StatusHistory.Add(new StatusChange { Status = status, Date = date, Sources = sources });
        if (MechanismLifecycle.FindViolation(history) is { } violation)
        {
            throw new LifecycleViolationException($"Mechanism '{Id}': {violation.Message}", violation);
        }

        return this with { StatusHistory = history };
    }

    /// <inheritdoc />
    public bool Equals(CoordinationMechanism? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Equals(Names, other.Names) && Site == other.Site
        && Equals(Area, other.Area) && Description == other.Description && Equality.Sequence(Participants, other.Participants)
        && Equality.Sequence(StatusHistory, other.StatusHistory) && Equality.Sequence(Sources, other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Id, Kind, Names, Site, Area, Description, Equality.Hash(Participants), HashCode.Combine(Equality.Hash(StatusHistory), Equality.Hash(Sources)));
}
