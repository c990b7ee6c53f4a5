using System;
using System.Collections.Immutable;
using System.Linq;
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
/// Single corruptions of valid catalogs, each paired with the exact error code validation must report:
/// a dangling identifier, a duplicate identifier, overlapping control periods, an estimate with
/// low &gt; best, a cycle of parents, an illegal status transition, a mechanism with one party, a fact
/// dated after its source … — one corruption (at least) for every code of <c>ValidationCodes</c>.
/// </summary>
/// <example><code>
/// [Property(Arbitrary = new[] { typeof(BrokenCatalogArbitraries) })]
/// public bool Each_corruption_yields_its_code(BrokenCatalog broken) =>
///     broken.Catalog.Validate().Errors.Select(e => e.ErrorCode).Distinct().SequenceEqual([broken.ExpectedCode]);
/// </code></example>
public static partial class CatalogCorruptions
{
    /// <summary>Gets every corruption, in the order of the codes they yield.</summary>
    public static ImmutableArray<CatalogCorruption> All { get; } = [.. Structural(), .. RecordRules(), .. CrossRecord()];

    /// <summary>Generates a valid catalog (<see cref="CatalogGenerators.ValidCatalog"/>) with one corruption from <see cref="All"/>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<BrokenCatalog> BrokenCatalog() => BrokenCatalog(CatalogGenerators.ValidCatalog());

    /// <summary>Generates catalogs from <paramref name="validCatalogs"/> with one corruption from <see cref="All"/> each.</summary>
    /// <param name="validCatalogs">Catalogs that validate clean, such as your own test data.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="validCatalogs"/> is <see langword="null"/>.</exception>
    public static Gen<BrokenCatalog> BrokenCatalog(Gen<CoordinationCatalog> validCatalogs)
    {
        ArgumentNullException.ThrowIfNull(validCatalogs);
        return from catalog in validCatalogs
               from corruption in Gen.Elements(All.ToArray())
               from broken in corruption.Apply(catalog)
               select new BrokenCatalog(broken, corruption.ExpectedCode, corruption.Name);
    }

    /// <summary>Generates catalogs from <paramref name="validCatalogs"/> broken by the corruptions that yield <paramref name="code"/>.</summary>
    /// <param name="validCatalogs">Catalogs that validate clean.</param>
    /// <param name="code">An error code, such as <c>ValidationCodes.Catalog.ParentCycle</c>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No corruption yields <paramref name="code"/>.</exception>
    public static Gen<BrokenCatalog> BrokenCatalog(Gen<CoordinationCatalog> validCatalogs, string code)
    {
        ArgumentNullException.ThrowIfNull(validCatalogs);
        ArgumentNullException.ThrowIfNull(code);
        var matching = All.Where(c => c.ExpectedCode == code).ToArray();
        if (matching.Length == 0)
        {
            throw new ArgumentException($"No corruption yields '{code}'.", nameof(code));
        }

        return from catalog in validCatalogs
               from corruption in Gen.Elements(matching)
               from broken in corruption.Apply(catalog)
               select new BrokenCatalog(broken, corruption.ExpectedCode, corruption.Name);
    }

    private static CatalogCorruption Corrupt(string name, string code, Func<CoordinationCatalog, Gen<CoordinationCatalog>> apply) => new(name, code, apply);

    private static CatalogCorruption Corrupt(string name, string code, Func<CoordinationCatalog, CoordinationCatalog> apply) =>
        new(name, code, c => Gen.Constant(apply(c)));

    // One of several ways, chosen at random.
    private static Func<CoordinationCatalog, Gen<CoordinationCatalog>> AnyOf(params Func<CoordinationCatalog, Gen<CoordinationCatalog>>[] ways) =>
        c => Gen.Elements(ways).SelectMany(way => way(c));

    private static Gen<CoordinationCatalog> Edit<T>(
        CoordinationCatalog c, Func<CoordinationCatalog, ImmutableArray<T>> records, Func<CoordinationCatalog, ImmutableArray<T>, CoordinationCatalog> rebuild, Func<CoordinationCatalog, T, T> edit)
        where T : class
    {
        var items = records(c);
        var indexes = Enumerable.Range(0, items.Length).Where(i => items[i] is not null).ToArray();
        return Gen.Elements(indexes).Select(i => rebuild(c, items.SetItem(i, edit(c, items[i]))));
    }

    private static Gen<CoordinationCatalog> EditActor(CoordinationCatalog c, Func<CoordinationCatalog, Actor, Actor> edit) =>
        Edit(c.EnsureActors(2).Catalog, x => x.Actors, (x, a) => x.Rebuild(CatalogRecordKinds.Actors, a), edit);

    private static Gen<CoordinationCatalog> EditPerson(CoordinationCatalog c, Func<CoordinationCatalog, Person, Person> edit)
    {
        var (catalog, source) = c.EnsureActors(2).Catalog.EnsureSource();
        catalog = catalog.People.Any(p => p is not null) ? catalog : catalog.Rebuild(CatalogRecordKinds.People, catalog.People.Add(catalog.FreshPerson(source)));
        return Edit(catalog, x => x.People, (x, p) => x.Rebuild(CatalogRecordKinds.People, p), edit);
    }

    private static Gen<CoordinationCatalog> EditTerritory(CoordinationCatalog c, Func<CoordinationCatalog, Territory, Territory> edit)
    {
        var (catalog, source) = c.EnsureActors(2).Catalog.EnsureSource();
        catalog = catalog.Territories.Any(t => t is not null) ? catalog : catalog.Rebuild(CatalogRecordKinds.Territories, catalog.Territories.Add(catalog.FreshTerritory(source)));
        return Edit(catalog, x => x.Territories, (x, t) => x.Rebuild(CatalogRecordKinds.Territories, t), edit);
    }

    private static Gen<CoordinationCatalog> EditLine(CoordinationCatalog c, Func<CoordinationCatalog, CoordinationLine, CoordinationLine> edit)
    {
        var (catalog, actors) = c.EnsureActors(2);
        var source = catalog.EnsureSource().Source;
        catalog = catalog.Lines.Any(l => l is not null) ? catalog : catalog.Rebuild(CatalogRecordKinds.Lines, catalog.Lines.Add(catalog.FreshLine(source, actors[0], actors[1])));
        return Edit(catalog, x => x.Lines, (x, l) => x.Rebuild(CatalogRecordKinds.Lines, l), edit);
    }

    private static Gen<CoordinationCatalog> EditMechanism(CoordinationCatalog c, Func<CoordinationCatalog, CoordinationMechanism, CoordinationMechanism> edit)
    {
        var (catalog, actors) = c.EnsureActors(2);
        var source = catalog.EnsureSource().Source;
        catalog = catalog.Mechanisms.Any(m => m is not null) ? catalog : catalog.Rebuild(CatalogRecordKinds.Mechanisms, catalog.Mechanisms.Add(catalog.FreshMechanism(source, actors[0], actors[1])));
        return Edit(catalog, x => x.Mechanisms, (x, m) => x.Rebuild(CatalogRecordKinds.Mechanisms, m), edit);
    }

    private static Gen<CoordinationCatalog> EditIncident(CoordinationCatalog c, Func<CoordinationCatalog, Incident, Incident> edit)
    {
        var (catalog, source) = c.EnsureActors(2).Catalog.EnsureSource();
        catalog = catalog.Incidents.Any(i => i is not null) ? catalog : catalog.Rebuild(CatalogRecordKinds.Incidents, catalog.Incidents.Add(catalog.FreshIncident(source)));
        return Edit(catalog, x => x.Incidents, (x, i) => x.Rebuild(CatalogRecordKinds.Incidents, i), edit);
    }

    private static Gen<CoordinationCatalog> EditSupport(CoordinationCatalog c, Func<CoordinationCatalog, EnablingSupport, EnablingSupport> edit)
    {
        var (catalog, actors) = c.EnsureActors(2);
        var source = catalog.EnsureSource().Source;
        catalog = catalog.Support.Any(s => s is not null) ? catalog : catalog.Rebuild(CatalogRecordKinds.Support, catalog.Support.Add(catalog.FreshSupport(source, actors[0], actors[1])));
        return Edit(catalog, x => x.Support, (x, s) => x.Rebuild(CatalogRecordKinds.Support, s), edit);
    }

    private static Gen<CoordinationCatalog> EditSource(CoordinationCatalog c, Func<CoordinationCatalog, Source, Source> edit) =>
        Edit(c.EnsureSource().Catalog, x => x.Sources, (x, s) => x.Rebuild(CatalogRecordKinds.Sources, s), edit);

    private static Gen<CoordinationCatalog> EditStatement(CoordinationCatalog c, Func<CoordinationCatalog, Statement, Statement> edit)
    {
        var (catalog, actors) = c.EnsureActors(2);
        var source = catalog.EnsureSource().Source;
        catalog = catalog.Statements.Any(s => s is not null) ? catalog : catalog.Rebuild(CatalogRecordKinds.Statements, catalog.Statements.Add(catalog.FreshStatement(source, actors[0])));
        return Edit(catalog, x => x.Statements, (x, s) => x.Rebuild(CatalogRecordKinds.Statements, s), edit);
    }

    // Another actor of the catalog than the given one (the catalog has at least two).
    private static Identifiers.ActorId OtherActor(CoordinationCatalog c, Identifiers.ActorId self) =>
        c.Actors.First(a => a is not null && a.Id != self).Id;

    private static Identifiers.ActorId FirstActor(CoordinationCatalog c) => c.Actors.First(a => a is not null).Id;
}
