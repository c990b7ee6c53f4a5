using System.Globalization;
using System.Text.Json.Serialization;
using Coordination.Domain.Analysis;
using Coordination.Domain.Incidents;

namespace Coordination.Cli.Commands.Report;

/// <summary>A count of people killed or injured: the low, best and high estimates.</summary>
/// <param name="Low">The lowest estimate.</param>
/// <param name="Best">The most likely number.</param>
/// <param name="High">The highest estimate.</param>
/// <remarks>A count that is not reported is no <see cref="CasualtyCount"/> at all (<see langword="null"/>), never zero.</remarks>
internal sealed record CasualtyCount(long Low, long Best, long High)
{
    /// <summary>Gets whether some of the figures added up were not reported, so the count is a lower bound; written to JSON only when true.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsPartial { get; init; }

    /// <summary>Copies an estimate of the model.</summary>
    /// <param name="estimate">The estimate.</param>
    /// <returns>The count.</returns>
    public static CasualtyCount From(CasualtyEstimate estimate) => new(estimate.Low, estimate.Best, estimate.High);

    /// <summary>Copies an estimate of the model, when reported.</summary>
    /// <param name="estimate">The estimate, or <see langword="null"/> when not reported.</param>
    /// <returns>The count, or <see langword="null"/>.</returns>
    public static CasualtyCount? From(CasualtyEstimate? estimate) => estimate is { } value ? From(value) : null;

    /// <summary>Copies a total of the situation.</summary>
    /// <param name="total">The total.</param>
    /// <returns>The count.</returns>
    public static CasualtyCount From(CasualtyTotal total) => new(total.Low, total.Best, total.High) { IsPartial = total.IsPartial };

    /// <summary>Copies a total of the situation, when reported.</summary>
    /// <param name="total">The total, or <see langword="null"/> when not reported.</param>
    /// <returns>The count, or <see langword="null"/>.</returns>
    public static CasualtyCount? From(CasualtyTotal? total) => total is { } value ? From(value) : null;

    /// <summary>Formats the count as <c>3</c> when exact, else <c>best (low–high)</c>; <c>at least …</c> when partial.</summary>
    /// <returns>The count as text.</returns>
    public override string ToString() =>
        (IsPartial ? "at least " : string.Empty) + (Low == Best && Best == High
            ? Best.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{Best} ({Low}–{High})"));
}
