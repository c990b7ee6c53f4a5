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

namespace Coordination.Domain.Tests.Catalog;

/// <summary>The hand-built catalog of the territory questions' tests (a country, governorates, a town, an informal region, memberships and control), for any test to use.</summary>
internal static class TerritoryQuestionsCatalog
{
    internal static readonly SourceId Src = SourceId.Parse("src");
    internal static readonly ActorId Goi = ActorId.Parse("goi");
    internal static readonly ActorId Krg = ActorId.Parse("krg");
    internal static readonly ActorId Isf = ActorId.Parse("isf");
    internal static readonly ActorId Peshmerga = ActorId.Parse("peshmerga");
    internal static readonly TerritoryId Iraq = TerritoryId.Parse("iraq");
    internal static readonly TerritoryId Kirkuk = TerritoryId.Parse("kirkuk");
    internal static readonly TerritoryId KirkukCity = TerritoryId.Parse("kirkuk-city");
    internal static readonly TerritoryId Prde = TerritoryId.Parse("prde");
    internal static readonly TerritoryId Ninewa = TerritoryId.Parse("ninewa");
    internal static readonly TerritoryId Makhmour = TerritoryId.Parse("makhmour");
    internal static readonly TerritoryId Disputed = TerritoryId.Parse("disputed-territories");
    internal static readonly TerritoryId Hamrin = TerritoryId.Parse("hamrin-mountains");
    internal static readonly LocalDate FallOfKirkuk = new(2017, 10, 16);
    internal static readonly LocalDate AfterTheFall = new(2017, 11, 1);

    internal static Territory Place(TerritoryId id, TerritoryKind kind, string name, TerritoryId? parent) =>
        new() { Id = id, Kind = kind, Names = NameSet.Of(name), Parent = parent, Sources = [Src] };

    internal static TerritorialClaim Claim(ActorId claimant) => new() { Claimant = claimant, Sources = [Src] };

    internal static TerritoryMembership Member(TerritoryId region, MembershipKind kind = MembershipKind.Member) => new() { Region = region, Kind = kind, Sources = [Src] };

    internal static CoordinationCatalog Catalog => new()
    {
        Actors = [.. new[] { Goi, Krg, Isf, Peshmerga }.Select(id => new Actor { Id = id, Kind = ActorKind.Government, Names = NameSet.Of(id.ToString()), Sources = [Src] })],
        Sources = [new Source { Id = Src, Publisher = "Test", Title = "Test" }],
        Territories =
        [
            Place(Iraq, TerritoryKind.Country, "Iraq", null),
            Place(Kirkuk, TerritoryKind.Governorate, "Kirkuk", Iraq) with
            {
                Claims = [Claim(Goi), Claim(Krg)],
                FormerDesignations = [new FormerDesignation { IsoCode = "IQ-TS", Period = DatePeriod.Until(new LocalDate(2006, 1, 1)) }, new FormerDesignation { Name = new Name("At-Ta'mim") }],
            },
            Place(KirkukCity, TerritoryKind.Town, "Kirkuk city", Kirkuk) with
            {
                ControlPeriods =
                [
                    new ControlPeriod { Controller = Peshmerga, Period = DatePeriod.Until(FallOfKirkuk) },
                    new ControlPeriod { Controller = Isf, Period = DatePeriod.From(FallOfKirkuk), Inference = new Inference { Reasoning = "Federal forces retook the city.", From = [Src] } },
                ],
            },
            Place(Prde, TerritoryKind.Town, "Prde", Kirkuk),
            Place(Ninewa, TerritoryKind.Governorate, "Ninewa", Iraq),
            Place(Disputed, TerritoryKind.InformalRegion, "the disputed territories", Iraq) with { Claims = [Claim(Goi) with { Period = DatePeriod.From(new LocalDate(2005, 10, 15)) }, Claim(Krg)] },
            Place(Makhmour, TerritoryKind.District, "Makhmour", Ninewa) with
            {
                Memberships = [Member(Disputed)],
                ControlPeriods = [new ControlPeriod { Controller = Isf, Period = DatePeriod.From(FallOfKirkuk), Extent = ControlExtent.Part, Part = "Makhmour town" }],
            },
            Place(Hamrin, TerritoryKind.InformalRegion, "the Hamrin mountains", Iraq) with { Memberships = [Member(Kirkuk, MembershipKind.PartlyWithin)] },
        ],
    };
}
