using System.Collections.Generic;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;

namespace Coordination.Domain.Interop.Ucdp;

/// <summary>Formats an incident as a UCDP GED row. SKELETON: the ucdp helper implements it.</summary>
internal sealed class UcdpIncidentFormatter : IIncidentFormatter
{
    /// <inheritdoc/>
    public void Format(Incident incident, CoordinationCatalog catalog, DataLayout layout, IDictionary<string, string> values) =>
        values["id"] = incident.Origin?.EventId ?? incident.Id.ToString();

    /// <inheritdoc/>
    public string? HxlTagOf(string column) => column.Length == 0 ? null : null;
}
