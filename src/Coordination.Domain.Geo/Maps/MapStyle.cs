using Coordination.Domain.Mechanisms;

namespace Coordination.Domain.Geo.Maps;

/// <summary>The colours and sizes of the situation map, in one place.</summary>
internal static class MapStyle
{
    /// <summary>The font of every text.</summary>
    public const string Font = "DejaVu Sans, Verdana, Arial, sans-serif";

    /// <summary>The page's background.</summary>
    public const string Page = "#ffffff";

    /// <summary>The map frame's background, outside every shape (neighbouring countries, not water).</summary>
    public const string Outside = "#e6e6e6";

    /// <summary>A territory's fill.</summary>
    public const string Land = "#f7f4ec";

    /// <summary>A territory's outline.</summary>
    public const string Outline = "#8c8c8c";

    /// <summary>The hatching of disputed territories.</summary>
    public const string Disputed = "#b07cc6";

    /// <summary>A covered stretch.</summary>
    public const string Covered = "#1a9850";

    /// <summary>An open stretch.</summary>
    public const string Open = "#d7301f";

    /// <summary>Incidents.</summary>
    public const string Incident = "#7f0000";

    /// <summary>Text.</summary>
    public const string Ink = "#222222";

    /// <summary>Secondary text.</summary>
    public const string Muted = "#555555";

    /// <summary>The width of a line's stroke in pixels.</summary>
    public const double LineWidth = 4.5;

    /// <summary>The radius of an incident with one killed, in pixels; the area grows with the killed.</summary>
    public const double IncidentUnitRadius = 4.0;

    /// <summary>The radius of an incident with no killed or an unknown toll, in pixels.</summary>
    public const double IncidentMinimumRadius = 3.0;

    /// <summary>The half-diagonal of a mechanism's diamond, in pixels.</summary>
    public const double MechanismSize = 7.0;

    /// <summary>The radius in kilometres of the disk drawn around the point of a disputed territory without a shape.</summary>
    public const double DisputedPointRadiusKm = 12.0;

    /// <summary>Returns the fill of a mechanism's mark.</summary>
    /// <param name="status">Its status on the date.</param>
    /// <returns>The colour.</returns>
    public static string Of(MechanismStatus status) => status switch
    {
        MechanismStatus.Operational => "#1a9850",
        MechanismStatus.Established => "#74add1",
        MechanismStatus.Agreed => "#fdae61",
        MechanismStatus.Proposed => "#d9d9d9",
        MechanismStatus.Suspended => "#8073ac",
        _ => "#404040",
    };

    /// <summary>
    /// Returns the radius of an incident's circle: area proportional to the killed (one killed is
    /// <see cref="IncidentUnitRadius"/>); none killed is <see cref="IncidentMinimumRadius"/>; an unknown toll is drawn
    /// hollow at <see cref="IncidentUnitRadius"/>.
    /// </summary>
    /// <param name="killed">The killed (best estimate), or <see langword="null"/> when not reported.</param>
    /// <returns>The radius in pixels.</returns>
    public static double RadiusOf(int? killed) => killed switch
    {
        null => IncidentUnitRadius,
        <= 0 => IncidentMinimumRadius,
        _ => IncidentUnitRadius * System.Math.Sqrt(killed.Value),
    };
}
