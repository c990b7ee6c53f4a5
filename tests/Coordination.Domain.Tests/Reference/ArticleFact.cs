using System;
using Coordination.Domain.Catalog;

namespace Coordination.Domain.Tests.Reference;

/// <summary>One sentence-level fact of the source article and a predicate that finds it in a catalog.</summary>
/// <param name="Id">A stable slug naming the fact, shown as the test case.</param>
/// <param name="Sentence">The article's words the fact comes from (abridged).</param>
/// <param name="IsIn">Tells whether a catalog holds the fact, tied to the article as its source.</param>
public sealed record ArticleFact(string Id, string Sentence, Func<CoordinationCatalog, bool> IsIn)
{
    /// <inheritdoc />
    public override string ToString() => Id;
}
