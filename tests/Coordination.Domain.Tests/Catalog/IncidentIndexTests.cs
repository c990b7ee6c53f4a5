using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Names;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Catalog;

/// <summary>The edges of <see cref="CoordinationCatalog.IncidentsIn"/> now that an index answers it.</summary>
public sealed class IncidentIndexTests
{
    private static readonly TerritoryId Kirkuk = TerritoryId.Parse("kirkuk");
    private static readonly TerritoryId Dibis = TerritoryId.Parse("dibis");
    private static readonly TerritoryId Diyala = TerritoryId.Parse("diyala");
    private static readonly LocalDate May1 = new(2021, 5, 1);

    [Fact]
    public void An_empty_catalog_has_no_incidents_anywhere()
    {
        Assert.Empty(CoordinationCatalog.Empty.IncidentsIn(Kirkuk, DateRange.OfYear(2021)));
        Assert.Empty(new CoordinationCatalog { Territories = [Territory(Kirkuk)] }.IncidentsIn(Kirkuk, DateRange.OfYear(2021)));
    }

    [Fact]
    public void A_territory_the_catalog_does_not_hold_has_no_incidents_even_when_incidents_name_it()
    {
        var catalog = new CoordinationCatalog { Incidents = [Incident(1, Kirkuk, ReportedDate.OnDay(May1))] };

        Assert.Empty(catalog.IncidentsIn(Kirkuk, DateRange.OfDay(May1)));
        Assert.Empty(catalog.ScanIncidentsIn(Kirkuk, DateRange.OfDay(May1)));
    }

    [Fact]
    public void A_territory_with_no_incidents_has_none_while_its_neighbour_has_them()
    {
        var catalog = Catalog(Incident(1, Kirkuk, ReportedDate.OnDay(May1)));

        Assert.Empty(catalog.IncidentsIn(Diyala, DateRange.OfYear(2021)));
        Assert.Single(catalog.IncidentsIn(Kirkuk, DateRange.OfYear(2021)));
    }

    [Fact]
    public void Ranges_touching_a_reported_date_at_either_end_find_it_and_ranges_a_day_off_do_not()
    {
        var month = Incident(1, Kirkuk, ReportedDate.InMonth(new YearMonth(2021, 5)));
        var catalog = Catalog(month);

        Assert.Equal([month], catalog.IncidentsIn(Kirkuk, new DateRange(new LocalDate(2021, 4, 1), May1)));
        Assert.Equal([month], catalog.IncidentsIn(Kirkuk, new DateRange(new LocalDate(2021, 5, 31), new LocalDate(2021, 6, 30))));
        Assert.Empty(catalog.IncidentsIn(Kirkuk, new DateRange(new LocalDate(2021, 4, 1), new LocalDate(2021, 4, 30))));
        Assert.Empty(catalog.IncidentsIn(Kirkuk, DateRange.OfDay(new LocalDate(2021, 6, 1))));
    }

    [Fact]
    public void A_one_sided_date_reaches_without_end_on_its_open_side_only()
    {
        var before = Incident(1, Kirkuk, ReportedDate.OnOrBefore(ReportedDate.OnDay(May1)));
        var after = Incident(2, Kirkuk, ReportedDate.NotBefore(ReportedDate.InYear(2021)));
        var catalog = Catalog(before, after);

        Assert.Equal([before], catalog.IncidentsIn(Kirkuk, DateRange.OfYear(1950)));
        Assert.Equal([before, after], catalog.IncidentsIn(Kirkuk, DateRange.OfDay(May1)));
        Assert.Equal([after], catalog.IncidentsIn(Kirkuk, DateRange.OfDay(new LocalDate(2021, 5, 2))));
        Assert.Equal([after], catalog.IncidentsIn(Kirkuk, DateRange.OfYear(2090)));
        Assert.Empty(catalog.IncidentsIn(Kirkuk, DateRange.OfYear(2020)).Where(i => i == after));
    }

    [Fact]
    public void Descendants_incidents_come_with_the_territory_s_own_in_catalog_order()
    {
        var inDibis = Incident(1, Dibis, ReportedDate.OnDay(May1));
        var inKirkuk = Incident(2, Kirkuk, ReportedDate.InWeek(new LocalDate(2021, 4, 28), May1));
        var inDibisLater = Incident(3, Dibis, ReportedDate.OnDay(May1.PlusDays(1)));
        var catalog = Catalog(inDibis, inKirkuk, inDibisLater);

        Assert.Equal([inDibis, inKirkuk, inDibisLater], catalog.IncidentsIn(Kirkuk, DateRange.OfMonth(new YearMonth(2021, 5))));
        Assert.Equal([inDibis, inDibisLater], catalog.IncidentsIn(Dibis, DateRange.OfYear(2021)));
    }

    [Fact]
    public void A_catalog_changed_with_an_incident_answers_from_its_own_index()
    {
        var first = Incident(1, Kirkuk, ReportedDate.OnDay(May1));
        var catalog = Catalog(first);
        Assert.Single(catalog.IncidentsIn(Kirkuk, DateRange.OfDay(May1)));

        var second = Incident(2, Kirkuk, ReportedDate.OnDay(May1));
        var changed = catalog.With(second);

        Assert.Equal([first, second], changed.IncidentsIn(Kirkuk, DateRange.OfDay(May1)));
        Assert.Equal([first], catalog.IncidentsIn(Kirkuk, DateRange.OfDay(May1)));
    }

    [Fact]
    public void Many_threads_asking_at_once_get_the_same_answer_and_one_index()
    {
        var catalog = Catalog([.. Enumerable.Range(0, 2_000).Select(i => Incident(i, i % 2 == 0 ? Kirkuk : Dibis, ReportedDate.OnDay(May1.PlusDays(i % 400))))]);
        var dates = new DateRange(May1.PlusDays(100), May1.PlusDays(130));
        var expected = catalog.ScanIncidentsIn(Kirkuk, dates);
        var answers = new ImmutableArray<Incident>[16];
        var indexes = new TerritoryIncidentIndex[16];

        Parallel.For(0, answers.Length, k => (answers[k], indexes[k]) = (catalog.IncidentsIn(Kirkuk, dates), catalog.IncidentsByTerritory()));

        Assert.NotEmpty(expected);
        Assert.All(answers, a => Assert.Equal(expected, a));
        Assert.All(indexes, i => Assert.Same(indexes[0], i));
        Assert.Equal(2_000, indexes[0].Count);
    }

    [Fact]
    public void Incidents_without_a_territory_or_null_elements_are_never_found_and_never_break_the_index()
    {
        var located = Incident(1, Kirkuk, ReportedDate.OnDay(May1));
        var unlocated = Incident(2, Kirkuk, ReportedDate.OnDay(May1)) with { Location = new IncidentLocation { PlaceName = "somewhere", Precision = LocationPrecision.NearNamedPlace } };
        var catalog = Catalog(null!, unlocated, located);

        Assert.Equal([located], catalog.IncidentsIn(Kirkuk, DateRange.OfDay(May1)));
        Assert.Equal(1, catalog.IncidentsByTerritory().Count);
    }

    private static CoordinationCatalog Catalog(params Incident[] incidents) => new()
    {
        Territories = [Territory(Kirkuk), Territory(Dibis) with { Parent = Kirkuk }, Territory(Diyala)],
        Incidents = [.. incidents],
    };

    private static Territory Territory(TerritoryId id) => new() { Id = id, Kind = TerritoryKind.Governorate, Names = NameSet.Of(id.Value) };

    private static Incident Incident(int i, TerritoryId territory, ReportedDate date) => new()
    {
        Id = IncidentId.Parse($"incident-{i}"),
        Kind = IncidentKind.ArmedClash,
        Date = date,
        Location = new IncidentLocation { Territory = territory, Precision = LocationPrecision.FirstOrderDivision },
    };
}
