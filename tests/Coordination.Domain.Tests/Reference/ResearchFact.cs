using System;
using System.Collections.Immutable;
using Coordination.Domain.Catalog;

namespace Coordination.Domain.Tests.Reference;

/// <summary>
/// One fact of the research notes (<c>reference-facts.md</c>, as corrected by <c>sources-for-facts.md</c>), the
/// publications it must rest on, and a predicate that finds it in a catalog tied to those publications.
/// </summary>
/// <param name="Id">A stable slug naming the fact, shown as the test case.</param>
/// <param name="Fact">The fact, in a few words.</param>
/// <param name="Sources">The identifiers of the publications the fact must cite.</param>
/// <param name="IsIn">Tells whether a catalog holds the fact, tied to its publications.</param>
public sealed record ResearchFact(string Id, string Fact, ImmutableArray<string> Sources, Func<CoordinationCatalog, bool> IsIn)
{
    /// <inheritdoc />
    public override string ToString() => Id;
}
