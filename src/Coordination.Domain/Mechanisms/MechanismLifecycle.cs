using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Coordination.Domain.Mechanisms;

/// <summary>
/// The lifecycle of a coordination mechanism: which status may follow which.
/// </summary>
/// <remarks>
/// <para>Allowed transitions: Proposed → Agreed → Established → Operational; Operational ⇄ Suspended;
/// any status except Dissolved → Dissolved. Nothing leaves Dissolved, and no status follows itself.</para>
/// <para>A history may <em>begin</em> at any status, because evidence often starts mid-life (the JCCC
/// is first reported as established); every later entry must be an allowed transition from the one
/// before it, dated on or after it.</para>
/// </remarks>
public static class MechanismLifecycle
{
    /// <summary>Tells whether a mechanism may go from <paramref name="from"/> to <paramref name="to"/>.</summary>
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

    /// <summary>Returns the statuses that may follow <paramref name="from"/>.</summary>
    /// <param name="from">The current status.</param>
    /// <returns>The allowed next statuses, in enum order.</returns>
    public static ImmutableArray<MechanismStatus> Successors(MechanismStatus from) =>
        [.. Enum.GetValues<MechanismStatus>().Where(to => IsAllowed(from, to))];

    /// <summary>
    /// Finds the first problem of a status history (a <see langword="null"/> entry, an undefined status, a
    /// transition the lifecycle forbids, a repeated status, an entry dated before the one it follows), or
    /// returns <see langword="null"/> when the history is legal. Never throws.
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
        for (var i = 0; i < history.Count; i++)
        {
            if (Check(previous, history[i], i) is { } violation)
            {
                return violation;
            }

            previous = history[i];
        }

        return null;
    }

    /// <summary>Returns the status in force on <paramref name="date"/>: that of the last change taking effect on or before it.</summary>
    /// <param name="history">The history, in order.</param>
    /// <param name="date">The date.</param>
    /// <returns>The status, or <see langword="null"/> when the date is before the first change.</returns>
    public static MechanismStatus? StatusOn(IReadOnlyList<StatusChange?> history, LocalDate date)
    {
        MechanismStatus? status = null;
        if (history is null)
        {
            return status;
        }

        foreach (var change in history)
        {
            if (change is not null && change.Date.Earliest <= date)
            {
                status = change.Status;
            }
        }

        return status;
    }

    // The problem of entry `index` (`current`) after `previous` (null when it is the first), or null.
    private static LifecycleViolation? Check(StatusChange? previous, StatusChange? current, int index)
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
        if (!IsAllowed(from, to))
        {
            return new()
            {
                Index = index,
                Kind = from == to ? LifecycleViolationKind.RepeatedStatus : LifecycleViolationKind.ForbiddenTransition,
                From = from,
                To = to,
                Message = $"The lifecycle does not allow {from} → {to}; from {from} it allows {Describe(Successors(from))}.",
            };
        }

        if (current.Date.Earliest < previous.Date.Earliest)
        {
            return new()
            {
                Index = index,
                Kind = LifecycleViolationKind.OutOfOrder,
                From = from,
                To = to,
                Message = $"{to} on {current.Date} is dated before the {from} it follows ({previous.Date}).",
            };
        }

        return null;
    }

    private static string Describe(ImmutableArray<MechanismStatus> statuses) =>
        statuses.IsEmpty ? "nothing" : string.Join(" or ", statuses);
}
