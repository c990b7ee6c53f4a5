using FsCheck;
using FsCheck.Fluent;

namespace Coordination.Domain.Testing;

/// <summary>
/// FsCheck arbitraries of imported rows, for <c>[Property(Arbitrary = new[] { typeof(ImportRowArbitraries) })]</c>.
/// </summary>
public static class ImportRowArbitraries
{
    /// <summary>Valid rows of every layout (see <see cref="ImportRowGenerators.ValidRow()"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ImportRow> Row() => ImportRowGenerators.ValidRow().ToArbitrary();

    /// <summary>Rows broken in one way with their rejection (see <see cref="ImportRowGenerators.MalformedRow()"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MalformedImportRow> Malformed() => ImportRowGenerators.MalformedRow().ToArbitrary();
}
