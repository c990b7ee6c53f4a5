using Coordination.Domain.Interop;

namespace Coordination.Domain.Testing;

/// <summary>
/// A generated row broken in one way, such as "a latitude of 91", with the rejection the importer must give it: the
/// column <see cref="RejectedRow.Column"/> names and words its <see cref="RejectedRow.Reason"/> holds (as
/// <see cref="CatalogCorruption"/> pairs a broken catalog with its error code).
/// </summary>
/// <param name="Name">What is broken.</param>
/// <param name="Row">The broken row (every other field as valid as <see cref="ImportRowGenerators.ValidRow(DataLayout)"/> makes it).</param>
/// <param name="ExpectedColumn">The column the rejection names, as the header spells it.</param>
/// <param name="ExpectedReason">Words the rejection's reason contains (compared ignoring case).</param>
public sealed record MalformedImportRow(string Name, ImportRow Row, string ExpectedColumn, string ExpectedReason)
{
    /// <summary>Returns what is broken, the expected rejection and the row.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Name} → {ExpectedColumn}: '{ExpectedReason}' in {Row}";
}
