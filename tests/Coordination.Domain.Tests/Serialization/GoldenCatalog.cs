using System;
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

namespace Coordination.Domain.Tests.Serialization;

/// <summary>
/// A fixed catalog, built by hand from the source article, that uses every part of the JSON contract:
/// every record kind, names with languages and scripts, open and closed periods, reported dates of
/// each precision with a time or part of day, points, money, perpetrators known and unknown, and
/// affected parties of each kind. <see cref="Create"/> uses only what schema version 1.0 could say; its
/// version 1.0 JSON is the frozen file <c>Serialization/golden-catalog-1.0.json</c>. <see cref="CreateVersion11"/>
/// adds a use of every member added in 1.1; its version 1.1 JSON is the frozen file <c>Serialization/golden-catalog-1.1.json</c>.
/// <see cref="CreateCurrent"/> adds a use of every member added since (1.2: an incident's origin); its JSON is the
/// golden file <c>Serialization/golden-catalog.json</c>.
/// </summary>
internal static class GoldenCatalog
{
    private static readonly SourceId Article = SourceId.Parse("esta-2021-05-jcc");
    private static readonly SourceId Interview = SourceId.Parse("esta-2020-12-coalition");

    internal static CoordinationCatalog Create()
    {
        var peshmerga = ActorId.Parse("peshmerga");
        var isf = ActorId.Parse("isf");
        var isis = ActorId.Parse("isis");
        var coalition = ActorId.Parse("cjtf-oir");
        var krg = ActorId.Parse("krg");
        var goi = ActorId.Parse("goi");
        var kirkuk = TerritoryId.Parse("kirkuk");
        var prde = TerritoryId.Parse("prde");
        var kcl = CoordinationLineId.Parse("kcl");
        return new CoordinationCatalog
        {
            Actors =
            [
                new Actor { Id = goi, Kind = ActorKind.Government, Names = new NameSet(new Name("Government of Iraq", NameKind.Name, LanguageTag.English), [new Name("GoI", NameKind.Acronym, LanguageTag.English)]), Sources = [Article] },
                new Actor { Id = krg, Kind = ActorKind.RegionalGovernment, Names = new NameSet(new Name("Kurdistan Regional Government", NameKind.Name, LanguageTag.English), [new Name("KRG", NameKind.Acronym), new Name("حکومەتی هەرێمی کوردستان", NameKind.Name, LanguageTag.CentralKurdish)]), Sources = [Article] },
                new Actor
                {
                    Id = peshmerga, Kind = ActorKind.ArmedForce, Names = NameSet.Of("Peshmerga", "Kurdish forces"),
                    Relations = [new ActorRelation { Kind = ActorRelationKind.SubordinateTo, Target = krg, Sources = [Article] }],
                    Sources = [Article],
                },
                new Actor { Id = isf, Kind = ActorKind.ArmedForce, Names = new NameSet(new Name("Iraqi Security Forces"), [new Name("ISF", NameKind.Acronym)]), Description = "The federal security forces of Iraq.", Sources = [Article] },
                new Actor { Id = isis, Kind = ActorKind.NonStateArmedGroup, Names = new NameSet(new Name("Islamic State"), [new Name("ISIS", NameKind.Acronym), new Name("Daesh", NameKind.Acronym), new Name("داعش", NameKind.Name, LanguageTag.Arabic)]), Sources = [Article] },
                new Actor
                {
                    Id = coalition, Kind = ActorKind.Coalition, Names = new NameSet(new Name("Combined Joint Task Force – Operation Inherent Resolve"), [new Name("CJTF-OIR", NameKind.Acronym), new Name("U.S.-led Coalition")]),
                    Existence = DatePeriod.From(new LocalDate(2014, 10, 17)), Sources = [Article],
                },
            ],
            People =
            [
                new Person
                {
                    Id = PersonId.Parse("wayne-marotto"), Names = NameSet.Of("Wayne Marotto"), Honorific = "Col.",
                    Posts = [new Post { Actor = coalition, Title = "Spokesperson", Period = DatePeriod.Between(new LocalDate(2021, 5, 1), new LocalDate(2021, 5, 2)), Sources = [Article] }],
                    Sources = [Article],
                },
            ],
            Territories =
            [
                new Territory
                {
                    Id = kirkuk, Kind = TerritoryKind.Governorate, Names = new NameSet(new Name("Kirkuk"), [new Name("At-Ta'mim", NameKind.Former), new Name("كركوك", NameKind.Name, LanguageTag.Arabic)]),
                    IsoCode = "IQ-KI", PCode = "IQG13", Point = new GeoPoint(35.46667, 44.31667),
                    Claims =
                    [
                        new TerritorialClaim { Claimant = goi, Basis = "Article 140 of the Constitution of Iraq", Sources = [Article] },
                        new TerritorialClaim { Claimant = krg, Basis = "Article 140 of the Constitution of Iraq", Sources = [Article] },
                    ],
                    ControlPeriods =
                    [
                        new ControlPeriod { Controller = peshmerga, Period = DatePeriod.Between(new LocalDate(2014, 6, 12), new LocalDate(2017, 10, 16)), Sources = [Article] },
                        new ControlPeriod { Controller = isf, Period = DatePeriod.From(new LocalDate(2017, 10, 16)), Sources = [Article] },
                    ],
                    Sources = [Article],
                },
                new Territory { Id = prde, Kind = TerritoryKind.Town, Names = NameSet.Of("Prde", "Altun Kupri", "Pirdê"), Parent = kirkuk, Point = new GeoPoint(35.7533, 44.1436), Sources = [Article] },
            ],
            Lines =
            [
                new CoordinationLine
                {
                    Id = kcl, Names = new NameSet(new Name("Kurdish Coordination Line"), [new Name("KCL", NameKind.Acronym), new Name("trigger line", NameKind.Former)]),
                    SideA = peshmerga, SideB = isf, Points = [new GeoPoint(35.77556, 43.57944), new GeoPoint(35.7533, 44.1436), new GeoPoint(34.3475, 45.39194)],
                    Description = "The line between the Peshmerga and the Iraqi Security Forces; the trace is illustrative.", Sources = [Article],
                },
            ],
            Mechanisms =
            [
                new CoordinationMechanism
                {
                    Id = MechanismId.Parse("jccc-zeravani"), Kind = MechanismKind.JointCoalitionCoordinationCentre,
                    Names = new NameSet(new Name("Joint Coalition Coordination Center"), [new Name("JCCC", NameKind.Acronym)]),
                    Participants = [new Participant(peshmerga, ParticipantRole.Party), new Participant(isf, ParticipantRole.Party), new Participant(coalition, ParticipantRole.Facilitator)],
                    Area = new AreaOfResponsibility { Territories = [kirkuk], LineStretches = [new LineStretch(kcl), new LineStretch(kcl, kirkuk)] },
                    StatusHistory =
                    [
                        new StatusChange { Status = MechanismStatus.Established, Date = ReportedDate.InYear(2015), Sources = [Article] },
                        new StatusChange { Status = MechanismStatus.Operational, Date = ReportedDate.InMonth(new YearMonth(2021, 5)), Sources = [Article] },
                    ],
                    Sources = [Article],
                },
                new CoordinationMechanism
                {
                    Id = MechanismId.Parse("jcc-kirkuk"), Kind = MechanismKind.JointCoordinationCentre, Names = NameSet.Of("Joint Coordination Center Kirkuk"),
                    Participants = [new Participant(peshmerga, ParticipantRole.Party), new Participant(isf, ParticipantRole.Party), new Participant(coalition, ParticipantRole.Supporter)],
                    Site = kirkuk,
                    StatusHistory = [new StatusChange { Status = MechanismStatus.Proposed, Date = ReportedDate.InWeek(new LocalDate(2021, 5, 1), new LocalDate(2021, 5, 7)), Sources = [Article] }],
                    Sources = [Article],
                },
            ],
            Incidents =
            [
                new Incident
                {
                    Id = IncidentId.Parse("prde-2021-05-01"), Kind = IncidentKind.ArmedClash,
                    Date = ReportedDate.OnDay(new LocalDate(2021, 5, 1), PartOfDay.EarlyHours),
                    Location = new IncidentLocation { PlaceName = "near Prde town", Territory = prde, Point = new GeoPoint(35.7533, 44.1436), Precision = LocationPrecision.NearNamedPlace },
                    Perpetrators = [new Perpetrator(isis, Attribution.Attributed)],
                    Targets = [AffectedParty.Of(peshmerga)],
                    Casualties = [new Casualties(AffectedParty.Of(peshmerga), CasualtyEstimate.Exactly(3), CasualtyEstimate.Exactly(2))],
                    Summary = "ISIS militants attacked the Peshmerga near Prde in the early hours of Saturday.", Sources = [Article],
                },
                new Incident
                {
                    Id = IncidentId.Parse("example-unattributed"), Kind = IncidentKind.RemoteExplosive,
                    Date = ReportedDate.OnDay(new LocalDate(2021, 4, 20), new LocalTime(21, 30, 15)),
                    Location = new IncidentLocation { Territory = kirkuk, Precision = LocationPrecision.FirstOrderDivision },
                    Perpetrators = [Perpetrator.Unidentified], Targets = [AffectedParty.Civilians, AffectedParty.Unidentified],
                    Casualties = [new Casualties(AffectedParty.Civilians, new CasualtyEstimate(1, 2, 4), CasualtyEstimate.Zero)],
                    Sources = [Article],
                },
            ],
            Support =
            [
                new EnablingSupport
                {
                    Id = SupportId.Parse("coalition-equip-and-train"), Provider = coalition, Recipients = [isf, peshmerga],
                    Kinds = [SupportKind.Equipment, SupportKind.Training, SupportKind.Funding], Period = DatePeriod.Between(new LocalDate(2014, 1, 1), new LocalDate(2021, 1, 1)),
                    Amount = new Money(5_000_000_000m, CurrencyCode.UnitedStatesDollar, AmountQualifier.MoreThan),
                    Description = "Funding to equip and train Iraqi and Kurdish forces since 2014.", Sources = [Interview],
                },
            ],
            Sources =
            [
                new Source
                {
                    Id = Article, Publisher = "Esta Media Network", Title = "EXCLUSIVE U.S.-led Coalition supports establishing JCC between Iraqi and Kurdish forces",
                    Url = new Uri("https://esta.krd/en/?p=62147"), Published = ReportedDate.InMonth(new YearMonth(2021, 5)), Language = LanguageTag.English,
                    Note = "Undated; published after the Prde attack of 2021-05-01.",
                },
                new Source { Id = Interview, Publisher = "Esta Media Network", Title = "Coalition statement to Esta Media Network", Published = ReportedDate.InMonth(new YearMonth(2020, 12)) },
            ],
            Statements =
            [
                new Statement
                {
                    Id = StatementId.Parse("marotto-four-jccs"), Speaker = PersonId.Parse("wayne-marotto"), OnBehalfOf = coalition, Date = ReportedDate.InWeek(new LocalDate(2021, 5, 1), new LocalDate(2021, 5, 7)),
                    Quote = "The Coalition supports establishing 4 Joint Coordination Centers along the KCL [Kurdish Coordination Line] in Diyala, Kirkuk, Makmur, and Ninewa",
                    Medium = "interview", Source = Article,
                },
                new Statement { Id = StatementId.Parse("coalition-five-billion"), OnBehalfOf = coalition, Quote = "funded more than $5 billion of support to equip and train Iraqi and Kurdish forces since 2014", IsParaphrase = true, Source = Interview },
            ],
        };
    }

    /// <summary>The catalog of <see cref="CreateVersion11"/> with a use of every member added in schema version 1.2.</summary>
    internal static CoordinationCatalog CreateCurrent()
    {
        var catalog = CreateVersion11();
        var imported = catalog.Incidents[1] with
        {
            Origin = new RecordOrigin
            {
                DataSet = "ACLED",
                Release = "2021-05",
                EventId = "3f1c0a9e5b7d2c48",
                IsEventIdDerived = true,
                UpdatedAt = Instant.FromUtc(2021, 5, 4, 10, 15, 30),
                Fields =
                [
                    new OriginField("event_date", "20 April 2021"),
                    new OriginField("sub_event_type", "Remote explosive/landmine/IED"),
                    new OriginField("admin1", "Kirkuk"),
                    new OriginField("location", "Daquq"),
                    new OriginField("fatalities", "2"),
                    new OriginField("notes", "On 20 April 2021, an IED hit a car near Daquq (\"کەرکووک\").\nTwo civilians were killed."),
                    new OriginField("tags", ""),
                ],
            },
        };
        var builder = catalog.ToBuilder();
        builder.Set(imported);
        return builder.ToCatalog();
    }

    /// <summary>The catalog of <see cref="Create"/> with a use of every member added in schema version 1.1.</summary>
    internal static CoordinationCatalog CreateVersion11()
    {
        var catalog = Create();
        var coalition = ActorId.Parse("cjtf-oir");
        var kirkuk = TerritoryId.Parse("kirkuk");
        var inferred = new Inference { Reasoning = "The article names the centre as at work by the end of May 2021.", From = [Article] };
        var territories = catalog.Territories;
        var kirkukRecord = territories[0] with
        {
            FormerDesignations = [new FormerDesignation { IsoCode = "IQ-TS", Name = new Name("At-Ta'mim"), Period = DatePeriod.Through(ReportedDate.InYear(2005)), Sources = [Article] }],
            ControlPeriods = [.. territories[0].ControlPeriods, new ControlPeriod { Controller = ActorId.Parse("isf"), Period = DatePeriod.From(new LocalDate(2017, 10, 16)), Extent = ControlExtent.Part, Part = "Kirkuk city", Sources = [Article] }],
        };
        var prdeRecord = territories[1] with
        {
            Memberships = [new TerritoryMembership { Region = kirkuk, Kind = MembershipKind.PartlyWithin, Period = DatePeriod.From(ReportedDate.InYear(2014)), Sources = [Article], Inference = inferred }],
        };
        var jcc = catalog.Mechanisms[1] with
        {
            StatusHistory =
            [
                new StatusChange { Status = MechanismStatus.Proposed, Sources = [Article] },
                new StatusChange { Status = MechanismStatus.Agreed, Date = ReportedDate.OnOrBefore(ReportedDate.OnDay(new LocalDate(2020, 8, 21))), Sources = [Article] },
            ],
            Attestations = [new StatusAttestation { Status = MechanismStatus.Operational, Date = ReportedDate.InWeek(new LocalDate(2021, 5, 1), new LocalDate(2021, 5, 7)), Sources = [Article], Note = "active", Inference = inferred }],
        };
        var unattributed = catalog.Incidents[1] with
        {
            Date = ReportedDate.OnDayAbout(new LocalDate(2021, 4, 20), new LocalTime(21, 30)),
            Casualties = [new Casualties(AffectedParty.Civilians, new CasualtyEstimate(1, 2, 4))],
            ReportedTotals = new CasualtyTotals { Killed = new CasualtyEstimate(1, 2, 4), Sources = [Article] },
            Inference = inferred,
        };
        var fiveBillion = catalog.Statements[1] with { Speaker = Speaker.Institution(coalition), DateAsStated = "in December" };
        var builder = catalog.ToBuilder();
        builder.Set(kirkukRecord);
        builder.Set(prdeRecord);
        builder.Set(jcc);
        builder.Set(unattributed);
        builder.Set(catalog.Support[0] with { Period = DatePeriod.FromThrough(ReportedDate.InYear(2014), ReportedDate.InMonth(new YearMonth(2020, 12))) });
        builder.Set(fiveBillion);
        return builder.ToCatalog();
    }
}
