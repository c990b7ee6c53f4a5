using System;
using Coordination.Domain.Catalog;
using FsCheck;

namespace Coordination.Domain.Testing;

/// <summary>
/// One way to break a valid catalog, such as "a reference to an actor the catalog lacks", with the
/// one error code validation must then report.
/// </summary>
/// <param name="Name">What the corruption breaks.</param>
/// <param name="ExpectedCode">The error code it yields (a constant of <c>ValidationCodes</c>), and no other.</param>
/// <param name="Apply">Breaks a valid catalog; it may add the records it needs (fresh identifiers, dated before every source's publication).</param>
/// <remarks>Given a catalog that is not valid to begin with, the result may carry other codes too.</remarks>
public sealed record CatalogCorruption(string Name, string ExpectedCode, Func<CoordinationCatalog, Gen<CoordinationCatalog>> Apply)
{
    /// <summary>Returns the name and the expected code.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{ExpectedCode}: {Name}";
}
