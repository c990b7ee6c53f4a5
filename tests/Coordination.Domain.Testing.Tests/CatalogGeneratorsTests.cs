using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Mechanisms;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Testing.Tests;

[Properties(Arbitrary = new[] { typeof(CatalogArbitraries) })]
public sealed class CatalogGeneratorsTests
{
    [Property]
    public bool Generated_catalogs_have_unique_ids_of_every_kind(CoordinationCatalog catalog) =>
        catalog.Actors.Select(a => a.Id).Distinct().Count() == catalog.Actors.Length
        && catalog.Territories.Select(t => t.Id).Distinct().Count() == catalog.Territories.Length
        && catalog.Mechanisms.Select(m => m.Id).Distinct().Count() == catalog.Mechanisms.Length
        && catalog.Incidents.Select(i => i.Id).Distinct().Count() == catalog.Incidents.Length
        && catalog.Sources.Select(s => s.Id).Distinct().Count() == catalog.Sources.Length;

    [Property]
    public bool Generated_references_resolve(CoordinationCatalog catalog) =>
        catalog.Actors.SelectMany(a => a.Relations).All(r => catalog.FindActor(r.Target) is not null)
        && catalog.Territories.All(t => t.Parent is not { } p || catalog.FindTerritory(p) is not null)
        && catalog.Mechanisms.SelectMany(m => m.Participants).All(p => catalog.FindActor(p.Actor) is not null)
        && catalog.Incidents.SelectMany(i => i.Sources).All(s => catalog.FindSource(s) is not null);

    [Property]
    public bool Generated_whole_territory_control_periods_never_overlap(CoordinationCatalog catalog) =>
        catalog.Territories.All(t => t.ControlPeriods.Where(p => p.IsWhole).ToArray() is var whole
            && whole.SelectMany((a, i) => whole.Skip(i + 1), (a, b) => !a.Period.Overlaps(b.Period)).All(ok => ok));

    [Fact]
    public void Generated_catalogs_sometimes_hold_memberships_former_designations_partial_control_and_inferences()
    {
        var territories = CatalogGenerators.ValidCatalog().Sample(30, 20).SelectMany(c => c.Territories).ToList();

        Assert.Contains(territories, t => !t.Memberships.IsEmpty);
        Assert.Contains(territories, t => !t.FormerDesignations.IsEmpty);
        Assert.Contains(territories, t => t.ControlPeriods.Any(p => !p.IsWhole));
        Assert.Contains(territories, t => t.Inference is not null || t.Claims.Any(c => c.Inference is not null));
    }

    [Property]
    public bool Generated_mechanisms_have_legal_histories_and_two_parties(CoordinationCatalog catalog) =>
        catalog.Mechanisms.All(m => MechanismLifecycle.FindViolation(m.StatusHistory) is null && m.Parties.Length >= 2);

    [Property]
    public bool Generated_casualty_estimates_are_ordered(CoordinationCatalog catalog) =>
        catalog.Incidents.SelectMany(i => i.Casualties).All(c => c.Killed is not { IsOrdered: false } && c.Injured is not { IsOrdered: false });

    [Property]
    public bool Generated_reported_totals_agree_with_the_parties(CoordinationCatalog catalog) =>
        catalog.Incidents.Where(i => i.ReportedTotals is not null).All(i =>
            i.ReportedTotals!.Killed is not { IsOrdered: false } && i.ReportedTotals.Injured is not { IsOrdered: false }
            && (i.ReportedTotals.Killed is not { } total || i.Casualties.Sum(c => (long)(c.Killed?.Low ?? 0)) <= total.High));

    [Fact]
    public void Generated_catalogs_hold_unreported_figures_totals_every_kind_of_speaker_and_inferences()
    {
        var catalogs = CatalogGenerators.ValidCatalog().Sample(300);

        Assert.Contains(catalogs, c => c.Incidents.Any(i => i.Casualties.Any(k => k.Killed is null)));
        Assert.Contains(catalogs, c => c.Incidents.Any(i => i.Casualties.Any(k => k.Killed == Incidents.CasualtyEstimate.Zero)));
        Assert.Contains(catalogs, c => c.Incidents.Any(i => i.ReportedTotals is not null));
        Assert.Contains(catalogs, c => c.Incidents.Any(i => i.Inference is not null));
        foreach (var kind in System.Enum.GetValues<Provenance.SpeakerKind>())
        {
            Assert.Contains(catalogs, c => c.Statements.Any(s => s.Speaker?.Kind == kind));
        }

        Assert.Contains(catalogs, c => c.Actors.Any(a => a.Inference is not null) && c.People.Any(p => p.Inference is not null || p.Posts.Any(post => post.Inference is not null)));
    }

    [Property]
    public bool Legal_histories_are_legal(ImmutableArray<StatusChange> history) =>
        !history.IsEmpty && MechanismLifecycle.FindViolation(history) is null;
}
