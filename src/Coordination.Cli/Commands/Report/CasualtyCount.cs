using System.Globalization;
using Coordination.Domain.Analysis;
using Coordination.Domain.Incidents;

namespace Coordination.Cli.Commands.Report;

/// <summary>A count of people killed or injured: the low, best and high estimates.</summary>
/// <param name="Low">The lowest estimate.</param>
/// <param name="Best">The most likely number.</param>
/// <param name="High">The highest estimate.</param>
internal sealed record CasualtyCount(long Low, long Best, long High)
{
    /// <summary>Copies an estimate of the model.</summary>
    /// <param name="estimate">The estimate.</param>
    /// <returns>The count.</returns>
    public static CasualtyCount From(CasualtyEstimate estimate) => new(estimate.Low, estimate.Best, estimate.High);

    /// <summary>Copies a total of the situation.</summary>
    /// <param name="total">The total.</param>
    /// <returns>The count.</returns>
    public static CasualtyCount From(CasualtyTotal total) => new(total.Low, total.Best, total.High);

    /// <summary>Formats the count as <c>3</c> when exact, else <c>best (low–high)</c>.</summary>
    /// <returns>The count as text.</returns>
    public override string ToString() =>
        Low == Best && Best == High
            ? Best.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{Best} ({Low}–{High})");
}
