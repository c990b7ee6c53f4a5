using System;
using System.IO;
using System.Linq;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Interop.Actors;
using Coordination.Domain.Reference;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Interop.Tests.Actors;

public sealed class ActorMapTests
{
    private static ActorId Resolved(string name, ConflictDataSet dataSet) =>
        ActorMap.Reference.TryResolve(name, dataSet, out var actor) ? actor : default;

    [Theory]
    [InlineData("Military Forces of Iraq (2020-)", ConflictDataSet.Acled, "iraqi-army")]
    [InlineData("Military Forces of Iraq (2003-)", ConflictDataSet.Acled, "iraqi-army")]
    [InlineData("Military Forces of Iraq (2022-)", ConflictDataSet.Acled, "iraqi-army")]
    [InlineData("Police Forces of Iraq (2020-)", ConflictDataSet.Acled, "isf")]
    [InlineData("Islamic State (Iraq)", ConflictDataSet.Acled, "isis")]
    [InlineData("Military Forces of Iraq (2022-) Peshmerga", ConflictDataSet.Acled, "peshmerga")]
    [InlineData("Government of Iraq (2022-)", ConflictDataSet.Acled, "goi")]
    [InlineData("Military Forces of the United States (2025-)", ConflictDataSet.Acled, "united-states")]
    [InlineData("Government of Iraq", ConflictDataSet.UcdpGed, "goi")]
    [InlineData("IS", ConflictDataSet.UcdpGed, "isis")]
    [InlineData("Government of United States of America", ConflictDataSet.UcdpGed, "united-states")]
    public void The_reference_map_resolves_the_data_sets_spellings(string name, ConflictDataSet dataSet, string expected) =>
        Assert.Equal(ActorId.Parse(expected), Resolved(name, dataSet));

    [Theory]
    [InlineData("  military forces of iraq (2020-)  ")]
    [InlineData("MILITARY FORCES OF IRAQ (2020-)")]
    public void Names_are_compared_trimmed_and_ignoring_case(string name) =>
        Assert.Equal(ActorId.Parse("iraqi-army"), Resolved(name, ConflictDataSet.Acled));

    [Fact]
    public void A_name_of_one_data_set_is_not_resolved_in_the_other()
    {
        Assert.True(Resolved("IS", ConflictDataSet.Acled).IsDefault);
        Assert.True(Resolved("Islamic State (Iraq)", ConflictDataSet.UcdpGed).IsDefault);
        Assert.True(Resolved("Government of Iraq", ConflictDataSet.Acled).IsDefault); // ACLED dates its governments
    }

    [Theory]
    [InlineData("Unidentified Armed Group (Iraq)")]
    [InlineData("Military Forces of Iraq (2020-) Popular Mobilization Forces")]
    [InlineData("Military Forces of Iraq")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\0\u0007")]
    [InlineData("\uD800")]
    public void Unknown_and_hostile_names_are_not_resolved(string name)
    {
        Assert.False(ActorMap.Reference.TryResolve(name, ConflictDataSet.Acled, out var actor));
        Assert.True(actor.IsDefault);
    }

    [Fact]
    public void A_huge_name_is_not_resolved() =>
        Assert.False(ActorMap.Reference.TryResolve(new string('x', 10 * 1024 * 1024), ConflictDataSet.UcdpGed, out _));

    [Fact]
    public void Every_actor_of_the_reference_map_is_in_the_reference_catalog()
    {
        var actors = ReferenceCatalog.Load().Actors.Select(a => a.Id).ToHashSet();
        Assert.NotEmpty(ActorMap.Reference.Entries);
        Assert.All(ActorMap.Reference.Entries, e => Assert.Contains(e.Actor, actors));
    }

    [Fact]
    public void The_shipped_map_holds_exactly_the_rows_of_its_source_table()
    {
        var source = File.ReadAllLines(RepositoryFiles.PathOf("eng", "actor-map", "reference-actor-map.tsv"))
            .Where(l => !l.StartsWith('#') && l.Length > 0)
            .Skip(1)
            .Select(l => l.Split('\t'))
            .Select(c => (Name: c[0], DataSet: c[1] switch { "acled" => (ConflictDataSet?)ConflictDataSet.Acled, "ucdp" => ConflictDataSet.UcdpGed, _ => null }, Actor: ActorId.Parse(c[2])))
            .OrderBy(r => r.DataSet.HasValue ? (int)r.DataSet.Value : 0).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        var shipped = ActorMap.Reference.Entries.Select(e => (e.Name, e.DataSet, e.Actor)).ToList();
        Assert.Equal(source, shipped);
        Assert.All(File.ReadAllLines(RepositoryFiles.PathOf("eng", "actor-map", "reference-actor-map.tsv")).Where(l => !l.StartsWith('#') && l.Length > 0).Skip(1),
            l => Assert.Equal(5, l.Split('\t').Length));
    }

    [Fact]
    public void A_caller_extends_the_map_and_the_reference_map_is_unchanged()
    {
        var mine = ActorMap.Reference
            .With("Unidentified Armed Group (Iraq)", ActorId.Parse("isis"), ConflictDataSet.Acled)
            .With("IS", ActorId.Parse("goi"), ConflictDataSet.UcdpGed);
        Assert.True(mine.TryResolve("unidentified armed group (iraq)", ConflictDataSet.Acled, out var a));
        Assert.Equal(ActorId.Parse("isis"), a);
        Assert.True(mine.TryResolve("IS", ConflictDataSet.UcdpGed, out var b));
        Assert.Equal(ActorId.Parse("goi"), b); // replaced
        Assert.Equal(ActorId.Parse("isis"), Resolved("IS", ConflictDataSet.UcdpGed));
        Assert.False(ActorMap.Reference.TryResolve("Unidentified Armed Group (Iraq)", ConflictDataSet.Acled, out _));
        Assert.Equal(ActorMap.Reference.Entries.Length + 1, mine.Entries.Length);
    }

    [Fact]
    public void Entries_are_ordered_by_data_set_the_names_for_both_first_then_by_name()
    {
        var mine = ActorMap.Empty
            .With("Zeta", ActorId.Parse("goi"), ConflictDataSet.UcdpGed)
            .With("Beta", ActorId.Parse("goi"), ConflictDataSet.Acled)
            .With("Yota", ActorId.Parse("goi"))
            .With("Alpha", ActorId.Parse("goi"), ConflictDataSet.UcdpGed);

        Assert.Equal(
            [("Yota", (ConflictDataSet?)null), ("Beta", ConflictDataSet.Acled), ("Alpha", ConflictDataSet.UcdpGed), ("Zeta", ConflictDataSet.UcdpGed)],
            mine.Entries.Select(e => (e.Name, e.DataSet)));
    }

    [Fact]
    public void A_name_for_both_data_sets_resolves_in_each_and_a_data_sets_own_entry_wins()
    {
        var mine = ActorMap.Empty.With("Peshmerga", ActorId.Parse("peshmerga")).With("Peshmerga", ActorId.Parse("krg"), ConflictDataSet.UcdpGed);
        Assert.True(mine.TryResolve("Peshmerga", ConflictDataSet.Acled, out var acled));
        Assert.Equal(ActorId.Parse("peshmerga"), acled);
        Assert.True(mine.TryResolve("Peshmerga", ConflictDataSet.UcdpGed, out var ucdp));
        Assert.Equal(ActorId.Parse("krg"), ucdp);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => ActorMap.Reference.TryResolve(null!, ConflictDataSet.Acled, out _));
        Assert.Throws<ArgumentNullException>(() => ActorMap.Reference.With(null!, ActorId.Parse("goi")));
        var blank = Assert.Throws<ArgumentException>(() => ActorMap.Reference.With(" ", ActorId.Parse("goi")));
        Assert.StartsWith("An actor map's name may not be blank.", blank.Message, StringComparison.Ordinal);
        Assert.Equal("name", blank.ParamName);
        var noActor = Assert.Throws<ArgumentException>(() => ActorMap.Reference.With("Someone", default));
        Assert.StartsWith("The actor may not be a default ActorId.", noActor.Message, StringComparison.Ordinal);
        Assert.Equal("actor", noActor.ParamName);
    }

    [Fact]
    public void The_shipped_layout_skips_its_provenance_line_and_reads_each_data_set()
    {
        var map = ActorMap.Read(new StringReader(
            "name\tdata_set\tactor (a provenance line, not the header)\n"
            + "name\tdata_set\tactor\n"
            + "Kurdish Army\tacled\tpeshmerga\n"
            + "Government of Iraq\tucdp\tgoi\n"
            + "IS\tboth\tisis\n"));

        Assert.Equal(
            [("IS", (ConflictDataSet?)null, "isis"), ("Kurdish Army", ConflictDataSet.Acled, "peshmerga"), ("Government of Iraq", ConflictDataSet.UcdpGed, "goi")],
            map.Entries.Select(e => (e.Name, e.DataSet, e.Actor.ToString())));
        Assert.True(map.TryResolve("is", ConflictDataSet.UcdpGed, out var isis));
        Assert.Equal(ActorId.Parse("isis"), isis);
        Assert.False(map.TryResolve("Kurdish Army", ConflictDataSet.UcdpGed, out _));
    }

    [Fact]
    public void A_map_naming_an_unknown_data_set_or_a_missing_resource_is_refused_by_name()
    {
        var unknown = Assert.Throws<InvalidOperationException>(() => ActorMap.Read(new StringReader("provenance\nname\tdata_set\tactor\nIS\tgdelt\tisis\n")));
        Assert.Equal("The reference actor map names an unknown data set 'gdelt'.", unknown.Message);

        var missing = Assert.Throws<InvalidOperationException>(() => ActorMap.Open(typeof(ActorMap).Assembly, "no-such-map.tsv"));
        Assert.Equal("The embedded resource 'no-such-map.tsv' is missing from Coordination.Domain.Interop.", missing.Message);
        using var shipped = ActorMap.Open(typeof(ActorMap).Assembly, ActorMap.ResourceName);
        Assert.StartsWith("# Made by eng/actor-map/", new StreamReader(shipped).ReadLine(), StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public bool Every_entry_resolves_to_its_actor_in_any_case(bool upper)
    {
        return ActorMap.Reference.Entries.All(e =>
            ActorMap.Reference.TryResolve(upper ? e.Name.ToUpperInvariant() : e.Name.ToLowerInvariant(), e.DataSet ?? ConflictDataSet.Acled, out var actor) && actor == e.Actor);
    }

    [Property(MaxTest = 300)]
    public bool Resolving_any_name_never_throws(string? name, bool acled) =>
        name is null || ActorMap.Reference.TryResolve(name, acled ? ConflictDataSet.Acled : ConflictDataSet.UcdpGed, out _) || true;
}
