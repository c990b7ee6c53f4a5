using Coordination.Domain.Catalog;

namespace Coordination.Domain.Testing;

/// <summary>
/// A catalog with exactly one corruption, and the error code validation must report for it (and no
/// other): the pair a property test checks with <c>catalog.Validate()</c>.
/// </summary>
/// <param name="Catalog">The corrupted catalog.</param>
/// <param name="ExpectedCode">The one error code validation reports (a constant of <c>ValidationCodes</c>); it may be reported more than once.</param>
/// <param name="Corruption">What was broken, for the counterexample FsCheck prints.</param>
/// <remarks>Equality compares all three members (the catalog by its records).</remarks>
public sealed record BrokenCatalog(CoordinationCatalog Catalog, string ExpectedCode, string Corruption)
{
    /// <summary>Describes the corruption and the expected code.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{ExpectedCode}: {Corruption} in {Catalog}";
}
