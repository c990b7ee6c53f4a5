using System.Linq;
using System.Threading.Tasks;
using Coordination.Domain.Analysis;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Analysis;

/// <summary>The edges of the incidents of a situation now that a timeline answers them.</summary>
public sealed class SituationTimelineTests
{
    private static readonly LocalDate May1 = new(2021, 5, 1);
    private static readonly SourceId A = SourceId.Parse("source-a");
    private static readonly SourceId B = SourceId.Parse("source-b");

    [Fact]
    public void An_empty_catalog_has_no_incidents_on_any_date()
    {
        var situation = CoordinationCatalog.Empty.SituationOn(May1);

        Assert.Empty(situation.Incidents);
        Assert.Empty(situation.Sources);
    }

    [Fact]
    public void An_incident_is_in_from_the_first_day_of_its_reported_date_whatever_its_bound()
    {
        var month = Incident(1, ReportedDate.InMonth(new YearMonth(2021, 5)), A);
        var before = Incident(2, ReportedDate.OnOrBefore(ReportedDate.OnDay(May1.PlusDays(3))), B);
        var catalog = new CoordinationCatalog { Incidents = [month, before] };

        Assert.Empty(catalog.SituationOn(May1.PlusDays(-1)).Incidents);
        Assert.Equal([month.Id], catalog.SituationOn(May1).Incidents.Select(i => i.Incident));
        Assert.Equal([before.Id, month.Id], catalog.SituationOn(May1.PlusDays(3)).Incidents.Select(i => i.Incident));
        Assert.Equal([B, A], catalog.SituationOn(May1.PlusDays(3)).Sources);
    }

    [Fact]
    public void Incidents_of_one_date_come_by_identifier_then_in_catalog_order()
    {
        var second = Incident(2, ReportedDate.OnDay(May1), A);
        var first = Incident(1, ReportedDate.OnDay(May1), B);
        var again = Incident(1, ReportedDate.OnDay(May1), A) with { Summary = "the duplicate" };
        var catalog = new CoordinationCatalog { Incidents = [second, null!, first, again] };

        var incidents = catalog.SituationOn(May1).Incidents;

        Assert.Equal([first.Id, first.Id, second.Id], incidents.Select(i => i.Incident));
        Assert.Equal([B], incidents[0].Sources);
        Assert.Equal([A], incidents[1].Sources);
        Assert.Equal(SituationAnalysis.ScanSituationOn(catalog, May1), catalog.SituationOn(May1));
    }

    [Fact]
    public void Many_threads_asking_at_once_get_the_same_situation_and_one_timeline()
    {
        var catalog = new CoordinationCatalog { Incidents = [.. Enumerable.Range(0, 2_000).Select(i => Incident(i, ReportedDate.OnDay(May1.PlusDays(i % 300)), i % 2 == 0 ? A : B))] };
        var date = May1.PlusDays(150);
        var expected = SituationAnalysis.ScanSituationOn(catalog, date);
        var situations = new Situation[16];
        var timelines = new IncidentTimeline[16];

        Parallel.For(0, situations.Length, k => (situations[k], timelines[k]) = (catalog.SituationOn(date), IncidentTimeline.Of(catalog)));

        Assert.All(situations, s => Assert.Equal(expected, s));
        Assert.All(timelines, t => Assert.Same(timelines[0], t));
    }

    private static Incident Incident(int i, ReportedDate date, SourceId source) => new()
    {
        Id = IncidentId.Parse($"incident-{i}"),
        Kind = IncidentKind.ArmedClash,
        Date = date,
        Location = new IncidentLocation { PlaceName = "Prde", Precision = LocationPrecision.NearNamedPlace },
        Sources = [source],
    };
}
