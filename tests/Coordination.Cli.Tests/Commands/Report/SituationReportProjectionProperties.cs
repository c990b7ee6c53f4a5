using System.Linq;
using Coordination.Cli.Commands.Report;
using Coordination.Domain.Catalog;
using Coordination.Domain.Temporal;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Coordination.Cli.Tests.TestHost.Records;

namespace Coordination.Cli.Tests.Commands.Report;

public class SituationReportProjectionProperties
{
    private static readonly LocalDate Epoch = new(2014, 1, 1);

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool Incidents_shown_happened_by_the_date_latest_first_and_none_is_lost(Scenario scenario)
    {
        var catalog = new CoordinationCatalog
        {
            Incidents = [.. scenario.IncidentDays.Select((day, i) => Incident($"i{i}", ReportedDate.OnDay(Epoch.PlusDays(day))))],
        };
        var asOf = Epoch.PlusDays(scenario.AsOfDay);

        var report = new SituationReportProjection(catalog).Project(asOf, "test", scenario.Limit);

        var dates = report.Incidents.Select(i => catalog.FindIncident(Domain.Identifiers.IncidentId.Parse(i.Id))!.Date.Earliest).ToList();
        var happened = scenario.IncidentDays.Count(day => Epoch.PlusDays(day) <= asOf);
        return dates.All(d => d <= asOf)
            && dates.SequenceEqual(dates.OrderDescending())
            && report.Incidents.Length == System.Math.Min(scenario.Limit, happened)
            && report.Incidents.Length + report.IncidentsOmitted == happened;
    }

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool A_territory_is_disputed_exactly_when_two_distinct_claimants_hold_claims_on_the_date(Scenario scenario)
    {
        var territory = Territory("kirkuk") with
        {
            Claims = [.. scenario.Claims.Select(c => Claim(c.Claimant, new DatePeriod(Epoch.PlusDays(c.From), Epoch.PlusDays(c.From + c.Days))))],
        };
        var asOf = Epoch.PlusDays(scenario.AsOfDay);

        var report = new SituationReportProjection(new CoordinationCatalog { Territories = [territory] }).Project(asOf, "test");

        var claimants = scenario.Claims.Where(c => c.From <= scenario.AsOfDay && scenario.AsOfDay < c.From + c.Days).Select(c => c.Claimant).Distinct().Count();
        return report.DisputedTerritories.Length == (claimants >= 2 ? 1 : 0);
    }

    public sealed record ClaimSpan(string Claimant, int From, int Days);

    public sealed record Scenario(int[] IncidentDays, int AsOfDay, int Limit, ClaimSpan[] Claims)
    {
        public override string ToString() =>
            $"Scenario {{ IncidentDays = [{string.Join(", ", IncidentDays)}], AsOfDay = {AsOfDay}, Limit = {Limit}, Claims = [{string.Join(", ", Claims.AsEnumerable())}] }}";
    }

    public static class Arbitraries
    {
        public static Arbitrary<Scenario> Scenarios() =>
            (from days in Gen.Choose(0, 4000).ArrayOf()
             from asOf in Gen.Choose(0, 4000)
             from limit in Gen.Choose(0, 12)
             from claims in (from claimant in Gen.Elements("goi", "krg", "isf")
                             from start in Gen.Choose(0, 4000)
                             from length in Gen.Choose(1, 2000)
                             select new ClaimSpan(claimant, start, length)).ArrayOf()
             select new Scenario(days, asOf, limit, claims)).ToArbitrary();
    }
}
