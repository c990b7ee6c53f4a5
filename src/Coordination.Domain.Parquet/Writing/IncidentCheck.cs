using System;
using Coordination.Domain.Incidents;

namespace Coordination.Domain.Parquet.Writing;

/// <summary>What every row needs of an incident, checked before it is written, so that a malformed incident (from unvalidated input) is refused by name instead of failing inside the writer.</summary>
internal static class IncidentCheck
{
    /// <summary>Checks an incident.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="position">Its zero-based position among those written.</param>
    /// <param name="paramName">The name of the caller's parameter that holds the incidents.</param>
    /// <exception cref="ArgumentException">The incident is null or lacks what a row needs; the message names the position and id.</exception>
    public static void Check(Incident? incident, long position, string paramName)
    {
        if (incident is null)
        {
            throw Problem(position, null, "is null", paramName);
        }

        var problem = incident switch
        {
            { Id.IsDefault: true } => "has no id",
            { Location: null } => "has no location",
            _ when !Enum.IsDefined(incident.Kind) => $"has kind {incident.Kind}, not a defined IncidentKind",
            _ when !Enum.IsDefined(incident.Location.Precision) => $"has location precision {incident.Location.Precision}, not a defined LocationPrecision",
            _ when incident.Perpetrators.Contains(null!) => "has a null perpetrator",
            _ when incident.Casualties.Contains(null!) => "has a null casualties element",
            _ => null,
        };
        if (problem is not null)
        {
            throw Problem(position, incident.Id.ToString(), problem, paramName);
        }
    }

    private static ArgumentException Problem(long position, string? id, string what, string paramName) =>
        new(id is null or "" ? $"Incident {position} {what}." : $"Incident {position} ('{id}') {what}.", paramName);
}
