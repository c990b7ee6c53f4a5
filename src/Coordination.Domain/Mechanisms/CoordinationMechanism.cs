using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;
using NodaTime;

namespace Coordination.Domain.Mechanisms;

/// <summary>
/// A joint coordination centre, joint coalition coordination centre, liaison arrangement, joint force
/// or joint committee: who takes part and how, where it sits, where it works, its status history through
/// the lifecycle of <see cref="MechanismLifecycle"/>, and the statuses sources saw it in (attestations).
/// </summary>
/// <remarks>
/// <para>Change the status with <see cref="WithStatus"/> and add what a source saw with
/// <see cref="WithAttestation"/>; both refuse what the lifecycle forbids. A mechanism built another way
/// (a <c>with</c> expression, deserialization) is checked by its validator.</para>
/// <para><see cref="StatusOn"/> answers under the rule told on <see cref="MechanismLifecycle"/>;
/// <see cref="EvidenceOn"/> says what the answer rests on, and <see cref="Timeline"/> lists the steps,
/// implied ones included.</para>
/// <para>Equality compares every member, collections in order.</para>
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

    /// <summary>Gets the statuses sources saw the mechanism in, each on a day, in any order.</summary>
    public ImmutableArray<StatusAttestation> Attestations { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets a short description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the sources the record rests on.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets how the record was inferred, or <see langword="null"/> when its sources state it.</summary>
    public Inference? Inference { get; init; }

    /// <summary>Gets the status of the last entry of the history, or <see langword="null"/> when the history is empty (attestations are not read).</summary>
    public MechanismStatus? CurrentStatus => StatusHistory.IsEmpty ? null : StatusHistory[^1]?.Status;

    /// <summary>Gets the actors taking part as parties.</summary>
    public ImmutableArray<ActorId> Parties => [.. Participants.Where(p => p is not null && p.Role == ParticipantRole.Party).Select(p => p.Actor).Distinct()];

    /// <summary>Gets the steps of the mechanism's life: the status history and the attestations that move it on, with the steps the lifecycle implies (see <see cref="MechanismLifecycle.Expand"/>).</summary>
    public ImmutableArray<LifecycleStep> Timeline => MechanismLifecycle.Expand(StatusHistory, Attestations);

    /// <summary>Returns the status in force on <paramref name="date"/> ("What was the status of the Kirkuk JCC on 2021-03-01?"), from the status history and the attestations (see <see cref="MechanismLifecycle.EvidenceOn"/>).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The status, or <see langword="null"/> when no dated change had taken effect and no attestation was seen by the date.</returns>
    public MechanismStatus? StatusOn(LocalDate date) => EvidenceOn(date)?.Status;

    /// <summary>Returns the status in force on <paramref name="date"/> and what it rests on: a status change, an attestation, and the steps implied before it.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The evidence, or <see langword="null"/> when <see cref="StatusOn"/> is <see langword="null"/>.</returns>
    public StatusEvidence? EvidenceOn(LocalDate date) => MechanismLifecycle.EvidenceOn(StatusHistory, Attestations, date);

    /// <summary>Returns a copy whose history ends with a change to <paramref name="status"/> on <paramref name="date"/>.</summary>
    /// <param name="status">The new status.</param>
    /// <param name="date">When the change happened, or <see langword="null"/> when no source dates it.</param>
    /// <param name="sources">The sources the change rests on.</param>
    /// <returns>The new mechanism.</returns>
    /// <exception cref="LifecycleViolationException">The lifecycle does not reach the status from the current one, the change is dated before the last dated change, or it contradicts an attestation; <see cref="LifecycleViolationException.Violation"/> says which.</exception>
    public CoordinationMechanism WithStatus(MechanismStatus status, ReportedDate? date, params ImmutableArray<SourceId> sources) =>
        Checked(this with { StatusHistory = StatusHistory.Add(new StatusChange { Status = status, Date = date, Sources = sources }) });

    /// <summary>Returns a copy that also holds an attestation: <paramref name="status"/> seen on <paramref name="date"/>.</summary>
    /// <param name="status">The status seen.</param>
    /// <param name="date">When it was seen.</param>
    /// <param name="sources">The sources the attestation rests on.</param>
    /// <returns>The new mechanism.</returns>
    /// <exception cref="LifecycleViolationException">The attested status contradicts the status history (<see cref="LifecycleViolationKind.ContradictsAttestation"/>), or the status is undefined.</exception>
    public CoordinationMechanism WithAttestation(MechanismStatus status, ReportedDate date, params ImmutableArray<SourceId> sources)
    {
        if (!Enum.IsDefined(status))
        {
            throw new LifecycleViolationException(
                $"Mechanism '{Id}': {status} is not a defined status.",
                new LifecycleViolation { Index = Attestations.Length, InAttestations = true, Kind = LifecycleViolationKind.UndefinedStatus, To = status, Message = $"{status} is not a defined status." });
        }

        return Checked(this with { Attestations = Attestations.Add(new StatusAttestation { Status = status, Date = date, Sources = sources }) });
    }

    private CoordinationMechanism Checked(CoordinationMechanism mechanism)
    {
        if ((MechanismLifecycle.FindViolation(mechanism.StatusHistory) ?? MechanismLifecycle.FindContradictions(mechanism.StatusHistory, mechanism.Attestations).FirstOrDefault()) is { } violation)
        {
            throw new LifecycleViolationException($"Mechanism '{Id}': {violation.Message}", violation);
        }

        return mechanism;
    }

    /// <inheritdoc />
    public bool Equals(CoordinationMechanism? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Equals(Names, other.Names) && Site == other.Site
        && Equals(Area, other.Area) && Description == other.Description && Equality.Sequence(Participants, other.Participants)
        && Equality.Sequence(StatusHistory, other.StatusHistory) && Equality.Sequence(Attestations, other.Attestations)
        && Equality.Sequence(Sources, other.Sources) && Equals(Inference, other.Inference);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Id, Kind, Names, Site, Area, Description, Equality.Hash(Participants), HashCode.Combine(Equality.Hash(StatusHistory), Equality.Hash(Attestations), Equality.Hash(Sources), Inference));
}
