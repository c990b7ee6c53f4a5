using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
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

namespace Coordination.Domain.Tests;

/// <summary>
/// The facts of the source article (Esta Media Network, "U.S.-led Coalition supports establishing JCC
/// between Iraqi and Kurdish forces"), as records of the model: a valid catalog to test against.
/// </summary>
internal static class ArticleFacts
{
    internal static readonly SourceId Esta = SourceId.Parse("esta-jcc-article");
    internal static readonly ActorId GovernmentOfIraq = ActorId.Parse("goi");
    internal static readonly ActorId Krg = ActorId.Parse("krg");
    internal static readonly ActorId MinistryOfPeshmerga = ActorId.Parse("ministry-of-peshmerga");
    internal static readonly ActorId Peshmerga = ActorId.Parse("peshmerga");
    internal static readonly ActorId Isf = ActorId.Parse("isf");
    internal static readonly ActorId Joc = ActorId.Parse("joc");
    internal static readonly ActorId Coalition = ActorId.Parse("cjtf-oir");
    internal static readonly ActorId Isis = ActorId.Parse("isis");
    internal static readonly TerritoryId Iraq = TerritoryId.Parse("iraq");
    internal static readonly TerritoryId Erbil = TerritoryId.Parse("erbil");
    internal static readonly TerritoryId Kirkuk = TerritoryId.Parse("kirkuk");
    internal static readonly TerritoryId Diyala = TerritoryId.Parse("diyala");
    internal static readonly TerritoryId Ninewa = TerritoryId.Parse("ninewa");
    internal static readonly TerritoryId Makhmour = TerritoryId.Parse("makhmour");
    internal static readonly TerritoryId Prde = TerritoryId.Parse("prde");
    internal static readonly TerritoryId CampZeravani = TerritoryId.Parse("camp-zeravani");
    internal static readonly TerritoryId Baghdad = TerritoryId.Parse("baghdad");
    internal static readonly CoordinationLineId Kcl = CoordinationLineId.Parse("kcl");
    internal static readonly LocalDate FallOfKirkuk = new(2017, 10, 16);

    internal static Source EstaArticle => new()
    {
        Id = Esta,
        Publisher = "Esta Media Network",
        Title = "EXCLUSIVE U.S.-led Coalition supports establishing JCC between Iraqi and Kurdish forces",
        Url = new System.Uri("https://esta.krd/en/?p=62147"),
        Language = LanguageTag.English,
        Note = "The article carries no date; it reports the Prde attack of Saturday 1 May 2021.",
    };

    internal static Actor Actor(ActorId id, ActorKind kind, string name, params string[] aliases) => new()
    {
        Id = id,
        Kind = kind,
        Names = NameSet.Of(name, aliases),
        Sources = [Esta],
    };

    internal static Territory Territory(TerritoryId id, TerritoryKind kind, string name, TerritoryId? parent = null, string? isoCode = null) => new()
    {
        Id = id,
        Kind = kind,
        Names = NameSet.Of(name),
        Parent = parent,
        IsoCode = isoCode,
        Sources = [Esta],
    };

    /// <summary>Kirkuk governorate: held by the Peshmerga until the ISF retook it on 16 October 2017.</summary>
    internal static Territory KirkukGovernorate => Territory(Kirkuk, TerritoryKind.Governorate, "Kirkuk", Iraq, "IQ-KI") with
    {
        PCode = "IQG13",
        Claims =
        [
            new TerritorialClaim { Claimant = GovernmentOfIraq, Basis = "Article 140 of the Constitution of Iraq" },
            new TerritorialClaim { Claimant = Krg, Basis = "Article 140 of the Constitution of Iraq" },
        ],
        ControlPeriods =
        [
            new ControlPeriod { Controller = Peshmerga, Period = DatePeriod.Until(FallOfKirkuk) },
            new ControlPeriod { Controller = Isf, Period = DatePeriod.From(FallOfKirkuk) },
        ],
    };

    internal static CoordinationLine KurdishCoordinationLine => new()
    {
        Id = Kcl,
        Names = new NameSet(new Name("Kurdish Coordination Line"), [new Name("KCL", NameKind.Acronym), new Name("trigger line", NameKind.Former)]),
        SideA = Peshmerga,
        SideB = Isf,
        Sources = [Esta],
    };

    /// <summary>The JCCC at Camp Zeravani, established in 2015.</summary>
    internal static CoordinationMechanism Jccc => new()
    {
        Id = MechanismId.Parse("jccc"),
        Kind = MechanismKind.JointCoalitionCoordinationCentre,
        Names = new NameSet(new Name("Joint Coalition Coordination Center"), [new Name("JCCC", NameKind.Acronym)]),
        Participants = [new Participant(Peshmerga, ParticipantRole.Party), new Participant(Isf, ParticipantRole.Party), new Participant(Coalition, ParticipantRole.Facilitator)],
        Site = CampZeravani,
        StatusHistory = [new StatusChange { Status = MechanismStatus.Established, Date = ReportedDate.InYear(2015) }],
        Sources = [Esta],
    };

    /// <summary>One of the four JCCs the Coalition supports establishing along the KCL, proposed when the article appeared (May 2021).</summary>
    internal static CoordinationMechanism ProposedJcc(string slug, string place, TerritoryId territory) => new()
    {
        Id = MechanismId.Parse($"jcc-{slug}"),
        Kind = MechanismKind.JointCoordinationCentre,
        Names = NameSet.Of($"Joint Coordination Center {place}"),
        Participants = [new Participant(Peshmerga, ParticipantRole.Party), new Participant(Isf, ParticipantRole.Party), new Participant(Coalition, ParticipantRole.Supporter)],
        Area = new AreaOfResponsibility { Territories = [territory], LineStretches = [new LineStretch(Kcl, territory)] },
        StatusHistory = [new StatusChange { Status = MechanismStatus.Proposed, Date = ReportedDate.InMonth(new YearMonth(2021, 5)) }],
        Sources = [Esta],
    };

    /// <summary>The Ministry of Peshmerga's liaison officers at the Joint Operations Command in Baghdad.</summary>
    internal static CoordinationMechanism LiaisonAtJoc => new()
    {
        Id = MechanismId.Parse("mop-lnos-at-joc"),
        Kind = MechanismKind.LiaisonArrangement,
        Names = NameSet.Of("Ministry of Peshmerga liaison officers at the Joint Operations Command"),
        Participants = [new Participant(MinistryOfPeshmerga, ParticipantRole.Party), new Participant(Joc, ParticipantRole.Party), new Participant(Joc, ParticipantRole.Host)],
        Site = Baghdad,
        StatusHistory = [new StatusChange { Status = MechanismStatus.Operational, Date = ReportedDate.InMonth(new YearMonth(2021, 5)) }],
        Sources = [Esta],
    };

    /// <summary>The ISIS attack near Prde in the early hours of Saturday 1 May 2021: 3 Peshmerga killed, 2 injured.</summary>
    internal static Incident PrdeAttack => new()
    {
        Id = IncidentId.Parse("prde-2021-05-01"),
        Kind = IncidentKind.ArmedClash,
        Date = ReportedDate.OnDay(new LocalDate(2021, 5, 1), PartOfDay.EarlyHours),
        Location = new IncidentLocation { PlaceName = "near Prde town", Territory = Prde, Point = new GeoPoint(35.7533, 44.1436), Precision = LocationPrecision.NearNamedPlace },
        Perpetrators = [new Perpetrator(Isis, Attribution.Attributed)],
        Targets = [AffectedParty.Of(Peshmerga)],
        Casualties = [new Casualties(AffectedParty.Of(Peshmerga), CasualtyEstimate.Exactly(3), CasualtyEstimate.Exactly(2))],
        Sources = [Esta],
    };

    internal static EnablingSupport CoalitionSupport => new()
    {
        Id = SupportId.Parse("coalition-enabling-support"),
        Provider = Coalition,
        Recipients = [Peshmerga, Isf],
        Kinds = [SupportKind.Intelligence, SupportKind.OperationalAdvising, SupportKind.AirSupport, SupportKind.Logistics, SupportKind.SpecialOperationsForces],
        Sources = [Esta],
    };

    internal static Person Marotto => new()
    {
        Id = PersonId.Parse("wayne-marotto"),
        Names = NameSet.Of("Wayne Marotto"),
        Honorific = "Col.",
        Posts = [new Post { Actor = Coalition, Title = "Spokesperson" }],
        Sources = [Esta],
    };

    internal static Statement MarottoOnJccs => new()
    {
        Id = StatementId.Parse("marotto-four-jccs"),
        Speaker = Marotto.Id,
        OnBehalfOf = Coalition,
        Quote = "The Coalition supports establishing 4 Joint Coordination Centers along the KCL [Kurdish Coordination Line] in Diyala, Kirkuk, Makmur, and Ninewa",
        Medium = "interview",
        Source = Esta,
    };

    /// <summary>The whole picture: a catalog that validates clean.</summary>
    internal static CoordinationCatalog Catalog => new()
    {
        Actors =
        [
            Actor(GovernmentOfIraq, ActorKind.Government, "Government of Iraq", "GoI"),
            Actor(Krg, ActorKind.RegionalGovernment, "Kurdistan Regional Government", "KRG"),
            Actor(MinistryOfPeshmerga, ActorKind.Ministry, "Ministry of Peshmerga Affairs") with { Relations = [new ActorRelation { Kind = ActorRelationKind.PartOf, Target = Krg }] },
            Actor(Peshmerga, ActorKind.ArmedForce, "Peshmerga", "KSF") with { Relations = [new ActorRelation { Kind = ActorRelationKind.SubordinateTo, Target = MinistryOfPeshmerga }] },
            Actor(Isf, ActorKind.ArmedForce, "Iraqi Security Forces", "ISF"),
            Actor(Joc, ActorKind.Command, "Joint Operations Command", "JOC"),
            Actor(Coalition, ActorKind.Coalition, "Combined Joint Task Force – Operation Inherent Resolve", "CJTF-OIR") with { Existence = DatePeriod.From(new LocalDate(2014, 10, 17)) },
            Actor(Isis, ActorKind.NonStateArmedGroup, "Islamic State", "ISIS", "Daesh"),
        ],
        People = [Marotto],
        Territories =
        [
            Territory(Iraq, TerritoryKind.Country, "Iraq", isoCode: "IQ"),
            Territory(Erbil, TerritoryKind.Governorate, "Erbil", Iraq, "IQ-AR"),
            KirkukGovernorate,
            Territory(Diyala, TerritoryKind.Governorate, "Diyala", Iraq, "IQ-DI"),
            Territory(Ninewa, TerritoryKind.Governorate, "Ninewa", Iraq, "IQ-NI"),
            Territory(Makhmour, TerritoryKind.District, "Makhmour", Ninewa),
            Territory(Prde, TerritoryKind.Town, "Prde", Kirkuk),
            Territory(CampZeravani, TerritoryKind.Site, "Camp Zeravani", Erbil),
            Territory(Baghdad, TerritoryKind.Governorate, "Baghdad", Iraq, "IQ-BG"),
        ],
        Lines = [KurdishCoordinationLine],
        Mechanisms =
        [
            Jccc,
            ProposedJcc("diyala", "Diyala", Diyala),
            ProposedJcc("kirkuk", "Kirkuk", Kirkuk),
            ProposedJcc("makhmour", "Makhmour", Makhmour),
            ProposedJcc("ninewa", "Ninewa", Ninewa),
            LiaisonAtJoc,
        ],
        Incidents = [PrdeAttack],
        Support = [CoalitionSupport],
        Sources = [EstaArticle],
        Statements = [MarottoOnJccs],
    };
}
