using Coordination.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Coordination.Domain.Tests.Identifiers;

/// <summary>Strings that are not slugs, from <see cref="ValueGenerators.InvalidSlugs"/>.</summary>
public static class InvalidSlugText
{
    public static Arbitrary<string> Strings() => ValueGenerators.InvalidSlugs.ToArbitrary();
}
