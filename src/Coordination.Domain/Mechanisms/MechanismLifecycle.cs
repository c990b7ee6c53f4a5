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
    /// Describes the first problem of a status history (an undefined status, a transition the
    /// lifecycle forbids, an entry dated before the one it follows), or returns <see langword="null"/>
    /// when the history is legal. Never throws; <see langword="null"/> entries are reported.
    /// </summary>
    /// <param name="history">The history, in order.</param>
    /// <returns>The index of the offending entry and a message, or <see langword="null"/>.</returns>
    public static (int Index, string Message)? FindViolation(IReadOnlyList<StatusChange?> history)
    {
        if (history is null)
        {
            return null;
        }

        StatusChange? previous = null;
        for (var i = 0; i < history.Count; i++)
        {
            var current = history[i];
            if (current is null)
            {
                return (i, "A status change may not be null.");
            }

            if (!Enum.IsDefined(current.Status))
            {
                return (i, $"{current.Status} is not a defined status.");
            }

            if (previous is not null)
            {
                if (!IsAllowed(previous.Status, current.Status))
                {
                    return (i, $"The lifecycle does not allow {previous.Status} → {current.Status}; from {previous.Status} it allows {Describe(Successors(previous.Status))}.");
                }

                if (current.Date.Earliest < previous.Date.Earliest)
                {
                    return (i, $"{current.Status} on {current.Date} is dated before the {previous.Status} it follows ({previous.Date}).");
                }
            }

            previous = current;
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

    private static string Describe(ImmutableArray<MechanismStatus> statuses) =>
        statuses.IsEmpty ? "nothing" : string.Join(" or ", statuses);
}
