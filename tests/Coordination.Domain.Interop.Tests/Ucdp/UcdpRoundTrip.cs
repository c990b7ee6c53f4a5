using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Ucdp;
using Coordination.Domain.Reference;

namespace Coordination.Domain.Interop.Tests.Ucdp;

/// <summary>
/// A row through the mapper and back through the formatter, the exporter's part done as its contract says (columns
/// the formatter leaves unset come from the origin, else empty).
/// </summary>
internal static class UcdpRoundTrip
{
    /// <summary>The fields of <paramref name="incident"/> written in <paramref name="layout"/>.</summary>
    internal static ImmutableArray<string> Export(Incident incident, CoordinationCatalog catalog, DataLayout layout)
    {
        var values = new Dictionary<string, string>();
        new UcdpIncidentFormatter().Format(incident, catalog, layout, values);
        return [.. DataLayouts.ColumnsOf(layout).Select(c => values.TryGetValue(c, out var v) ? v : incident.Origin?.FieldValue(c) ?? string.Empty)];
    }

    /// <summary>The reference catalog with what an import created.</summary>
    internal static CoordinationCatalog CatalogAfter(ImportContext context) => CatalogAfter(context.Records);

    /// <summary>The reference catalog with the records an import created.</summary>
    internal static CoordinationCatalog CatalogAfter(ImportedRecords records)
    {
        var catalog = ReferenceCatalog.Load();
        foreach (var actor in records.Actors)
        {
            catalog = catalog.With(actor);
        }

        foreach (var territory in records.Territories)
        {
            catalog = catalog.With(territory);
        }

        foreach (var source in records.Sources)
        {
            catalog = catalog.With(source);
        }

        return catalog;
    }
}
