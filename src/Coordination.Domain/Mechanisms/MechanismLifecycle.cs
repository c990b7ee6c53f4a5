using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Coordination.Domain.Mechanisms;

/// <summary>
/// The lifecycle of a coordination mechanism: which status may follow which, and how a status history and
/// attestations answer "what was the status on this date?".
/// </summary>
/// <remarks>
/// <para>One-step transitions (<see cref="IsAllowed"/>): Proposed → Agreed → Established → Operational;
/// Operational ⇄ Suspended; any status except Dissolved → Dissolved. Nothing leaves Dissolved, and no status
/// follows itself.</para>
/// <para>A history may <em>begin</em> at any status, because evidence often starts mid-life (the JCCC is
/// first reported as established), and may <em>skip</em> steps no source dates: each entry must be
/// <see cref="IsReachable">reachable</see> from the one before it (agreed → operational is legal, the
/// established between them is <em>implied</em>, see <see cref="Expand"/>); going back (operational →
/// agreed, anything → proposed) or leaving Dissolved stays illegal.</para>
/// <para>An entry may be undated (<see cref="StatusChange.Date"/> is <see langword="null"/>): it is placed by
/// its position alone. Each dated entry is dated (by its earliest day) on or after the last dated entry
/// before it; undated entries are skipped in that comparison.</para>
/// <para><b>The status on a date</b> (<see cref="EvidenceOn"/>) rests on two kinds of evidence: the last
/// <em>dated</em> status change whose earliest day is on or before the date, and the latest attestation
/// (by earliest day) whose latest day is on or before the date. When the attestation's earliest day is after
/// the change's, the attestation wins, as newer evidence; otherwise the change does. Undated changes and
/// implied steps never answer for a date on their own.</para>
/// </remarks>
public static class MechanismLifecycle
{
    /// <summary>Tells whether a mechanism may go from <paramref name="from"/> to <paramref name="to"/> in one step.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The next status.</param>
    /// <returns><see langword="true"/> when the lifecycle allows the transition.</returns>
    public static bool IsAllowed(MechanismStatus from, MechanismStatus to) => (from, to) switch
    {
        (MechanismStatus.Dissolved, _) => false,
        (_, MechanismStatus.Dissolved) => Enum.IsDefined(from),
        (MechanismStatus.Proposed, MechanismStatus.Agreed) => true,
        (MechanismStatus.Agreed, MechanismStatus.Established) => true,
        (MechanismStatus.Established, MechanismStatus.Operational) => true,
        (MechanismStatus.Operational, MechanismStatus.Suspended) => true,
        (MechanismStatus.Suspended, MechanismStatus.Operational) => true,
        _ => false,
    };

    /// <summary>
    /// Tells whether a mechanism may go from <paramref name="from"/> to <paramref name="to"/> through one or
    /// more allowed steps without passing through <paramref name="from"/> again: forward along Proposed →
    /// Agreed → Established → Operational (and on to Suspended), Suspended → Operational, and any status
    /// except Dissolved → Dissolved. A status is never reachable from itself.
    /// </summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">A later status.</param>
    /// <returns><see langword="true"/> when a history may go from <paramref name="from"/> to <paramref name="to"/>, the steps between implied.</returns>
    public static bool IsReachable(MechanismStatus from, MechanismStatus to)
    {
        if (!Enum.IsDefined(from) || !Enum.IsDefined(to) || from == to || from == MechanismStatus.Dissolved)
        {
            return false;
        }

        // Stryker disable once Equality : from == to returned above, so > and >= agree here
        return from == MechanismStatus.Suspended ? to is MechanismStatus.Operational or MechanismStatus.Dissolved : to > from;
    }

    /// <summary>Returns the statuses that may follow <paramref name="from"/> in one step.</summary>
    /// <param name="from">The current status.</param>
    /// <returns>The allowed next statuses, in enum order.</returns>
    public static ImmutableArray<MechanismStatus> Successors(MechanismStatus from) =>
        [.. Enum.GetValues<MechanismStatus>().Where(to => IsAllowed(from, to))];

    /// <summary>
    /// Finds the first problem of a status history (a <see langword="null"/> entry, an undefined status, a
    /// status not reachable from the one before it, a repeated status, a dated entry dated before the last
    /// dated one before it), or returns <see langword="null"/> when the history is legal. Never throws.
    /// </summary>
    /// <param name="history">The history, in order; <see langword="null"/> is taken as empty.</param>
    /// <returns>The violation, with the index of the offending entry, or <see langword="null"/>.</returns>
    public static LifecycleViolation? FindViolation(IReadOnlyList<StatusChange?> history)
    {
        if (history is null)
        {
            return null;
        }

        StatusChange? previous = null;
        StatusChange? lastDated = null;
        for (var i = 0; i < history.Count; i++)
        {
            if (Check(previous, lastDated, history[i], i) is { } violation)
            {
                return violation;
            }

            previous = history[i];
            if (previous!.Date is not null)
            {
                lastDated = previous;
            }
        }

        return null;
    }

    /// <summary>Returns the status the history alone puts in force on <paramref name="date"/>: that of the last dated change taking effect on or before it.</summary>
    /// <param name="history">The history, in order.</param>
    /// <param name="date">The date.</param>
    /// <returns>The status, or <see langword="null"/> when the date is before the first dated change.</returns>
    public static MechanismStatus? StatusOn(IReadOnlyList<StatusChange?> history, LocalDate date) =>
        history is not null && LastDatedIndex(history, date) is var index && index >= 0 ? history[index]!.Status : null;

    /// <summary>
    /// Returns the status in force on <paramref name="date"/> and what it rests on, under the rule of this
    /// class: the last dated change in effect (earliest day on or before the date) and the latest attestation
    /// seen by the date (latest day on or before it); the attestation wins when its earliest day is after the
    /// change's. <see langword="null"/> entries and undefined statuses are ignored. Never throws.
    /// </summary>
    /// <param name="history">The status history, in order; <see langword="null"/> is taken as empty.</param>
    /// <param name="attestations">The attestations, in any order; <see langword="null"/> is taken as none.</param>
    /// <param name="date">The date.</param>
    /// <returns>The evidence, or <see langword="null"/> when neither a change nor an attestation answers for the date.</returns>
    public static StatusEvidence? EvidenceOn(IReadOnlyList<StatusChange?> history, IReadOnlyList<StatusAttestation?>? attestations, LocalDate date)
    {
        history ??= [];
        var changeIndex = LastDatedIndex(history, date);
        var change = changeIndex >= 0 ? history[changeIndex] : null;
        var attestationIndex = -1;
        StatusAttestation? attestation = null;
        for (var i = 0; i < (attestations?.Count ?? 0); i++)
        {
            if (attestations![i] is { } a && Enum.IsDefined(a.Status) && a.Date != default && a.Date.Latest <= date
                && (attestation is null || a.Date.Earliest >= attestation.Date.Earliest))
            {
                attestation = a;
                attestationIndex = i;
            }
        }

        if (change is null && attestation is null)
        {
            return null;
        }

        var attested = attestation is not null && (change is null || attestation.Date.Earliest > change.Date!.Value.Earliest);
        var status = attested ? attestation!.Status : change!.Status;
        ImmutableArray<MechanismStatus> implied;
        if (change is not null && (!attested || change.Status == status))
        {
            implied = PreviousDefined(history, changeIndex) is { } before ? ImpliedBetween(before, change.Status) : [];
        }
        else
        {
            implied = change is not null ? ImpliedBetween(change.Status, status) : [];
        }

        return new StatusEvidence
        {
            Status = status,
            Change = change,
            ChangeIndex = changeIndex,
            Attestation = attestation,
            AttestationIndex = attestationIndex,
            IsAttested = attested,
            Implied = implied,
        };
    }

    /// <summary>
    /// Returns the timeline of a status history and its attestations: every status change in order, each
    /// attestation that moves the status on (placed before the first dated change dated after it), and before
    /// each of them the steps the lifecycle implies (<see cref="LifecycleStep.IsImplied"/>: agreed, then
    /// operational, implies established between). An attestation confirming the status already reached adds
    /// no step. Where the history breaks the lifecycle, the entries are kept as given without implied steps;
    /// <see langword="null"/> entries and undefined statuses are left out. Never throws.
    /// </summary>
    /// <param name="history">The status history, in order; <see langword="null"/> is taken as empty.</param>
    /// <param name="attestations">The attestations, in any order; <see langword="null"/> is taken as none.</param>
    /// <returns>The steps, in order.</returns>
    public static ImmutableArray<LifecycleStep> Expand(IReadOnlyList<StatusChange?> history, IReadOnlyList<StatusAttestation?>? attestations = null)
    {
        var steps = ImmutableArray.CreateBuilder<LifecycleStep>();
        MechanismStatus? current = null;
        foreach (var (change, _, attestation, _) in Merge(history, attestations))
        {
            var status = change?.Status ?? attestation!.Status;
            if (attestation is not null && current is { } now && !IsReachable(now, status))
            {
                continue;
            }

            if (current is { } from && IsReachable(from, status))
            {
                foreach (var step in ImpliedBetween(from, status))
                {
                    steps.Add(new LifecycleStep { Status = step });
                }
            }

            steps.Add(new LifecycleStep { Status = status, Date = change is not null ? change.Date : attestation!.Date, Change = change, Attestation = attestation });
            current = status;
        }

        return steps.ToImmutable();
    }

    /// <summary>
    /// Finds where attestations and the dated status changes disagree: an attested status that is neither the
    /// status in force before it nor reachable from it, and a dated change that is not reachable from the
    /// attested status before it. An attestation in a stretch between two dated changes that holds undated
    /// ones is not checked (their order against it is unknown).
    /// </summary>
    internal static IEnumerable<LifecycleViolation> FindContradictions(IReadOnlyList<StatusChange?> history, IReadOnlyList<StatusAttestation?>? attestations)
    {
        MechanismStatus? current = null;
        // Stryker disable once Boolean : "attested" is read only with a current status, which the first entry sets
        var attested = false;
        var undatedInStretch = false;
        foreach (var (change, changeIndex, attestation, attestationIndex) in Merge(history, attestations))
        {
            if (change is { Date: null })
            {
                undatedInStretch = true;
                continue;
            }

            if (change is not null)
            {
                undatedInStretch = false;
                if (attested && current is { } from && !IsReachable(from, change.Status))
                {
                    yield return new LifecycleViolation
                    {
                        Index = changeIndex,
                        Kind = LifecycleViolationKind.ContradictsAttestation,
                        From = from,
                        To = change.Status,
                        Message = $"{change.Status} on {change.Date} cannot follow the {from} attested before it; from {from} the lifecycle reaches {Describe(Reachable(from))}.",
                    };
                }

                current = change.Status;
                attested = false;
                continue;
            }

            if (undatedInStretch)
            {
                continue;
            }

            if (current is { } before && before != attestation!.Status && !IsReachable(before, attestation.Status))
            {
                yield return new LifecycleViolation
                {
                    Index = attestationIndex,
                    InAttestations = true,
                    Kind = LifecycleViolationKind.ContradictsAttestation,
                    From = before,
                    To = attestation.Status,
                    Message = $"{attestation.Status} attested on {attestation.Date} cannot follow the {before} in force before it; from {before} the lifecycle reaches {Describe(Reachable(before))}.",
                };
                continue;
            }

            current = attestation!.Status;
            attested = true;
        }
    }

    /// <summary>The statuses strictly between <paramref name="from"/> and <paramref name="to"/> on the shortest path of allowed steps; empty when the step is allowed or impossible.</summary>
    internal static ImmutableArray<MechanismStatus> ImpliedBetween(MechanismStatus from, MechanismStatus to) =>
        IsReachable(from, to) && !IsAllowed(from, to)
            ? [.. Enumerable.Range((int)from + 1, (int)to - (int)from - 1).Select(s => (MechanismStatus)s)]
            : [];

    // The changes and attestations in one sequence: the changes in history order, each attestation (by earliest day, then position) before the first dated change whose
    // earliest day is after the attestation's.
    private static IEnumerable<(StatusChange? Change, int ChangeIndex, StatusAttestation? Attestation, int AttestationIndex)> Merge(
        IReadOnlyList<StatusChange?>? history, IReadOnlyList<StatusAttestation?>? attestations)
    {
        history ??= [];
        var pending = new Queue<(StatusAttestation Attestation, int Index)>(
            Enumerable.Range(0, attestations?.Count ?? 0)
                .Where(i => attestations![i] is { } a && Enum.IsDefined(a.Status) && a.Date != default)
                .Select(i => (Attestation: attestations![i]!, Index: i))
                .OrderBy(a => a.Attestation.Date.Earliest).ThenBy(a => a.Index));
        for (var i = 0; i < history.Count; i++)
        {
            var change = history[i];
            if (change is null || !Enum.IsDefined(change.Status))
            {
                continue;
            }

            if (change.Date is { } date)
            {
                while (pending.TryPeek(out var next) && next.Attestation.Date.Earliest < date.Earliest)
                {
                    pending.Dequeue();
                    // Stryker disable once UnaryMinus : the change index of an attestation's entry is never read
                    yield return (null, -1, next.Attestation, next.Index);
                }
            }

            // Stryker disable once UnaryMinus : the attestation index of a change's entry is never read
            yield return (change, i, null, -1);
        }

        while (pending.TryDequeue(out var rest))
        {
            // Stryker disable once UnaryMinus : the change index of an attestation's entry is never read
            yield return (null, -1, rest.Attestation, rest.Index);
        }
    }

    // The index of the last dated entry with a defined status taking effect on or before `date`, or -1.
    private static int LastDatedIndex(IReadOnlyList<StatusChange?> history, LocalDate date)
    {
        var index = -1;
        for (var i = 0; i < history.Count; i++)
        {
            if (history[i] is { Date: { } changed } change && Enum.IsDefined(change.Status) && changed.Earliest <= date)
            {
                index = i;
            }
        }

        return index;
    }

    private static MechanismStatus? PreviousDefined(IReadOnlyList<StatusChange?> history, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (history[i] is { } change && Enum.IsDefined(change.Status))
            {
                return change.Status;
            }
        }

        return null;
    }

    // The problem of entry `index` (`current`) after `previous` (null when it is the first) and the last
    // dated entry before it, or null.
    private static LifecycleViolation? Check(StatusChange? previous, StatusChange? lastDated, StatusChange? current, int index)
    {
        if (current is null)
        {
            return new() { Index = index, Kind = LifecycleViolationKind.MissingChange, Message = "A status change may not be null." };
        }

        var to = current.Status;
        if (!Enum.IsDefined(to))
        {
            return new() { Index = index, Kind = LifecycleViolationKind.UndefinedStatus, To = to, Message = $"{to} is not a defined status." };
        }

        if (previous is null)
        {
            return null;
        }

        var from = previous.Status;
        if (!IsReachable(from, to))
        {
            return new()
            {
                Index = index,
                Kind = from == to ? LifecycleViolationKind.RepeatedStatus : LifecycleViolationKind.ForbiddenTransition,
                From = from,
                To = to,
                Message = $"The lifecycle does not allow {from} → {to}; from {from} it reaches {Describe(Reachable(from))}.",
            };
        }

        if (current.Date is { } date && lastDated?.Date is { } before && date.Earliest < before.Earliest)
        {
            return new()
            {
                Index = index,
                Kind = LifecycleViolationKind.OutOfOrder,
                From = lastDated.Status,
                To = to,
                Message = $"{to} on {date} is dated before the {lastDated.Status} it follows ({before}).",
            };
        }

        return null;
    }

    private static ImmutableArray<MechanismStatus> Reachable(MechanismStatus from) =>
        [.. Enum.GetValues<MechanismStatus>().Where(to => IsReachable(from, to))];

    private static string Describe(ImmutableArray<MechanismStatus> statuses) =>
        statuses.IsEmpty ? "nothing" : string.Join(" or ", statuses);
}
