using System;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Interop.LivingData;
using Coordination.Domain.Provenance;
using Coordination.Domain.Reference;
using NodaTime;
using Xunit;
using static Coordination.Domain.Interop.Tests.LivingData.Events;

namespace Coordination.Domain.Interop.Tests.LivingData;

public sealed class LivingDataSetTests
{
    private static LivingDataSet Start(CoordinationCatalog? catalog = null)
    {
        var living = new LivingDataSet(catalog ?? CoordinationCatalog.Empty);
        living.Add(Records);
        return living;
    }

    private static int KilledIn(CoordinationCatalog catalog, string id) => catalog.FindIncident(IncidentId.Parse(id))!.ReportedTotals!.Killed!.Value.Best;

    [Fact]
    public void An_event_not_held_is_added_as_new()
    {
        var living = Start();

        Assert.Equal(UpsertOutcome.New, living.Upsert(Row(AcledEvent("IRQ1", 100))));

        var catalog = living.ToCatalog();
        Assert.Single(catalog.Incidents);
        Assert.Equal(new LivingDataCounts { New = 1, SourcesAdded = 2 }, living.Counts);
        Assert.Equal(1, living.EventCount);
    }

    [Fact]
    public void A_newer_timestamp_replaces_the_held_version_as_modified()
    {
        var living = Start();
        living.Upsert(AcledEvent("IRQ1", 100, fatalities: 1));

        Assert.Equal(UpsertOutcome.Modified, living.Upsert(AcledEvent("IRQ1", 200, fatalities: 4)));

        Assert.Equal(4, KilledIn(living.ToCatalog(), "acled-irq1"));
        Assert.Single(living.ToCatalog().Incidents);
        Assert.Equal(1, living.Counts.Modified);
    }

    [Fact]
    public void An_older_timestamp_is_outdated_and_leaves_the_held_version()
    {
        var living = Start();
        living.Upsert(AcledEvent("IRQ1", 200, fatalities: 4));

        Assert.Equal(UpsertOutcome.Outdated, living.Upsert(AcledEvent("IRQ1", 100, fatalities: 1)));

        Assert.Equal(4, KilledIn(living.ToCatalog(), "acled-irq1"));
        Assert.Equal(new LivingDataCounts { New = 1, Outdated = 1, SourcesAdded = 2 }, living.Counts);
    }

    [Theory]
    [InlineData(100L, 100L)]
    [InlineData(100L, null)]
    [InlineData(null, 100L)]
    [InlineData(null, null)]
    public void On_a_tie_or_without_a_timestamp_the_later_row_wins(long? first, long? second)
    {
        var living = Start();
        living.Upsert(AcledEvent("IRQ1", first, fatalities: 1));

        Assert.Equal(UpsertOutcome.Modified, living.Upsert(AcledEvent("IRQ1", second, fatalities: 2)));

        Assert.Equal(2, KilledIn(living.ToCatalog(), "acled-irq1"));
    }

    [Fact]
    public void A_version_that_differs_only_in_its_timestamp_and_release_is_unchanged_but_kept()
    {
        var living = Start();
        living.Upsert(AcledEvent("IRQ1", 100, release: "2024-01-01"));

        Assert.Equal(UpsertOutcome.Unchanged, living.Upsert(AcledEvent("IRQ1", 200, release: "2024-06-01")));
        Assert.Equal(UpsertOutcome.Unchanged, living.Upsert(AcledEvent("IRQ1", 200, release: "2024-06-01")));

        var held = living.ToCatalog().Incidents.Single();
        Assert.Equal(Instant.FromUnixTimeSeconds(200), held.Origin!.UpdatedAt);
        Assert.Equal("200", held.Origin.FieldValue("timestamp"));
        Assert.Equal(2, living.Counts.Unchanged);
    }

    [Fact]
    public void Event_ids_and_data_sets_compare_ignoring_case_and_surrounding_space()
    {
        var living = Start();
        living.Upsert(AcledEvent("IRQ1", 100));
        var variant = AcledEvent("irq1", 200, fatalities: 3);
        variant = variant with { Origin = variant.Origin! with { DataSet = " acled ", EventId = " irq1" } };

        Assert.Equal(UpsertOutcome.Modified, living.Upsert(variant));
        Assert.Single(living.ToCatalog().Incidents);
    }

    [Fact]
    public void The_same_event_id_in_another_data_set_is_another_event()
    {
        var living = Start();
        living.Upsert(UcdpEvent(7, "25.1"));
        var acled = AcledEvent("7", 100);

        Assert.Equal(UpsertOutcome.New, living.Upsert(acled));
        Assert.Equal(2, living.ToCatalog().Incidents.Length);
    }

    [Theory]
    [InlineData("25.1", "25.0.3")] // final for 2024, then the candidate of March 2025
    [InlineData("25.0.3", "25.0.11")]
    [InlineData("25.0.12", "26.1")] // the final release of 2025 supersedes its candidates
    [InlineData("24.01.24.03", "24.0.5")]
    [InlineData("24.0.3", "24.01.24.06")]
    public void Of_two_UCDP_releases_the_later_wins_whatever_the_order_they_are_read(string earlier, string later)
    {
        var inOrder = Start();
        inOrder.Upsert(UcdpEvent(5, earlier, best: 1));
        Assert.Equal(UpsertOutcome.Modified, inOrder.Upsert(UcdpEvent(5, later, best: 2)));

        var reversed = Start();
        reversed.Upsert(UcdpEvent(5, later, best: 2));
        Assert.Equal(UpsertOutcome.Outdated, reversed.Upsert(UcdpEvent(5, earlier, best: 1)));

        Assert.Equal(2, KilledIn(inOrder.ToCatalog(), "ucdp-ged-5"));
        Assert.Equal(inOrder.ToCatalog(), reversed.ToCatalog());
    }

    [Fact]
    public void The_same_UCDP_release_read_again_is_a_tie_the_later_row_wins()
    {
        var living = Start();
        living.Upsert(UcdpEvent(5, "25.1", best: 1));

        Assert.Equal(UpsertOutcome.Modified, living.Upsert(UcdpEvent(5, "25.1", best: 2)));
        Assert.Equal(UpsertOutcome.Unchanged, living.Upsert(UcdpEvent(5, "25.1", best: 2)));
    }

    [Fact]
    public void Releases_order_UCDP_only_ACLED_versions_go_by_timestamp()
    {
        var living = Start();
        living.Upsert(AcledEvent("IRQ1", 200, fatalities: 2, release: "26.1"));

        Assert.Equal(UpsertOutcome.Outdated, living.Upsert(AcledEvent("IRQ1", 100, fatalities: 1, release: "27.1")));
    }

    [Fact]
    public void A_deletion_removes_the_held_event_and_is_counted()
    {
        var living = Start();
        living.Upsert(AcledEvent("IRQ1", 100));
        living.Upsert(AcledEvent("IRQ2", 100));

        Assert.Equal(DeletionOutcome.Deleted, living.Delete(new AcledDeletion { EventId = "irq1", DeletedAt = Instant.FromUnixTimeSeconds(150) }));

        Assert.Equal([IncidentId.Parse("acled-irq2")], living.ToCatalog().Incidents.Select(i => i.Id));
        Assert.Equal(1, living.Counts.Deleted);
        Assert.Equal(1, living.EventCount);
    }

    [Fact]
    public void A_deletion_older_than_the_held_version_keeps_it()
    {
        var living = Start();
        living.Upsert(AcledEvent("IRQ1", 300));

        Assert.Equal(DeletionOutcome.Outdated, living.Delete(new AcledDeletion { EventId = "IRQ1", DeletedAt = Instant.FromUnixTimeSeconds(200) }));
        Assert.Single(living.ToCatalog().Incidents);
        Assert.Equal(0, living.Counts.Deleted);
    }

    [Fact]
    public void A_deletion_is_remembered_an_older_version_read_later_stays_out_a_newer_one_comes_back()
    {
        var living = Start();

        Assert.Equal(DeletionOutcome.NotHeld, living.Delete(new AcledDeletion { EventId = "IRQ1", DeletedAt = Instant.FromUnixTimeSeconds(200) }));
        Assert.Equal(UpsertOutcome.Outdated, living.Upsert(AcledEvent("IRQ1", 100)));
        Assert.Equal(UpsertOutcome.Outdated, living.Upsert(AcledEvent("IRQ1", 200)));
        Assert.Equal(UpsertOutcome.Outdated, living.Upsert(AcledEvent("IRQ1", null)));
        Assert.Empty(living.ToCatalog().Incidents);

        Assert.Equal(UpsertOutcome.New, living.Upsert(AcledEvent("IRQ1", 300)));
        Assert.Single(living.ToCatalog().Incidents);
    }

    [Fact]
    public void Deletions_reach_ACLED_events_only()
    {
        var living = Start();
        living.Upsert(UcdpEvent(1, "25.1"));

        Assert.Equal(DeletionOutcome.NotHeld, living.Delete(new AcledDeletion { EventId = "1", DeletedAt = Instant.FromUnixTimeSeconds(200) }));
        Assert.Single(living.ToCatalog().Incidents);
    }

    [Fact]
    public void Apply_applies_a_lists_entries_and_returns_how_many_were_removed()
    {
        var living = Start();
        living.Upsert(AcledEvent("IRQ1", 100));
        living.Upsert(AcledEvent("IRQ2", 100));
        var list = new AcledDeletionList
        {
            Deletions =
            [
                new AcledDeletion { EventId = "IRQ1", DeletedAt = Instant.FromUnixTimeSeconds(150) },
                new AcledDeletion { EventId = "IRQ9", DeletedAt = Instant.FromUnixTimeSeconds(150) },
                new AcledDeletion { EventId = "IRQ2", DeletedAt = Instant.FromUnixTimeSeconds(50) },
            ],
        };

        Assert.Equal(1, living.Apply(list));
        Assert.Equal([IncidentId.Parse("acled-irq2")], living.ToCatalog().Incidents.Select(i => i.Id));
    }

    [Fact]
    public void An_id_held_by_a_hand_written_incident_is_conflicting_and_never_merged()
    {
        var handWritten = HandWritten("acled-irq1");
        var living = Start(CoordinationCatalog.Empty.With(handWritten));

        Assert.Equal(UpsertOutcome.Conflicting, living.Upsert(AcledEvent("IRQ1", 100)));

        Assert.Same(handWritten, living.ToCatalog().Incidents.Single());
        Assert.Equal(1, living.Counts.Conflicting);
    }

    [Fact]
    public void The_starting_catalogs_events_are_held_and_keep_their_ids_when_replaced()
    {
        var earlier = AcledEvent("IRQ1", 100) with { Id = IncidentId.Parse("my-irq1") };
        var living = Start(CoordinationCatalog.Empty.With(earlier));

        Assert.Equal(UpsertOutcome.Modified, living.Upsert(AcledEvent("IRQ1", 200, fatalities: 5)));

        var held = living.ToCatalog().Incidents.Single();
        Assert.Equal(IncidentId.Parse("my-irq1"), held.Id);
        Assert.Equal(5, held.ReportedTotals!.Killed!.Value.Best);
    }

    [Fact]
    public void Records_are_added_once_and_a_record_the_catalog_holds_is_left_as_it_is()
    {
        var known = Actor("known");
        var living = new LivingDataSet(CoordinationCatalog.Empty.With(known));
        var records = new ImportedRecords { Actors = [known with { Kind = Domain.Actors.ActorKind.ArmedForce }, Actor("acled-new-group")], Sources = Records.Sources };

        living.Add(records);
        living.Add(records);

        var catalog = living.ToCatalog();
        Assert.Equal(2, catalog.Actors.Length);
        Assert.Same(known, catalog.FindActor(known.Id));
        Assert.Equal(new LivingDataCounts { ActorsAdded = 1, SourcesAdded = 2 }, living.Counts);
    }

    [Fact]
    public void The_reference_catalog_with_upserted_events_and_their_records_validates()
    {
        var living = Start(ReferenceCatalog.Load());
        living.Upsert(AcledEvent("IRQ1", 100));
        living.Upsert(UcdpEvent(3, "25.1"));
        living.Upsert(AcledEvent("IRQ1", 200, fatalities: 2));

        var catalog = living.ToCatalog();

        var result = catalog.Validate();
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(ReferenceCatalog.Load().Incidents.Length + 2, catalog.Incidents.Length);
        Assert.Equal(ReferenceCatalog.Load().Incidents, catalog.Incidents.Take(ReferenceCatalog.Load().Incidents.Length));
    }

    [Fact]
    public void An_incident_without_an_origin_cannot_be_upserted()
    {
        var living = Start();

        var noOrigin = Assert.Throws<ArgumentException>(() => living.Upsert(HandWritten("x")));
        Assert.StartsWith("An upserted incident has an origin with a data set and an event id.", noOrigin.Message, StringComparison.Ordinal);
        Assert.Equal("incident", noOrigin.ParamName);
        Assert.Equal("incident", Assert.Throws<ArgumentNullException>(() => living.Upsert((Domain.Incidents.Incident)null!)).ParamName);
        Assert.Equal("row", Assert.Throws<ArgumentNullException>(() => living.Upsert((ImportedRow)null!)).ParamName);
        Assert.Equal("records", Assert.Throws<ArgumentNullException>(() => living.Add(null!)).ParamName);
        Assert.Equal("deletion", Assert.Throws<ArgumentNullException>(() => living.Delete(null!)).ParamName);
        Assert.Equal("list", Assert.Throws<ArgumentNullException>(() => living.Apply(null!)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentNullException>(() => new LivingDataSet(null!)).ParamName);
        var blank = Assert.Throws<ArgumentException>(() => living.Delete(new AcledDeletion { EventId = " ", DeletedAt = default }));
        Assert.StartsWith("A deletion names an event id.", blank.Message, StringComparison.Ordinal);
        Assert.Equal(0, living.Counts.Upserted);
    }

    [Fact]
    public void An_imported_row_is_upserted_as_its_incident()
    {
        var living = Start();
        var incident = AcledEvent("IRQ1", 100);

        Assert.Equal(UpsertOutcome.New, living.Upsert(Row(incident)));

        Assert.Same(incident, living.ToCatalog().Incidents.Single());
    }

    [Fact]
    public void A_new_version_with_the_held_id_is_held_as_it_is()
    {
        var living = Start();
        living.Upsert(AcledEvent("IRQ1", 100));
        var newer = AcledEvent("IRQ1", 200, fatalities: 3);

        Assert.Equal(UpsertOutcome.Modified, living.Upsert(newer));

        Assert.Same(newer, living.ToCatalog().Incidents.Single());
    }

    [Fact]
    public void A_version_that_differs_only_in_an_origin_field_other_than_the_bookkeeping_is_modified()
    {
        var living = Start();
        var first = AcledEvent("IRQ1", 100);
        living.Upsert(first);
        var annotated = AcledEvent("IRQ1", 200) with { Origin = first.Origin! with { UpdatedAt = Instant.FromUnixTimeSeconds(200), Fields = first.Origin!.Fields.Add(new OriginField("notes", "corrected")) } };

        Assert.Equal(UpsertOutcome.Modified, living.Upsert(annotated));
    }

    [Fact]
    public void A_new_event_under_an_incident_id_another_event_holds_is_conflicting()
    {
        var living = Start();
        living.Upsert(AcledEvent("IRQ1", 100));

        Assert.Equal(UpsertOutcome.Conflicting, living.Upsert(AcledEvent("IRQ2", 100) with { Id = IncidentId.Parse("acled-irq1") }));

        Assert.Equal(1, living.EventCount);
        Assert.Equal(new LivingDataCounts { New = 1, Conflicting = 1, SourcesAdded = 2 }, living.Counts);
        Assert.Equal(2, living.Counts.Upserted);
    }

    [Fact]
    public void A_deleted_event_read_again_in_a_newer_version_comes_back_under_its_id()
    {
        var living = Start();
        living.Upsert(AcledEvent("IRQ1", 100));
        living.Delete(new AcledDeletion { EventId = "IRQ1", DeletedAt = Instant.FromUnixTimeSeconds(150) });

        Assert.Equal(UpsertOutcome.New, living.Upsert(AcledEvent("IRQ1", 160)));

        Assert.Equal([IncidentId.Parse("acled-irq1")], living.ToCatalog().Incidents.Select(i => i.Id));
    }

    [Fact]
    public void A_deletion_at_the_held_versions_own_time_removes_it()
    {
        var living = Start();
        living.Upsert(AcledEvent("IRQ1", 200));

        Assert.Equal(DeletionOutcome.Deleted, living.Delete(new AcledDeletion { EventId = "IRQ1", DeletedAt = Instant.FromUnixTimeSeconds(200) }));
        Assert.Empty(living.ToCatalog().Incidents);
    }

    [Fact]
    public void The_latest_of_several_deletions_of_an_event_not_held_is_remembered()
    {
        var living = Start();
        living.Delete(new AcledDeletion { EventId = "IRQ1", DeletedAt = Instant.FromUnixTimeSeconds(300) });
        living.Delete(new AcledDeletion { EventId = "IRQ1", DeletedAt = Instant.FromUnixTimeSeconds(200) });

        Assert.Equal(UpsertOutcome.Outdated, living.Upsert(AcledEvent("IRQ1", 250)));
        Assert.Equal(UpsertOutcome.New, living.Upsert(AcledEvent("IRQ1", 301)));
    }

    [Fact]
    public void Apply_skips_null_entries_and_entries_without_an_event_id()
    {
        var living = Start();
        living.Upsert(AcledEvent("IRQ1", 100));
        var list = new AcledDeletionList
        {
            Deletions =
            [
                null!,
                new AcledDeletion { EventId = " ", DeletedAt = Instant.FromUnixTimeSeconds(150) },
                new AcledDeletion { EventId = "IRQ1", DeletedAt = Instant.FromUnixTimeSeconds(150) },
            ],
        };

        Assert.Equal(1, living.Apply(list));
        Assert.Empty(living.ToCatalog().Incidents);
    }

    [Fact]
    public void Territories_and_sources_of_the_starting_catalog_are_not_added_again_and_new_ones_are()
    {
        var territory = new Domain.Territories.Territory { Id = TerritoryId.Parse("kirkuk"), Kind = Domain.Territories.TerritoryKind.Governorate, Names = Domain.Names.NameSet.Of("Kirkuk") };
        var source = Records.Sources[0];
        var living = new LivingDataSet(CoordinationCatalog.Empty.With(territory).With(source));
        var other = territory with { Id = TerritoryId.Parse("ninewa"), Names = Domain.Names.NameSet.Of("Ninewa") };

        living.Add(new ImportedRecords { Territories = [territory with { Names = Domain.Names.NameSet.Of("Karkuk") }, other, null!], Sources = [source with { Title = "changed" }, null!] });

        var catalog = living.ToCatalog();
        Assert.Same(territory, catalog.FindTerritory(territory.Id));
        Assert.Same(other, catalog.FindTerritory(other.Id));
        Assert.Same(source, catalog.FindSource(source.Id));
        Assert.Equal(new LivingDataCounts { TerritoriesAdded = 1 }, living.Counts);
    }
}
