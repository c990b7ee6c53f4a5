using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Analysis;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using NodaTime;
using Xunit;

using static Coordination.Domain.Tests.Catalog.TerritoryQuestionsCatalog;

namespace Coordination.Domain.Tests.Catalog;

/// <summary>The catalog's questions about territories: the dispute rule, memberships and the controller picture.</summary>
public sealed class TerritoryQuestionsTests
{
    private static CoordinationCatalog Catalog => TerritoryQuestionsCatalog.Catalog;

    [Fact]
    public void The_test_catalog_is_valid()
    {
        Assert.True(Catalog.Validate().IsValid, string.Join("\n", Catalog.Validate().Errors));
    }

    [Fact]
    public void A_territory_two_actors_claim_is_disputed_by_its_own_claims()
    {
        var dispute = Catalog.DisputeOn(Kirkuk, AfterTheFall);

        Assert.NotNull(dispute);
        Assert.False(dispute.IsInherited);
        Assert.Equal([Goi, Krg], dispute.Claimants);
    }

    [Fact]
    public void A_descendant_of_a_disputed_territory_inherits_the_dispute_from_it()
    {
        var dispute = Catalog.DisputeOn(KirkukCity, AfterTheFall);

        Assert.NotNull(dispute);
        Assert.True(dispute.IsInherited);
        Assert.Equal(Kirkuk, dispute.DisputedFrom);
        Assert.Equal([Goi, Krg], dispute.Claimants);
    }

    [Fact]
    public void A_member_of_a_disputed_region_inherits_the_dispute_but_its_parent_does_not()
    {
        Assert.Equal(Disputed, Catalog.DisputeOn(Makhmour, AfterTheFall)?.DisputedFrom);
        Assert.False(Catalog.IsDisputedOn(Ninewa, AfterTheFall));
        Assert.False(Catalog.IsDisputedOn(Iraq, AfterTheFall));
    }

    [Fact]
    public void A_member_inherits_only_while_the_region_is_disputed()
    {
        // Before 2005-10-15 only the KRG claims the disputed territories.
        Assert.False(Catalog.IsDisputedOn(Makhmour, new LocalDate(2005, 1, 1)));
        Assert.True(Catalog.IsDisputedOn(Makhmour, new LocalDate(2005, 10, 15)));
    }

    [Fact]
    public void A_territory_partly_within_a_disputed_one_inherits_nothing()
    {
        Assert.Null(Catalog.DisputeOn(Hamrin, AfterTheFall));
    }

    [Fact]
    public void Disputed_territories_on_a_date_follow_the_rule_in_catalog_order()
    {
        Assert.Equal([Kirkuk, KirkukCity, Prde, Disputed, Makhmour], Catalog.DisputedTerritoriesOn(AfterTheFall).Select(t => t.Id));
        Assert.Equal(Catalog.DisputedTerritoriesOn(AfterTheFall).Select(t => t.Id), Catalog.DisputesOn(AfterTheFall).Select(d => d.Territory));
    }

    [Fact]
    public void An_unknown_territory_is_not_disputed_and_has_no_picture()
    {
        Assert.Null(Catalog.DisputeOn(TerritoryId.Parse("atlantis"), AfterTheFall));
        Assert.Null(Catalog.ControlOn(TerritoryId.Parse("atlantis"), AfterTheFall));
    }

    [Fact]
    public void A_cycle_of_memberships_neither_hangs_nor_invents_a_dispute()
    {
        var a = TerritoryId.Parse("a");
        var b = TerritoryId.Parse("b");
        var catalog = new CoordinationCatalog
        {
            Territories = [Place(a, TerritoryKind.InformalRegion, "A", null) with { Memberships = [Member(b)] }, Place(b, TerritoryKind.InformalRegion, "B", null) with { Memberships = [Member(a)] }],
        };

        Assert.Empty(catalog.DisputedTerritoriesOn(AfterTheFall));
        Assert.NotNull(catalog.ControlOn(a, AfterTheFall));
    }

    [Fact]
    public void A_territory_met_again_inside_a_cycle_is_still_disputed_when_another_path_makes_it_so()
    {
        // b is a's child and a member of the disputed d; a is a member of b. Asked about b first, the finder once met a
        // while working b out, counted it undisputed for the cycle, and kept that answer for a (a replayed property).
        var (a, b, d) = (TerritoryId.Parse("a"), TerritoryId.Parse("b"), TerritoryId.Parse("d"));
        var catalog = new CoordinationCatalog
        {
            Territories =
            [
                Place(b, TerritoryKind.InformalRegion, "B", a) with { Memberships = [Member(d)] },
                Place(a, TerritoryKind.InformalRegion, "A", null) with { Memberships = [Member(b)] },
                Place(d, TerritoryKind.InformalRegion, "D", null) with { Claims = [Claim(Goi), Claim(Krg)] },
            ],
        };

        Assert.Equal([b, a, d], catalog.DisputedTerritoriesOn(AfterTheFall).Select(t => t.Id));
        Assert.Equal(d, catalog.DisputeOn(a, AfterTheFall)?.DisputedFrom);
        Assert.Equal(d, catalog.DisputesOn(AfterTheFall)[0].DisputedFrom);
    }

    [Fact]
    public void Members_and_regions_are_looked_up_by_kind_and_date()
    {
        Assert.Equal([Makhmour], Catalog.MembersOf(Disputed, AfterTheFall));
        Assert.Equal([Hamrin], Catalog.MembersOf(Kirkuk, AfterTheFall, MembershipKind.PartlyWithin));
        Assert.Empty(Catalog.MembersOf(Kirkuk, AfterTheFall));
        Assert.Equal([Disputed], Catalog.RegionsOf(Makhmour, AfterTheFall));
        Assert.Empty(Catalog.RegionsOf(TerritoryId.Parse("atlantis"), AfterTheFall));
    }

    [Fact]
    public void Who_controlled_kirkuk_governorate_after_the_fall_is_derived_from_kirkuk_city()
    {
        var picture = Catalog.ControlOn(Kirkuk, AfterTheFall)!;

        Assert.Null(picture.Controller);
        Assert.Null(Catalog.ControllerOf(Kirkuk, AfterTheFall));
        var derived = Assert.Single(picture.Derived);
        Assert.Equal(KirkukCity, derived.From);
        Assert.Equal(Isf, derived.Controller);
        Assert.NotNull(derived.Period.Inference);
        Assert.Equal([Isf], picture.Controllers());
    }

    [Fact]
    public void Before_the_fall_the_picture_names_the_peshmerga_in_kirkuk_city()
    {
        var picture = Catalog.ControlOn(Kirkuk, new LocalDate(2017, 10, 1))!;

        Assert.Equal([Peshmerga], picture.Derived.Select(d => d.Controller));
    }

    [Fact]
    public void A_region_derives_control_from_its_members_and_their_partial_control()
    {
        var picture = Catalog.ControlOn(Disputed, AfterTheFall)!;

        var derived = Assert.Single(picture.Derived);
        Assert.Equal(Makhmour, derived.From);
        Assert.Equal("Makhmour town", derived.Period.Part);
    }

    [Fact]
    public void A_territory_with_a_whole_controller_derives_nothing_and_keeps_its_partial_control()
    {
        var catalog = Catalog.With(Catalog.FindTerritory(Kirkuk)! with
        {
            ControlPeriods =
            [
                new ControlPeriod { Controller = Isf, Period = DatePeriod.From(FallOfKirkuk) },
                new ControlPeriod { Controller = Peshmerga, Period = DatePeriod.Always, Extent = ControlExtent.Part },
            ],
        });

        var picture = catalog.ControlOn(Kirkuk, AfterTheFall)!;

        Assert.Equal(Isf, picture.Controller);
        Assert.Empty(picture.Derived);
        Assert.Equal([Peshmerga], picture.Partial.Select(p => p.Controller));
        Assert.Equal(Isf, catalog.ControllerOf(Kirkuk, AfterTheFall));
    }

    [Fact]
    public void Control_of_a_part_does_not_make_a_whole_controller_and_may_overlap_it()
    {
        var territory = Catalog.FindTerritory(Makhmour)!
            .WithControlPeriod(new ControlPeriod { Controller = Peshmerga, Period = DatePeriod.Until(FallOfKirkuk.PlusDays(10)) })
            .WithControlPeriod(new ControlPeriod { Controller = Goi, Period = DatePeriod.Always, Extent = ControlExtent.Part });

        Assert.Null(territory.ControllerOn(AfterTheFall));
        Assert.Equal(Peshmerga, territory.ControllerOn(FallOfKirkuk));
        Assert.Equal(2, territory.PartialControlOn(AfterTheFall).Length);
        Assert.Throws<System.ArgumentException>(() => territory.WithControlPeriod(new ControlPeriod { Controller = Isf, Period = DatePeriod.Always }));
    }

    [Fact]
    public void The_situation_says_where_a_dispute_comes_from_and_carries_the_controller_picture()
    {
        var situation = Catalog.SituationOn(AfterTheFall);

        var kirkuk = situation.DisputedTerritories.Single(t => t.Territory == Kirkuk);
        Assert.Null(kirkuk.InheritedFrom);
        Assert.Null(kirkuk.Controller);
        Assert.Equal(Catalog.ControlOn(Kirkuk, AfterTheFall), kirkuk.Control);
        var city = situation.DisputedTerritories.Single(t => t.Territory == KirkukCity);
        Assert.Equal(Kirkuk, city.InheritedFrom);
        Assert.Equal([Goi, Krg], city.Claimants);
        Assert.Equal(Isf, city.Controller);
        Assert.Equal(Disputed, situation.DisputedTerritories.Single(t => t.Territory == Makhmour).InheritedFrom);
    }

    [Fact]
    public void The_situation_marks_inferred_claims_and_territories()
    {
        var inferred = new Inference { Reasoning = "The KRG's claim follows from its administration since 2003.", From = [Src] };
        var kirkuk = Catalog.FindTerritory(Kirkuk)!;
        var catalog = Catalog.With(kirkuk with { Claims = [kirkuk.Claims[0], kirkuk.Claims[1] with { Inference = inferred }], Inference = inferred });

        var entry = catalog.SituationOn(AfterTheFall).DisputedTerritories.Single(t => t.Territory == Kirkuk);

        Assert.Equal([Krg], entry.InferredClaimants);
        Assert.True(entry.IsInferred);
        Assert.False(Catalog.SituationOn(AfterTheFall).DisputedTerritories.Single(t => t.Territory == Kirkuk).IsInferred);
    }
}
