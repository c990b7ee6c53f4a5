using NodaTime;

namespace Coordination.Domain.Geo.Maps;

/// <summary>How <see cref="SituationMap"/> draws: the picture's width, which incidents, and a title.</summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record SituationMapOptions
{
    /// <summary>The smallest <see cref="Width"/>.</summary>
    public const int MinimumWidth = 600;

    /// <summary>The largest <see cref="Width"/>.</summary>
    public const int MaximumWidth = 8000;

    /// <summary>Gets the options used when none are given: 1 200 pixels wide, every incident up to the date, the default title.</summary>
    public static SituationMapOptions Default { get; } = new();

    /// <summary>Gets the width of the picture in pixels, <see cref="MinimumWidth"/> to <see cref="MaximumWidth"/>; the height follows from the map's extent.</summary>
    public int Width { get; init; } = 1200;

    /// <summary>
    /// Gets the first date of the incidents drawn: an incident is drawn when its reported date can fall between this date
    /// and the map's date. <see langword="null"/> (the default) draws every incident that began on or before the map's date.
    /// </summary>
    public LocalDate? IncidentsFrom { get; init; }

    /// <summary>Gets the title, or <see langword="null"/> for "Situation on DATE".</summary>
    public string? Title { get; init; }
}
