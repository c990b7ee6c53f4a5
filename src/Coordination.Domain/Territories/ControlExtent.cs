namespace Coordination.Domain.Territories;

/// <summary>How much of a territory a <see cref="ControlPeriod"/> covers.</summary>
public enum ControlExtent
{
    /// <summary>The whole territory (the default): whole-territory periods never overlap.</summary>
    Whole = 0,

    /// <summary>Part of the territory, named in <see cref="ControlPeriod.Part"/> where known (Kirkuk city): partial periods may overlap any other period.</summary>
    Part = 1,
}
