using Coordination.Domain.Analysis;
using Coordination.Domain.Identifiers;
using NodaTime;

namespace Coordination.Domain.Geo.Analysis;

/// <summary>
/// The incidents placed on one stretch in one calendar month (by the first day of their reported dates), with their
/// toll: the killed and injured that are reported, added up, and apart from them the number of incidents whose toll is
/// not reported (never counted as 0).
/// </summary>
public sealed record StretchMonth
{
    /// <summary>Gets the line.</summary>
    public required CoordinationLineId Line { get; init; }

    /// <summary>Gets the key of the stretch.</summary>
    public required string Stretch { get; init; }

    /// <summary>Gets the month.</summary>
    public required YearMonth Month { get; init; }

    /// <summary>Gets the number of incidents.</summary>
    public int Incidents { get; init; }

    /// <summary>Gets the number of those incidents on days when the stretch was open.</summary>
    public int OpenIncidents { get; init; }

    /// <summary>Gets the killed reported, added up (partial when some incident's own total is partial); <see langword="null"/> when no incident reports any.</summary>
    public CasualtyTotal? Killed { get; init; }

    /// <summary>Gets the number of incidents whose killed are not reported.</summary>
    public int KilledUnknown { get; init; }

    /// <summary>Gets the injured reported, added up; <see langword="null"/> when no incident reports any.</summary>
    public CasualtyTotal? Injured { get; init; }

    /// <summary>Gets the number of incidents whose injured are not reported.</summary>
    public int InjuredUnknown { get; init; }
}
