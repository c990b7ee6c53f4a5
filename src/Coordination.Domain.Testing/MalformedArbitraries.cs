using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Support;
using Coordination.Domain.Territories;
using FsCheck;
using FsCheck.Fluent;

namespace Coordination.Domain.Testing;

/// <summary>
/// FsCheck arbitraries of malformed records and catalogs (see <see cref="MalformedGenerators"/>), for
/// <c>[Property(Arbitrary = new[] { typeof(MalformedArbitraries) })]</c>.
/// </summary>
public static class MalformedArbitraries
{
    /// <summary>Malformed actors.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Actor> Actor() => MalformedGenerators.Actor().ToArbitrary();

    /// <summary>Malformed people.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Person> Person() => MalformedGenerators.Person().ToArbitrary();

    /// <summary>Malformed territories.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Territory> Territory() => MalformedGenerators.Territory().ToArbitrary();

    /// <summary>Malformed coordination lines.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CoordinationLine> Line() => MalformedGenerators.Line().ToArbitrary();

    /// <summary>Malformed coordination mechanisms.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CoordinationMechanism> Mechanism() => MalformedGenerators.Mechanism().ToArbitrary();

    /// <summary>Malformed incidents.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Incident> Incident() => MalformedGenerators.Incident().ToArbitrary();

    /// <summary>Malformed support records.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EnablingSupport> Support() => MalformedGenerators.Support().ToArbitrary();

    /// <summary>Malformed sources.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Source> Source() => MalformedGenerators.Source().ToArbitrary();

    /// <summary>Malformed statements.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Statement> Statement() => MalformedGenerators.Statement().ToArbitrary();

    /// <summary>Malformed catalogs.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CoordinationCatalog> Catalog() => MalformedGenerators.Catalog().ToArbitrary();
}
