using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Territories;
using Coordination.Domain.Testing;
using Coordination.Domain.Tests.Analysis;
using FsCheck.Xunit;
using NodaTime;

namespace Coordination.Domain.Tests.Catalog;

/// <summary>What holds of the dispute rule and the controller picture of every valid generated catalog on every date.</summary>
[Properties(Arbitrary = [typeof(CatalogArbitraries), typeof(CatalogDates)])]
public sealed class TerritoryQuestionsProperties
{
    [Property]
    public bool Every_child_and_every_member_of_a_disputed_territory_is_disputed(CoordinationCatalog catalog, LocalDate date)
    {
        var disputed = catalog.DisputedTerritoriesOn(date).Select(t => t.Id).ToHashSet();
        return catalog.Territories.All(t =>
            !((t.Parent is { } parent && disputed.Contains(parent)) || t.RegionsOn(MembershipKind.Member, date).Any(disputed.Contains))
            || disputed.Contains(t.Id));
    }

    [Property]
    public bool Every_descendant_of_a_territory_disputed_by_its_own_claims_is_disputed_from_a_territory_disputed_by_its_own(CoordinationCatalog catalog, LocalDate date)
    {
        var disputes = catalog.DisputesOn(date);
        return catalog.Territories.Where(t => t.IsDisputedOn(date))
                .All(t => catalog.SelfAndDescendants(t.Id).All(d => catalog.IsDisputedOn(d, date)))
            && disputes.All(d => catalog.FindTerritory(d.DisputedFrom)!.IsDisputedOn(date) && d.Claimants.Length >= 2);
    }

    [Property]
    public bool Without_claims_nothing_is_disputed(CoordinationCatalog catalog, LocalDate date)
    {
        var unclaimed = new CoordinationCatalog
        {
            Actors = catalog.Actors, Sources = catalog.Sources,
            Territories = [.. catalog.Territories.Select(t => t with { Claims = [] })],
        };
        return unclaimed.DisputedTerritoriesOn(date).IsEmpty && unclaimed.Territories.All(t => !unclaimed.IsDisputedOn(t.Id, date));
    }

    [Property]
    public bool The_picture_of_a_territory_with_a_whole_controller_is_its_own_controller_and_nothing_derived(CoordinationCatalog catalog, LocalDate date) =>
        catalog.Territories.All(t => catalog.ControlOn(t.Id, date) is { } picture
            && picture.Controller == t.ControllerOn(date)
            && picture.Partial.SequenceEqual(t.PartialControlOn(date))
            && (t.ControllerOn(date) is null || picture.Derived.IsEmpty));

    [Property]
    public bool Derived_control_comes_from_the_territory_s_parts_only(CoordinationCatalog catalog, LocalDate date) =>
        catalog.Territories.All(t =>
        {
            var picture = catalog.ControlOn(t.Id, date)!;
            var below = Below(catalog, t.Id, date);
            return picture.Derived.All(d => below.Contains(d.From) && catalog.FindTerritory(d.From)!.ControlPeriods.Contains(d.Period) && d.Period.Period.Contains(date));
        });

    // Every territory reachable from `territory` by children and members of kind Member in force.
    private static ImmutableHashSet<TerritoryId> Below(CoordinationCatalog catalog, TerritoryId territory, LocalDate date)
    {
        var found = ImmutableHashSet.CreateBuilder<TerritoryId>();
        var pending = new System.Collections.Generic.Stack<TerritoryId>([territory]);
        while (pending.TryPop(out var current))
        {
            foreach (var part in catalog.Territories.Where(p => p.Parent == current || p.RegionsOn(MembershipKind.Member, date).Contains(current)))
            {
                if (found.Add(part.Id))
                {
                    pending.Push(part.Id);
                }
            }
        }

        return found.ToImmutable();
    }
}
