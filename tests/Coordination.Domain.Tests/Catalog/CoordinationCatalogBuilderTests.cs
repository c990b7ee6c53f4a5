using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Names;
using Xunit;

namespace Coordination.Domain.Tests.Catalog;

public sealed class CoordinationCatalogBuilderTests
{
    [Fact]
    public void Setting_every_record_into_an_empty_builder_gives_the_catalog_the_With_chain_gives()
    {
        var records = CatalogRecords.All(ArticleFacts.Catalog);

        var builder = CoordinationCatalog.CreateBuilder();
        records.ForEach(r => CatalogRecords.Set(builder, r));
        var withChain = records.Aggregate(CoordinationCatalog.Empty, CatalogRecords.With);

        Assert.Equal(withChain, builder.ToCatalog());
        Assert.Equal(ArticleFacts.Catalog, builder.ToCatalog());
    }

    [Fact]
    public void Setting_a_record_of_each_kind_with_a_known_identifier_replaces_it_in_place()
    {
        var catalog = ArticleFacts.Catalog;
        var actor = catalog.Actors[1] with { Description = "replaced" };
        var person = catalog.People[0] with { Honorific = "Col." };
        var territory = catalog.Territories[2] with { PCode = "IQG13" };
        var line = catalog.Lines[0] with { Description = "replaced" };
        var mechanism = catalog.Mechanisms[1] with { Description = "replaced" };
        var incident = catalog.Incidents[0] with { Summary = "replaced" };
        var support = catalog.Support[0] with { Description = "replaced" };
        var source = catalog.Sources[0] with { Note = "replaced" };
        var statement = catalog.Statements[0] with { Medium = "replaced" };

        var built = catalog.ToBuilder()
            .Set(actor).Set(person).Set(territory).Set(line).Set(mechanism).Set(incident).Set(support).Set(source).Set(statement)
            .ToCatalog();

        Assert.Equal(catalog.ToString(), built.ToString());
        Assert.Same(actor, built.Actors[1]);
        Assert.Same(person, built.People[0]);
        Assert.Same(territory, built.Territories[2]);
        Assert.Same(line, built.Lines[0]);
        Assert.Same(mechanism, built.Mechanisms[1]);
        Assert.Same(incident, built.Incidents[0]);
        Assert.Same(support, built.Support[0]);
        Assert.Same(source, built.Sources[0]);
        Assert.Same(statement, built.Statements[0]);
        Assert.Equal(catalog.With(actor).With(person).With(territory).With(line).With(mechanism).With(incident).With(support).With(source).With(statement), built);
    }

    [Fact]
    public void Removing_a_record_of_each_kind_leaves_the_others_in_order()
    {
        var catalog = ArticleFacts.Catalog;
        var builder = catalog.ToBuilder();

        Assert.True(builder.Remove(catalog.Actors[0].Id));
        Assert.True(builder.Remove(catalog.People[0].Id));
        Assert.True(builder.Remove(catalog.Territories[0].Id));
        Assert.True(builder.Remove(catalog.Lines[0].Id));
        Assert.True(builder.Remove(catalog.Mechanisms[0].Id));
        Assert.True(builder.Remove(catalog.Incidents[0].Id));
        Assert.True(builder.Remove(catalog.Support[0].Id));
        Assert.True(builder.Remove(catalog.Sources[0].Id));
        Assert.True(builder.Remove(catalog.Statements[0].Id));
        var built = builder.ToCatalog();

        Assert.Equal(catalog.Actors.RemoveAt(0), built.Actors);
        Assert.Equal(catalog.People.RemoveAt(0), built.People);
        Assert.Equal(catalog.Territories.RemoveAt(0), built.Territories);
        Assert.Equal(catalog.Lines.RemoveAt(0), built.Lines);
        Assert.Equal(catalog.Mechanisms.RemoveAt(0), built.Mechanisms);
        Assert.Equal(catalog.Incidents.RemoveAt(0), built.Incidents);
        Assert.Equal(catalog.Support.RemoveAt(0), built.Support);
        Assert.Equal(catalog.Sources.RemoveAt(0), built.Sources);
        Assert.Equal(catalog.Statements.RemoveAt(0), built.Statements);
        Assert.Null(built.FindActor(catalog.Actors[0].Id));
    }

    [Fact]
    public void Removing_an_identifier_the_builder_does_not_hold_changes_nothing()
    {
        var builder = ArticleFacts.Catalog.ToBuilder();

        Assert.False(builder.Remove(ActorId.Parse("atlantis-defence-force")));
        Assert.False(builder.Remove(default(IncidentId)));
        Assert.False(CoordinationCatalog.CreateBuilder().Remove(StatementId.Parse("nothing-said")));
        Assert.Equal(ArticleFacts.Catalog, builder.ToCatalog());
    }

    [Fact]
    public void A_removed_record_set_again_goes_to_the_end()
    {
        var catalog = ArticleFacts.Catalog;
        var first = catalog.Actors[0];
        var builder = catalog.ToBuilder();

        builder.Remove(first.Id);
        builder.Set(first);

        Assert.Equal(catalog.Actors.RemoveAt(0).Add(first), builder.ToCatalog().Actors);
    }

    [Fact]
    public void The_builder_stays_usable_after_ToCatalog_and_does_not_change_the_catalog_built()
    {
        var catalog = ArticleFacts.Catalog;
        var builder = catalog.ToBuilder();
        var before = builder.ToCatalog();

        builder.Remove(catalog.Incidents[0].Id);
        builder.Set(catalog.Actors[0] with { Description = "changed after ToCatalog" });
        var after = builder.ToCatalog();

        Assert.Equal(catalog, before);
        Assert.Single(before.Incidents);
        Assert.Empty(after.Incidents);
        Assert.Equal("changed after ToCatalog", after.Actors[0].Description);
        Assert.NotEqual("changed after ToCatalog", before.Actors[0].Description);
    }

    [Fact]
    public void ToBuilder_leaves_the_catalog_unchanged()
    {
        var catalog = ArticleFacts.Catalog;

        catalog.ToBuilder().Remove(catalog.Actors[0].Id);

        Assert.Equal(ArticleFacts.Catalog, catalog);
    }

    [Fact]
    public void With_duplicate_identifiers_the_first_record_is_addressed_then_the_next()
    {
        var id = ActorId.Parse("peshmerga");
        var one = Actor(id, "one");
        var two = Actor(id, "two");
        var catalog = new CoordinationCatalog { Actors = [one, null!, two] };
        var builder = catalog.ToBuilder();

        Assert.Equal(catalog, builder.ToCatalog());
        Assert.True(builder.Remove(id));
        Assert.Equal([null!, two], builder.ToCatalog().Actors);
        var three = Actor(id, "three");
        builder.Set(three);
        Assert.Equal([null!, three], builder.ToCatalog().Actors);
        Assert.True(builder.Remove(id));
        Assert.False(builder.Remove(id));
        Assert.Equal([null!], builder.ToCatalog().Actors);
    }

    [Fact]
    public void Many_removals_compact_the_builder_without_changing_order()
    {
        var actors = Enumerable.Range(0, 200).Select(i => Actor(ActorId.Parse($"actor-{i}"), $"Actor {i}")).ToImmutableArray();
        var builder = new CoordinationCatalog { Actors = actors }.ToBuilder();

        foreach (var actor in actors.Where((_, i) => i % 3 != 0))
        {
            Assert.True(builder.Remove(actor.Id));
        }

        builder.Set(actors[3] with { Description = "kept in place" });
        var built = builder.ToCatalog();

        Assert.Equal(actors.Where((_, i) => i % 3 == 0).Select(a => a.Id), built.Actors.Select(a => a.Id));
        Assert.Equal("kept in place", built.Actors[1].Description);
    }

    [Fact]
    public void Set_refuses_null()
    {
        var builder = CoordinationCatalog.CreateBuilder();

        Assert.Equal("actor", Assert.Throws<System.ArgumentNullException>(() => builder.Set((Actor)null!)).ParamName);
        Assert.Equal("record", Assert.Throws<System.ArgumentNullException>(() => builder.Set(CatalogRecordKinds.Actors, null!)).ParamName);
        Assert.Equal("kind", Assert.Throws<System.ArgumentNullException>(() => builder.Set<Actor, ActorId>(null!, Actor(ActorId.Parse("krg"), "KRG"))).ParamName);
    }

    [Fact]
    public void The_generic_members_take_a_kind_from_the_table()
    {
        var krg = Actor(ActorId.Parse("krg"), "KRG");

        var built = CoordinationCatalog.CreateBuilder().Set(CatalogRecordKinds.Actors, krg).ToCatalog();

        Assert.Same(krg, built.FindActor(krg.Id));
        Assert.Equal(built, CoordinationCatalog.Empty.With(krg));
    }

    private static Actor Actor(ActorId id, string name) => new() { Id = id, Kind = ActorKind.ArmedForce, Names = NameSet.Of(name) };
}
