using Coordination.Domain.Incidents;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// A <see cref="CasualtyEstimate"/> as <c>{ "low": 3, "best": 3, "high": 3 }</c>, all three required whole
/// numbers of zero or more. Their order (low ≤ best ≤ high) is left to the validators, which report it with a
/// code rather than refusing the document.
/// </summary>
internal sealed class CasualtyEstimateJsonConverter() : ObjectJsonConverter<CasualtyEstimate, (int Low, int Best, int High)>(
    "a casualty estimate",
    "A low, best and high estimate of people killed or injured; low ≤ best ≤ high is reported by the validators.",
    Required("low", Count("the low estimate"), estimate => estimate.Low, (ref s, low) => s.Low = low),
    Required("best", Count("the best estimate"), estimate => estimate.Best, (ref s, best) => s.Best = best),
    Required("high", Count("the high estimate"), estimate => estimate.High, (ref s, high) => s.High = high))
{

    /// <inheritdoc />
    protected override CasualtyEstimate Create(in (int Low, int Best, int High) state) => new(state.Low, state.Best, state.High);
}
