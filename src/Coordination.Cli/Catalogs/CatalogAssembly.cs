using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Catalog;

namespace Coordination.Cli.Catalogs;

/// <summary>Puts together the records of the readings of one file.</summary>
internal static class CatalogAssembly
{
    /// <summary>Combines the catalogs of several readings into one, records in reading order.</summary>
    /// <param name="parts">The catalogs read, in order.</param>
    /// <returns>The catalog: the only part as it is, else every part's records concatenated.</returns>
    /// <remarks>The one place the command names the record collections; the catalog builder of the library replaces it.</remarks>
    public static CoordinationCatalog Combine(IReadOnlyList<CoordinationCatalog> parts) => parts.Count switch
    {
        0 => CoordinationCatalog.Empty,
        1 => parts[0],
        _ => new CoordinationCatalog
        {
            Actors = [.. parts.SelectMany(p => p.Actors)],
            People = [.. parts.SelectMany(p => p.People)],
            Territories = [.. parts.SelectMany(p => p.Territories)],
            Lines = [.. parts.SelectMany(p => p.Lines)],
            Mechanisms = [.. parts.SelectMany(p => p.Mechanisms)],
            Incidents = [.. parts.SelectMany(p => p.Incidents)],
            Support = [.. parts.SelectMany(p => p.Support)],
            Sources = [.. parts.SelectMany(p => p.Sources)],
            Statements = [.. parts.SelectMany(p => p.Statements)],
        },
    };
}
