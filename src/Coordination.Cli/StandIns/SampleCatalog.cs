using System;
using System.Collections.Immutable;
using Coordination.Cli.Catalogs;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Finance;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Support;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using NodaTime;

namespace Coordination.Cli.StandIns;

/// <summary>
/// TEMPORARY: a sample of the source article's facts, built in code, until <c>ReferenceCatalog.Load()</c>
/// (the embedded reference catalog of <c>Coordination.Domain.Reference</c>) is merged. Then
/// <see cref="CliServices.Default"/> loads that instead and this file is deleted. Its dates are not
/// curated: do not quote them.
/// </summary>
internal sealed class SampleCatalog : ICatalogSource
{
    private static readonly SourceId Article = SourceId.Parse("esta-2021-coalition-jcc");

    /// <inheritdoc />
    public string Name => "reference catalog";

    /// <inheritdoc />
    public CoordinationCatalog Load() => new()
    {
        Actors =
        [
            Actor("goi", ActorKind.Government, Names("Government of Iraq", "GoI")),
            Actor("isf", ActorKind.ArmedForce, Names("Iraqi Security Forces", "ISF"), Relation(ActorRelationKind.SubordinateTo, "goi")),
            Actor("iraqi-army", ActorKind.ArmedForce, NameSet.Of("Iraqi Army"), Relation(ActorRelationKind.PartOf, "isf")),
            Actor("joc", ActorKind.Command, Names("Joint Operations Command", "JOC")),
            Actor("krg", ActorKind.RegionalGovernment, Names("Kurdistan Regional Government", "KRG")),
            Actor("mopa", ActorKind.Ministry, Names("Ministry of Peshmerga Affairs", "MoPA"), Relation(ActorRelationKind.PartOf, "krg")),
            Actor("peshmerga", ActorKind.ArmedForce, NameSet.Of("Peshmerga", "Kurdish forces"), Relation(ActorRelationKind.SubordinateTo, "mopa")),
            Actor("cjtf-oir", ActorKind.Coalition, Names("Combined Joint Task Force – Operation Inherent Resolve", "CJTF-OIR").WithAlias(new Name("U.S.-led Coalition"))),
            Actor("isis", ActorKind.NonStateArmedGroup, Names("Islamic State", "ISIS").WithAlias(new Name("Daesh"))),
            Actor("esta", ActorKind.Media, NameSet.Of("Esta Media Network")),
        ],
        People =
        [
            new Person
            {
                Id = PersonId.Parse("wayne-marotto"),
                Names = NameSet.Of("Wayne Marotto"),
                Honorific = "Col.",
                Posts = [new Post { Actor = ActorId.Parse("cjtf-oir"), Title = "Spokesperson", Sources = [Article] }],
                Sources = [Article],
            },
        ],
        Territories =
        [
            Territory("iraq", TerritoryKind.Country, NameSet.Of("Iraq"), null, "IQ"),
            Territory("kurdistan-region", TerritoryKind.FederalRegion, NameSet.Of("Kurdistan Region"), "iraq", "IQ-KR"),
            Territory("erbil", TerritoryKind.Governorate, NameSet.Of("Erbil"), "kurdistan-region", "IQ-AR"),
            Disputed(Territory("disputed-territories", TerritoryKind.InformalRegion, NameSet.Of("Disputed territories", "disputed areas"), "iraq", null), new LocalDate(2017, 10, 16)),
            Disputed(Territory("kirkuk", TerritoryKind.Governorate, NameSet.Of("Kirkuk"), "iraq", "IQ-KI"), new LocalDate(2017, 10, 16)),
            Territory("diyala", TerritoryKind.Governorate, NameSet.Of("Diyala"), "iraq", "IQ-DI"),
            Territory("ninewa", TerritoryKind.Governorate, NameSet.Of("Ninewa", "Nineveh"), "iraq", "IQ-NI"),
            Disputed(Territory("makhmour", TerritoryKind.District, NameSet.Of("Makhmour", "Makhmur", "Makmur"), "ninewa", null), new LocalDate(2017, 10, 17)),
            Territory("prde", TerritoryKind.Town, NameSet.Of("Prde", "Altun Kupri"), "kirkuk", null) with { Point = new GeoPoint(35.7533, 44.1436) },
            Territory("camp-zeravani", TerritoryKind.Site, NameSet.Of("Camp Zeravani"), "erbil", null),
            Territory("hamrin-mountains", TerritoryKind.InformalRegion, NameSet.Of("Hamrin mountains"), "iraq", null),
        ],
        Lines =
        [
            new CoordinationLine
            {
                Id = CoordinationLineId.Parse("kcl"),
                Names = Names("Kurdish Coordination Line", "KCL"),
                SideA = ActorId.Parse("peshmerga"),
                SideB = ActorId.Parse("isf"),
                Description = "The line between the Peshmerga and the Iraqi forces along the disputed territories.",
                Sources = [Article],
            },
        ],
        Mechanisms =
        [
            Mechanism("jccc", MechanismKind.JointCoalitionCoordinationCentre, Names("Joint Coalition Coordination Center", "JCCC"), "camp-zeravani", null)
                .WithStatus(MechanismStatus.Established, ReportedDate.InYear(2015), Article)
                .WithStatus(MechanismStatus.Operational, ReportedDate.InMonth(new YearMonth(2021, 5)), Article),
            Proposed("jcc-diyala", "Joint Coordination Center Diyala", "diyala"),
            Proposed("jcc-kirkuk", "Joint Coordination Center Kirkuk", "kirkuk"),
            Proposed("jcc-makhmour", "Joint Coordination Center Makhmour", "makhmour"),
            Proposed("jcc-ninewa", "Joint Coordination Center Ninewa", "ninewa"),
            new CoordinationMechanism
            {
                Id = MechanismId.Parse("mopa-liaison-joc"),
                Kind = MechanismKind.LiaisonArrangement,
                Names = NameSet.Of("Ministry of Peshmerga liaison officers at the Joint Operations Command"),
                Participants = [new(ActorId.Parse("mopa"), ParticipantRole.Party), new(ActorId.Parse("joc"), ParticipantRole.Party), new(ActorId.Parse("joc"), ParticipantRole.Host)],
                Sources = [Article],
            }.WithStatus(MechanismStatus.Operational, ReportedDate.InMonth(new YearMonth(2021, 5)), Article),
        ],
        Incidents =
        [
            new Incident
            {
                Id = IncidentId.Parse("prde-2021-05-01"),
                Kind = IncidentKind.ArmedClash,
                Date = ReportedDate.OnDay(new LocalDate(2021, 5, 1), PartOfDay.EarlyHours),
                Location = new IncidentLocation { PlaceName = "near Prde, south of Erbil", Territory = TerritoryId.Parse("prde"), Precision = LocationPrecision.NearNamedPlace },
                Perpetrators = [new Perpetrator(ActorId.Parse("isis"), Attribution.Attributed)],
                Targets = [AffectedParty.Of(ActorId.Parse("peshmerga"))],
                Casualties = [new Casualties(AffectedParty.Of(ActorId.Parse("peshmerga")), CasualtyEstimate.Exactly(3), CasualtyEstimate.Exactly(2))],
                Summary = "ISIS militants attacked the Peshmerga near Prde in the early hours of Saturday.",
                Sources = [Article],
            },
        ],
        Support =
        [
            new EnablingSupport
            {
                Id = SupportId.Parse("coalition-equip-and-train"),
                Provider = ActorId.Parse("cjtf-oir"),
                Recipients = [ActorId.Parse("isf"), ActorId.Parse("peshmerga")],
                Kinds = [SupportKind.Equipment, SupportKind.Training, SupportKind.Funding],
                Period = DatePeriod.From(new LocalDate(2014, 1, 1)),
                Amount = new Money(5_000_000_000m, CurrencyCode.UnitedStatesDollar, AmountQualifier.MoreThan),
                Description = "Funding to equip and train Iraqi and Kurdish forces since 2014.",
                Sources = [Article],
            },
        ],
        Sources =
        [
            new Source
            {
                Id = Article,
                Publisher = "Esta Media Network",
                PublisherActor = ActorId.Parse("esta"),
                Title = "EXCLUSIVE U.S.-led Coalition supports establishing JCC between Iraqi and Kurdish forces",
                Url = new Uri("https://esta.krd/en/?p=62147"),
                Language = LanguageTag.English,
            },
        ],
        Statements =
        [
            new Statement
            {
                Id = StatementId.Parse("marotto-four-jccs"),
                Speaker = PersonId.Parse("wayne-marotto"),
                OnBehalfOf = ActorId.Parse("cjtf-oir"),
                Quote = "The Coalition supports establishing 4 Joint Coordination Centers along the KCL [Kurdish Coordination Line] in Diyala, Kirkuk, Makmur, and Ninewa.",
                Source = Article,
            },
        ],
    };

    private static NameSet Names(string name, string acronym) => new(new Name(name), [new Name(acronym, NameKind.Acronym)]);

    private static ActorRelation Relation(ActorRelationKind kind, string target) =>
        new() { Kind = kind, Target = ActorId.Parse(target), Sources = [Article] };

    private static Actor Actor(string id, ActorKind kind, NameSet names, params ImmutableArray<ActorRelation> relations) =>
        new() { Id = ActorId.Parse(id), Kind = kind, Names = names, Relations = relations, Sources = [Article] };

    private static Territory Territory(string id, TerritoryKind kind, NameSet names, string? parent, string? isoCode) => new()
    {
        Id = TerritoryId.Parse(id),
        Kind = kind,
        Names = names,
        Parent = parent is null ? null : TerritoryId.Parse(parent),
        IsoCode = isoCode,
        Sources = [Article],
    };

    // Claimed by Baghdad and Erbil; held by the Peshmerga until the Iraqi forces retook it in October 2017.
    private static Territory Disputed(Territory territory, LocalDate retaken) => territory
        .WithClaim(new TerritorialClaim { Claimant = ActorId.Parse("goi"), Sources = [Article] })
        .WithClaim(new TerritorialClaim { Claimant = ActorId.Parse("krg"), Sources = [Article] })
        .WithControlPeriod(new ControlPeriod { Controller = ActorId.Parse("peshmerga"), Period = DatePeriod.Until(retaken), Sources = [Article] })
        .WithControlPeriod(new ControlPeriod { Controller = ActorId.Parse("isf"), Period = DatePeriod.From(retaken), Sources = [Article] });

    private static CoordinationMechanism Mechanism(string id, MechanismKind kind, NameSet names, string? site, string? stretchWithin) => new()
    {
        Id = MechanismId.Parse(id),
        Kind = kind,
        Names = names,
        Participants =
        [
            new(ActorId.Parse("peshmerga"), ParticipantRole.Party),
            new(ActorId.Parse("isf"), ParticipantRole.Party),
            new(ActorId.Parse("cjtf-oir"), kind == MechanismKind.JointCoalitionCoordinationCentre ? ParticipantRole.Facilitator : ParticipantRole.Supporter),
        ],
        Site = site is null ? null : TerritoryId.Parse(site),
        Area = stretchWithin is null ? AreaOfResponsibility.None : new AreaOfResponsibility
        {
            LineStretches = [new LineStretch(CoordinationLineId.Parse("kcl"), TerritoryId.Parse(stretchWithin))],
        },
        Sources = [Article],
    };

    private static CoordinationMechanism Proposed(string id, string name, string within) =>
        Mechanism(id, MechanismKind.JointCoordinationCentre, Names(name, "JCC"), null, within)
            .WithStatus(MechanismStatus.Proposed, ReportedDate.InMonth(new YearMonth(2021, 5)), Article);
}
