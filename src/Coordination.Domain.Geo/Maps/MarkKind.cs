namespace Coordination.Domain.Geo.Maps;

/// <summary>
/// The kinds of mark the situation map draws, each with one legend entry. A mark carries its kinds in
/// <c>data-legend</c> (space-separated) and the legend entry for a kind carries it in <c>data-legend-entry</c>, so
/// that the legend shows exactly the kinds present.
/// </summary>
internal static class MarkKind
{
    /// <summary>A territory's outline.</summary>
    public const string Territory = "territory";

    /// <summary>A disputed territory drawn by its shape.</summary>
    public const string DisputedArea = "disputed-area";

    /// <summary>A disputed territory without a shape, drawn as a disk around its point.</summary>
    public const string DisputedPoint = "disputed-point";

    /// <summary>A stretch of line covered on the date.</summary>
    public const string LineCovered = "line-covered";

    /// <summary>A stretch of line open on the date.</summary>
    public const string LineOpen = "line-open";

    /// <summary>The prefix of a mechanism's kind, followed by its status in lower case (<c>mechanism-operational</c>).</summary>
    public const string MechanismPrefix = "mechanism-";

    /// <summary>An incident whose killed are reported: a filled circle, area proportional to the killed.</summary>
    public const string IncidentKilled = "incident-killed";

    /// <summary>An incident whose killed are not reported: a hollow circle.</summary>
    public const string IncidentUnknown = "incident-unknown";

    /// <summary>An incident known only to its territory, drawn at the territory's point or centre: a dashed outline.</summary>
    public const string IncidentApproximate = "incident-approximate";
}
