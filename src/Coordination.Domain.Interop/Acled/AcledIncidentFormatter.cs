using System.Collections.Generic;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;

namespace Coordination.Domain.Interop.Acled;

/// <summary>Formats an incident as an ACLED row. SKELETON: the acled helper implements it.</summary>
internal sealed class AcledIncidentFormatter : IIncidentFormatter
{
    /// <inheritdoc/>
    public void Format(Incident incident, CoordinationCatalog catalog, DataLayout layout, IDictionary<string, string> values) =>
        values["event_id_cnty"] = incident.Origin?.EventId ?? incident.Id.ToString();

    /// <inheritdoc/>
    public string? HxlTagOf(string column) => column.Length == 0 ? null : null;
}
