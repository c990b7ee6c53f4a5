using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.LivingData;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Coordination.Domain.Interop.Tests.LivingData.Events;

namespace Coordination.Domain.Interop.Tests.LivingData;

public sealed class LivingDataSetProperties
{
    /// <summary>Versions of a few ACLED events, each version with its own timestamp (distinct within an event), in an arbitrary order.</summary>
    private static Gen<Incident[]> Versions() =>
        from events in Gen.Choose(1, 4)
        from versions in Gen.ListOf(
            from e in Gen.Choose(1, events)
            from killed in Gen.Choose(0, 9)
            select (Event: e, Killed: killed))
        let numbered = versions.Select((v, i) => AcledEvent("IRQ" + v.Event, 1000 + i, v.Killed)).ToArray()
        from shuffled in Gen.Shuffle(numbered)
        select shuffled.ToArray();

    [Property]
    public Property Whatever_the_order_the_newest_version_of_each_event_is_held_and_every_upsert_is_counted() =>
        Prop.ForAll(Versions().ToArbitrary(), versions =>
        {
            var living = new LivingDataSet(CoordinationCatalog.Empty);
            foreach (var version in versions)
            {
                living.Upsert(version);
            }

            var expected = versions.GroupBy(v => v.Origin!.EventId)
                .Select(g => g.MaxBy(v => v.Origin!.UpdatedAt)!)
                .OrderBy(v => v.Id.ToString())
                .ToList();
            var held = living.ToCatalog().Incidents.OrderBy(v => v.Id.ToString()).ToList();
            var counts = living.Counts;
            return held.SequenceEqual(expected)
                && counts.Upserted == versions.Length
                && counts.New == expected.Count
                && living.EventCount == expected.Count;
        });

    [Property]
    public Property Upserting_the_same_versions_again_changes_nothing() =>
        Prop.ForAll(Versions().ToArbitrary(), versions =>
        {
            var living = new LivingDataSet(CoordinationCatalog.Empty);
            foreach (var version in versions)
            {
                living.Upsert(version);
            }

            var once = living.ToCatalog();
            var before = living.Counts;
            var outcomes = new List<UpsertOutcome>();
            foreach (var version in versions)
            {
                outcomes.Add(living.Upsert(version));
            }

            return living.ToCatalog().Equals(once)
                && outcomes.All(o => o is UpsertOutcome.Outdated or UpsertOutcome.Unchanged)
                && living.Counts.New == before.New && living.Counts.Modified == before.Modified;
        });
}
