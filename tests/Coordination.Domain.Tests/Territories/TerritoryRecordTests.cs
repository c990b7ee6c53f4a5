using System;
using System.Linq;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Territories;

public sealed class TerritoryRecordTests
{
    private static readonly Inference Stated = new() { Reasoning = "From the article.", From = [ArticleFacts.Esta] };
    private static readonly DatePeriod BeforeKirkuk = DatePeriod.Until(ArticleFacts.FallOfKirkuk);
    private static readonly DatePeriod AfterKirkuk = DatePeriod.From(ArticleFacts.FallOfKirkuk);

    private static ControlPeriod Control(ActorId controller, DatePeriod period, ControlExtent extent = ControlExtent.Whole, string? part = null) =>
        new() { Controller = controller, Period = period, Extent = extent, Part = part, Sources = [ArticleFacts.Esta], Inference = Stated };

    private static Territory FullTerritory() => new()
    {
        Id = ArticleFacts.Kirkuk,
        Kind = TerritoryKind.Governorate,
        Names = NameSet.Of("Kirkuk", "Kerkuk"),
        Parent = ArticleFacts.Iraq,
        IsoCode = "IQ-KI",
        PCode = "IQG13",
        Point = new GeoPoint(35.47, 44.39),
        Memberships = [new TerritoryMembership { Region = ArticleFacts.Iraq, Kind = MembershipKind.Member, Period = AfterKirkuk, Sources = [ArticleFacts.Esta], Inference = Stated }],
        FormerDesignations = [new FormerDesignation { IsoCode = "IQ-TS", PCode = "IQG99", Name = new Name("At-Ta'mim"), Period = BeforeKirkuk, Sources = [ArticleFacts.Esta] }],
        Claims = [new TerritorialClaim { Claimant = ArticleFacts.Krg, Basis = "Article 140", Period = AfterKirkuk, Sources = [ArticleFacts.Esta], Inference = Stated }],
        ControlPeriods = [Control(ArticleFacts.Peshmerga, BeforeKirkuk), Control(ArticleFacts.Isf, AfterKirkuk)],
        Sources = [ArticleFacts.Esta],
        Inference = Stated,
    };

    [Fact]
    public void Territory_and_its_parts_compare_every_member_and_read_default_arrays_as_empty()
    {
        var territory = FullTerritory();
        object[] parts = [territory, territory.Memberships[0], territory.FormerDesignations[0], territory.Claims[0], territory.ControlPeriods[0]];

        Assert.Empty(RecordContracts.EqualityBreaches(territory));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(territory));
        Assert.Empty(RecordContracts.EqualityBreaches(territory.Memberships[0]));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(territory.Memberships[0]));
        Assert.Empty(RecordContracts.EqualityBreaches(territory.FormerDesignations[0]));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(territory.FormerDesignations[0]));
        Assert.Empty(RecordContracts.EqualityBreaches(territory.Claims[0]));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(territory.Claims[0]));
        Assert.Empty(RecordContracts.EqualityBreaches(territory.ControlPeriods[0]));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(territory.ControlPeriods[0]));
        Assert.Equal(5, parts.Distinct().Count());
    }

    [Fact]
    public void Pictures_and_disputes_compare_every_member_and_read_default_arrays_as_empty()
    {
        var picture = new ControlPicture
        {
            Territory = ArticleFacts.Kirkuk,
            Whole = Control(ArticleFacts.Isf, AfterKirkuk),
            Partial = [Control(ArticleFacts.Peshmerga, AfterKirkuk, ControlExtent.Part, "the citadel")],
            Derived = [new DerivedControl { From = ArticleFacts.Iraq, Period = Control(ArticleFacts.GovernmentOfIraq, AfterKirkuk) }],
        };
        var dispute = new TerritoryDispute { Territory = ArticleFacts.Makhmour, DisputedFrom = ArticleFacts.Kirkuk, Claimants = [ArticleFacts.GovernmentOfIraq, ArticleFacts.Krg] };

        Assert.Empty(RecordContracts.EqualityBreaches(picture));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(picture));
        Assert.Empty(RecordContracts.EqualityBreaches(dispute));
        Assert.Empty(RecordContracts.DefaultArrayBreaches(dispute));
    }

    [Fact]
    public void A_picture_names_its_controllers_once_each_whole_first_and_is_empty_only_with_nothing_in_it()
    {
        var empty = new ControlPicture { Territory = ArticleFacts.Kirkuk };
        var whole = empty with { Whole = Control(ArticleFacts.Isf, AfterKirkuk) };
        var partial = empty with { Partial = [Control(ArticleFacts.Peshmerga, AfterKirkuk, ControlExtent.Part)] };
        var derived = empty with { Derived = [new DerivedControl { From = ArticleFacts.Iraq, Period = Control(ArticleFacts.GovernmentOfIraq, AfterKirkuk) }] };
        var all = whole with { Partial = partial.Partial.Add(Control(ArticleFacts.Isf, AfterKirkuk, ControlExtent.Part)), Derived = derived.Derived };

        Assert.True(empty.IsEmpty);
        Assert.Empty(empty.Controllers());
        Assert.Null(empty.Controller);
        Assert.False(whole.IsEmpty);
        Assert.False(partial.IsEmpty);
        Assert.False(derived.IsEmpty);
        Assert.Equal([ArticleFacts.Isf], whole.Controllers());
        Assert.Equal([ArticleFacts.Peshmerga], partial.Controllers());
        Assert.Equal([ArticleFacts.Isf, ArticleFacts.Peshmerga, ArticleFacts.GovernmentOfIraq], all.Controllers());
        Assert.Equal(ArticleFacts.Isf, all.Controller);
    }

    [Fact]
    public void A_dispute_is_inherited_when_another_territory_makes_it()
    {
        Assert.True(new TerritoryDispute { Territory = ArticleFacts.Makhmour, DisputedFrom = ArticleFacts.Kirkuk }.IsInherited);
        Assert.False(new TerritoryDispute { Territory = ArticleFacts.Kirkuk, DisputedFrom = ArticleFacts.Kirkuk }.IsInherited);
    }

    [Fact]
    public void PartialControlOn_gives_only_the_parts_held_that_day()
    {
        var territory = FullTerritory() with
        {
            ControlPeriods =
            [
                Control(ArticleFacts.Isf, AfterKirkuk),
                Control(ArticleFacts.Peshmerga, BeforeKirkuk, ControlExtent.Part, "the north"),
                null!,
                Control(ArticleFacts.Joc, AfterKirkuk, ControlExtent.Part, "the airport"),
            ],
        };

        Assert.Equal(["the airport"], territory.PartialControlOn(ArticleFacts.FallOfKirkuk).Select(p => p.Part));
        Assert.Equal(["the north"], territory.PartialControlOn(ArticleFacts.FallOfKirkuk.PlusDays(-1)).Select(p => p.Part));
    }

    [Fact]
    public void WithControlPeriod_lets_a_part_overlap_whole_control_and_refuses_null()
    {
        var territory = FullTerritory();
        var part = Control(ArticleFacts.Peshmerga, AfterKirkuk, ControlExtent.Part, "the citadel");

        var added = territory.WithControlPeriod(part).WithControlPeriod(part with { Part = "the airport" });

        Assert.Equal(4, added.ControlPeriods.Length);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => territory.WithControlPeriod(null!)).ParamName);
        var clash = Assert.Throws<ArgumentException>(() => territory.WithControlPeriod(Control(ArticleFacts.Joc, DatePeriod.From(new LocalDate(2020, 1, 1)))));
        Assert.Contains("Control of 'kirkuk' by 'joc'", clash.Message, StringComparison.Ordinal);
        Assert.Contains("overlaps control by 'isf'", clash.Message, StringComparison.Ordinal);
    }
}
