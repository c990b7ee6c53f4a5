using System.Linq;
using Coordination.Domain.Analysis;
using Coordination.Domain.Catalog;
using Coordination.Domain.Tests.Catalog;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Coordination.Domain.Tests.Analysis;

/// <summary>The situation worked out from the timeline is the one a sort of every incident gives, on every date.</summary>
[Properties(MaxTest = 150)]
public sealed class SituationTimelineProperties
{
    private static readonly Arbitrary<CoordinationCatalog> Catalogs = IndexedCatalogs.Catalogs().ToArbitrary();

    private static readonly Arbitrary<LocalDate[]> Dates =
        Gen.Choose(-400, (365 * 5) + 400).Select(d => IndexedCatalogs.First.PlusDays(d)).ArrayOf(4).ToArbitrary();

    [Property]
    public Property The_situation_from_the_timeline_is_the_scan_s_on_every_date() =>
        Prop.ForAll(Catalogs, Dates, (catalog, dates) =>
            dates.All(date => catalog.SituationOn(date).Equals(SituationAnalysis.ScanSituationOn(catalog, date))));

    [Property]
    public Property Sources_cited_by_source_or_by_walking_the_entries_come_in_the_same_order() =>
        Prop.ForAll(Catalogs, Dates, (catalog, dates) =>
        {
            var timeline = IncidentTimeline.Of(catalog);
            return dates.All(date =>
            {
                var from = timeline.TailFrom(date);
                var bySource = new CitedSources();
                var byWalk = new CitedSources();
                timeline.AddSources(bySource, from, bySource: true);
                timeline.AddSources(byWalk, from, bySource: false);
                return bySource.ToImmutable().SequenceEqual(byWalk.ToImmutable());
            });
        });
}
