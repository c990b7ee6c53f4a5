namespace Coordination.Domain.Benchmarks;

/// <summary>How much an incident of <see cref="SyntheticCatalog.CreateValid(int, IncidentShape)"/> holds.</summary>
public enum IncidentShape
{
    /// <summary>Only what an incident must hold: identifier, kind, date, a territory, one source.</summary>
    Sparse,

    /// <summary>The incidents of <see cref="SyntheticCatalog.Incident(int)"/>: perpetrators, targets, casualties, a summary, varied dates and places.</summary>
    Typical,

    /// <summary>A typical incident as an import makes it: with reported totals and an origin of twelve fields.</summary>
    Imported,
}
