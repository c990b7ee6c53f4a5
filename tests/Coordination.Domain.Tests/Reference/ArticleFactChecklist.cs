using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Finance;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Support;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using NodaTime;
using static Coordination.Domain.Tests.Reference.CatalogProbe;

namespace Coordination.Domain.Tests.Reference;

/// <summary>
/// Every sentence-level fact of the source article (Esta Media Network, https://esta.krd/en/?p=62147),
/// each with a predicate that finds it in a catalog, tied to the article as its source. What the model
/// cannot hold is listed in <c>docs/reference-catalog.md</c> ("Gaps"); the predicates check what it can.
/// </summary>
public static class ArticleFactChecklist
{
    private static readonly string[] JccAreas = ["diyala", "kirkuk", "makhmour", "ninewa"];

    /// <summary>Gets the facts, in the order of the article.</summary>
    public static ImmutableArray<ArticleFact> Facts { get; } =
    [
        new("source-article", "EXCLUSIVE U.S.-led Coalition supports establishing JCC between Iraqi and Kurdish forces (Esta Media Network)",
            c => c.FindSource(Article) is { } s && s.Publisher == "Esta Media Network" && s.PublisherActor == ActorId.Parse("esta")
                && s.Title == "EXCLUSIVE U.S.-led Coalition supports establishing JCC between Iraqi and Kurdish forces"
                && s.Url == new Uri("https://esta.krd/en/?p=62147") && s.Language?.Value == "en" && s.Published is null
                && ActorIs(c, "esta", ActorKind.Media)),
        new("actors-of-the-article", "Iraqi and Kurdish forces, Baghdad and Erbil, the Coalition, ISIS, the UK, the U.S. Consulate General in Erbil",
            c => ActorIs(c, "goi", ActorKind.Government) && ActorIs(c, "isf", ActorKind.ArmedForce) && ActorIs(c, "iraqi-army", ActorKind.ArmedForce)
                && ActorIs(c, "joc", ActorKind.Command) && ActorIs(c, "krg", ActorKind.RegionalGovernment) && ActorIs(c, "mopa", ActorKind.Ministry)
                && ActorIs(c, "peshmerga", ActorKind.ArmedForce) && ActorIs(c, "cjtf-oir", ActorKind.Coalition) && ActorIs(c, "united-states", ActorKind.ForeignMission)
                && ActorIs(c, "isis", ActorKind.NonStateArmedGroup) && ActorIs(c, "united-kingdom", ActorKind.ForeignMission)
                && ActorIs(c, "uk-embassy-iraq", ActorKind.ForeignMission) && ActorIs(c, "us-consulate-erbil", ActorKind.ForeignMission)),
        new("acronyms-of-the-article", "(JCC), (KRG), GoI, ISF, KSF, CJTF-OIR, (ISIS), Daesh, (JCCC), (LNOs), KCL",
            c => HasAcronym(c, "krg", "KRG") && HasAcronym(c, "goi", "GoI") && HasAcronym(c, "isf", "ISF") && HasAcronym(c, "peshmerga", "KSF")
                && HasAcronym(c, "cjtf-oir", "CJTF-OIR") && HasAcronym(c, "isis", "ISIS") && HasAcronym(c, "isis", "Daesh")
                && Mechanism(c, "jccc") is { } jccc && jccc.Names.Acronyms.Any(n => n.Text == "JCCC")
                && Mechanism(c, "mopa-liaison-officers-joc") is { } lno && lno.Names.Acronyms.Any(n => n.Text == "LNOs")
                && JccAreas.All(a => Mechanism(c, $"jcc-{a}") is { } m && m.Names.Acronyms.Any(n => n.Text == "JCC"))
                && c.FindLine(CoordinationLineId.Parse("kcl")) is { } kcl && kcl.Names.Acronyms.Any(n => n.Text == "KCL")),
        new("coalition-supports-jccs-between-iraqi-and-kurdish-forces", "U.S.-led Coalition Forces supports establishing joint coordination centers (JCC) between the Iraqi and Kurdish forces",
            c => JccAreas.All(a => Mechanism(c, $"jcc-{a}") is { } m && m.Kind == MechanismKind.JointCoordinationCentre && RestsOnArticle(m.Sources)
                && Takes(m, "cjtf-oir", ParticipantRole.Supporter) && Takes(m, "isf", ParticipantRole.Party) && Takes(m, "peshmerga", ParticipantRole.Party))),
        new("disputed-territories-claimed-by-baghdad-and-erbil", "in disputed territories claimed by both Baghdad and Erbil",
            c => Territory(c, "disputed-territories") is { } t && t.Kind == TerritoryKind.InformalRegion && t.IsDisputedOn(new LocalDate(2021, 5, 1))
                && t.ClaimantsOn(new LocalDate(2021, 5, 1)).SequenceEqual([ActorId.Parse("goi"), ActorId.Parse("krg")])
                && t.Claims.All(claim => RestsOnArticle(claim.Sources))),
        new("kurdish-officials-call-for-jccs", "Kurdish officials have repeatedly called for establishing joint coordination centers … “security vacuum”",
            c => Paraphrases(c, "officials:krg", null, "have repeatedly called for establishing joint coordination centers between the Iraqi army and Peshmerga forces")
                && Mechanism(c, "jcc-diyala") is { } m && m.StatusHistory[0] is { Status: MechanismStatus.Proposed, Date: null } proposal && RestsOnArticle(proposal.Sources)),
        new("prde-attack-by-isis-on-peshmerga", "ISIS militants attacked the Peshmerga forces",
            c => Prde(c) is { } i && i.Kind == IncidentKind.ArmedClash && i.Perpetrators.SequenceEqual([new Perpetrator(ActorId.Parse("isis"), Attribution.Attributed)])
                && i.Targets.SequenceEqual([AffectedParty.Of(ActorId.Parse("peshmerga"))])),
        new("prde-attack-near-prde-south-of-erbil", "near Prde town in south of Erbil",
            c => Prde(c) is { } i && i.Location.Territory == TerritoryId.Parse("prde") && i.Location.Precision == LocationPrecision.NearNamedPlace
                && i.Location.PlaceName == "near Prde town, south of Erbil" && Named(c, "prde", "Prde") && Territory(c, "prde")!.Kind == TerritoryKind.Town),
        new("prde-attack-early-hours-of-saturday", "in the early hours of Saturday",
            c => Prde(c) is { } i && i.Date.Precision == DatePrecision.Day && i.Date.PartOfDay == PartOfDay.EarlyHours && i.Date.TimeOfDay is null
                && i.Date.Earliest.DayOfWeek == IsoDayOfWeek.Saturday),
        new("prde-attack-three-killed-two-injured", "Three members of the Kurdish forces were killed and two others injured",
            c => Prde(c) is { } i && i.Casualties.SequenceEqual([new Casualties(AffectedParty.Of(ActorId.Parse("peshmerga")), CasualtyEstimate.Exactly(3), CasualtyEstimate.Exactly(2))])
                && i.TotalKilled == CasualtyEstimate.Exactly(3) && i.TotalInjured == CasualtyEstimate.Exactly(2)),
        new("mopa-blames-security-vacuum", "The Region’s Ministry of Peshmerga blamed the “security vacuum” …",
            c => Paraphrases(c, "institution:mopa", "mopa", "blamed the “security vacuum” between the Iraqi and Kurdish forces in the disputed areas")
                && Relation(c, "mopa", ActorRelationKind.PartOf, "krg")),
        new("iraqi-forces-retook-disputed-areas-october-2017", "the Iraqi forces retook control of those areas from the Peshmerga forces in October 2017",
            c => Retaking(c) is { } i && i.Kind == IncidentKind.GovernmentRegainsTerritory && i.Date == ReportedDate.InMonth(new YearMonth(2017, 10))
                && i.Perpetrators.Any(p => p.Actor == ActorId.Parse("isf")) && i.Targets.Contains(AffectedParty.Of(ActorId.Parse("peshmerga")))
                && i.Location.Territory == TerritoryId.Parse("disputed-territories")),
        new("control-passed-from-peshmerga-to-isf-in-october-2017", "retook control of those areas from the Peshmerga forces in October 2017",
            c => new[] { "kirkuk-city", "makhmour" }.All(id => Territory(c, id) is { } t
                && t.ControllerOn(new LocalDate(2017, 9, 30)) == ActorId.Parse("peshmerga") && t.ControllerOn(new LocalDate(2017, 11, 1)) == ActorId.Parse("isf")
                && t.ControlPeriods.Single(p => p.Controller == ActorId.Parse("isf")).Period.Start is { Year: 2017, Month: 10 }
                && t.ControlPeriods.All(p => RestsOnArticle(p.Sources)))),
        new("in-the-wake-of-the-independence-referendum", "in the wake of the independence referendum",
            c => Retaking(c) is { Summary: { } s } && s.Contains("independence referendum", StringComparison.Ordinal)),
        new("officials-held-meetings-to-establish-jccs", "Iraqi and Kurdish military officials have held several meetings to establish joint coordination centers",
            c => JccAreas.All(a => Mechanism(c, $"jcc-{a}") is { Description: { } d } && d.Contains("held several meetings", StringComparison.Ordinal))),
        new("peshmerga-and-isf-work-out-of-the-jccc-at-camp-zeravani", "the Peshmerga forces and Iraqi security forces both work out of the JCCC at Camp Zeravani in Erbil",
            c => Mechanism(c, "jccc") is { } m && m.Kind == MechanismKind.JointCoalitionCoordinationCentre && m.Site == TerritoryId.Parse("camp-zeravani")
                && Takes(m, "peshmerga", ParticipantRole.Party) && Takes(m, "isf", ParticipantRole.Party) && Takes(m, "cjtf-oir", ParticipantRole.Facilitator)
                && Territory(c, "camp-zeravani") is { Kind: TerritoryKind.Site } camp && camp.Parent is { } town && Territory(c, town.Value)?.Parent == TerritoryId.Parse("erbil")
                && Paraphrases(c, "wayne-marotto", "cjtf-oir", "both work out of the Joint Coalition Coordination Center (JCCC) at Camp Zeravani in Erbil")),
        new("jccc-established-in-2015", "The JCCC was established in 2015 … according to the Peshmerga Ministry",
            c => Mechanism(c, "jccc") is { } m
                && m.StatusHistory.Any(s => s.Status == MechanismStatus.Established && s.Date == ReportedDate.InYear(2015) && RestsOnArticle(s.Sources))
                && m.StatusOn(new LocalDate(2014, 12, 31)) is null && m.StatusOn(new LocalDate(2015, 12, 31)) is MechanismStatus.Established or MechanismStatus.Operational
                && Paraphrases(c, "institution:mopa", "mopa", "The JCCC was established in 2015")),
        new("mopa-liaison-officers-at-the-joc-in-baghdad", "The ministry of Peshmerga also has liaison officers (LNOs) at the Joint Operations Command in Baghdad",
            c => Mechanism(c, "mopa-liaison-officers-joc") is { } m && m.Kind == MechanismKind.LiaisonArrangement && RestsOnArticle(m.Sources)
                && Takes(m, "mopa", ParticipantRole.Party) && Takes(m, "joc", ParticipantRole.Host) && m.Site == TerritoryId.Parse("baghdad")
                && Relation(c, "mopa", ActorRelationKind.LiaisonTo, "joc")
                && Paraphrases(c, "wayne-marotto", "cjtf-oir", "has liaison officers (LNOs) at the Joint Operations Command in Baghdad")
                // Seen at work on the article's date, which is inferred (not before Sunday 2 May 2021).
                && m.Attestations.SingleOrDefault() is { Status: MechanismStatus.Operational, Inference: { } seen } at && RestsOnArticle(at.Sources) && RestsOnArticle(seen.From)
                && at.Date == ReportedDate.NotBefore(ReportedDate.OnDay(new LocalDate(2021, 5, 2)))),
        new("four-jccs-along-the-kcl-in-diyala-kirkuk-makhmour-and-ninewa", "4 Joint Coordination Centers along the KCL [Kurdish Coordination Line] in Diyala, Kirkuk, Makmur, and Ninewa",
            c => JccAreas.All(a => Mechanism(c, $"jcc-{a}") is { } m && m.Area.LineStretches.Contains(new LineStretch(CoordinationLineId.Parse("kcl"), TerritoryId.Parse(a)))
                && !m.StatusHistory.Any(s => s.Status is MechanismStatus.Established or MechanismStatus.Operational && RestsOnArticle(s.Sources)))),
        new("kcl-is-the-kurdish-coordination-line", "the KCL [Kurdish Coordination Line]",
            c => c.FindLine(CoordinationLineId.Parse("kcl")) is { } l && RestsOnArticle(l.Sources) && l.Names.Primary.Text == "Kurdish Coordination Line"
                && new[] { l.SideA, l.SideB }.Order().SequenceEqual([ActorId.Parse("isf"), ActorId.Parse("peshmerga")])),
        new("makmur-is-makhmour-and-ninewa-is-nineveh", "referring to Makhmour in southwest of Erbil and Nineveh province",
            c => Named(c, "makhmour", "Makhmour") && Named(c, "makhmour", "Makmur") && Named(c, "ninewa", "Nineveh")
                && Territory(c, "ninewa") is { Kind: TerritoryKind.Governorate } && Territory(c, "makhmour")?.Parent == TerritoryId.Parse("ninewa")
                && Territory(c, "diyala") is { Kind: TerritoryKind.Governorate } && Territory(c, "kirkuk") is { Kind: TerritoryKind.Governorate }),
        new("marotto-coalition-spokesman", "U.S. Coalition Spokesman Col. Wayne Marotto",
            c => HoldsPost(c, "wayne-marotto", "cjtf-oir", "Spokesperson") && Person(c, "wayne-marotto")!.Honorific == "Col."),
        new("marotto-quote-four-jccs", "“The Coalition supports establishing 4 Joint Coordination Centers …,” he told Esta Media Network",
            c => Quotes(c, "wayne-marotto", "cjtf-oir", "The Coalition supports establishing 4 Joint Coordination Centers along the KCL [Kurdish Coordination Line] in Diyala, Kirkuk, Makmur, and Ninewa", "statement to Esta Media Network")),
        new("marotto-quote-improving-relationship", "“The Coalition commends the improving relationship …,” he said",
            c => Quotes(c, "wayne-marotto", "cjtf-oir", "The Coalition commends the improving relationship and renewed willingness to coordinate between the Peshmerga Forces and ISF")),
        new("masrour-barzani-security-vacuum", "KRG Prime Minister Masrour Barzani said the militants took advantage of the “security vacuum”",
            c => HoldsPost(c, "masrour-barzani", "krg", "Prime Minister")
                && Paraphrases(c, "masrour-barzani", "krg", "the militants took advantage of the “security vacuum” between the Iraqi and Kurdish forces")),
        new("masrour-barzani-security-coordination", "He also stressed the importance of implementing security coordination between the Iraqi army and the Peshmerga forces",
            c => Paraphrases(c, "masrour-barzani", "krg", "stressed the importance of implementing security coordination")),
        new("nechirvan-barzani-calls-for-a-joint-force", "Kurdistan Region President Nechirvan Barzani called on … to form a joint force between Iraqi forces and the Peshmerga in the disputed territories",
            c => HoldsPost(c, "nechirvan-barzani", "krg", "President of the Kurdistan Region")
                && Paraphrases(c, "nechirvan-barzani", "krg", "to form a joint force between Iraqi forces and the Peshmerga in the disputed territories")
                && Mechanism(c, "joint-force-disputed-territories") is { } m && m.Kind == MechanismKind.JointForce && RestsOnArticle(m.Sources)
                && m.Parties.Order().SequenceEqual([ActorId.Parse("isf"), ActorId.Parse("peshmerga")])
                && m.Area.Territories.SequenceEqual([TerritoryId.Parse("disputed-territories")])),
        new("marotto-quote-greater-liaison", "“To achieve long term security and stability in Iraq …,” Marotto told Esta Media Network",
            c => Quotes(c, "wayne-marotto", "cjtf-oir", "To achieve long term security and stability in Iraq it is important for there to be greater liaison and cooperation between the KRG and GoI, especially in disputed territories where Daesh exploit the gaps to gain more freedom to maneuver", "statement to Esta Media Network")),
        new("marotto-quote-no-sanctuary", "“The CJTF-OIR goal is that coordination is developed between KSF and ISF …,” he said",
            c => Quotes(c, "wayne-marotto", "cjtf-oir", "The CJTF-OIR goal is that coordination is developed between KSF and ISF to the point that it allows no sanctuary for Daesh fighters")),
        new("coalition-enabling-support", "enabling support which provides intelligence, operational advising, air support, logistics, and special operations forces",
            c => c.FindSupport(SupportId.Parse("coalition-enabling-support")) is { } s && s.Provider == ActorId.Parse("cjtf-oir") && RestsOnArticle(s.Sources)
                && s.Kinds.Order().SequenceEqual([SupportKind.Intelligence, SupportKind.OperationalAdvising, SupportKind.AirSupport, SupportKind.Logistics, SupportKind.SpecialOperationsForces])
                && Paraphrases(c, "wayne-marotto", "cjtf-oir", "the presence of the Coalition forces “is critical”")),
        new("marotto-quote-welcomed-guests", "“The Coalition are welcomed guests in Kurdistan …,” he added",
            c => Quotes(c, "wayne-marotto", "cjtf-oir", "The Coalition are welcomed guests in Kurdistan that are essential to both Iraqi Arabs and Iraqi Kurd’s in the defeat Daesh mission")),
        new("marotto-quote-regional-stability", "“The Coalition’s presence ensures Kurdistan has increased regional stability.”",
            c => Quotes(c, "wayne-marotto", "cjtf-oir", "The Coalition’s presence ensures Kurdistan has increased regional stability.")),
        new("coalition-led-by-the-united-states", "The Coalition Forces led by the United States",
            c => Relation(c, "cjtf-oir", ActorRelationKind.LedBy, "united-states")),
        new("coalition-formed-in-2014", "was formed in 2014",
            c => Actor(c, "cjtf-oir") is { Existence.Start.Year: 2014 } a && RestsOnArticle(a.Sources)),
        new("isis-overran-territory-in-2014", "when ISIS militants overran large swathes of territory in Iraq and Syria",
            c => c.Incidents.Any(i => i.Kind == IncidentKind.NonStateActorOvertakesTerritory && i.Date == ReportedDate.InYear(2014) && RestsOnArticle(i.Sources)
                && i.Perpetrators.Any(p => p.Actor == ActorId.Parse("isis")) && i.Location.Territory == TerritoryId.Parse("iraq"))),
        new("coalition-funded-more-than-5-billion-since-2014", "it had funded more than $5 billion of support to equip and train Iraqi and Kurdish forces since 2014",
            c => c.Support.Any(s => s.Provider == ActorId.Parse("cjtf-oir") && RestsOnArticle(s.Sources)
                    && s.Amount == new Money(5_000_000_000m, CurrencyCode.UnitedStatesDollar, AmountQualifier.MoreThan)
                    && s.Recipients.Order().SequenceEqual([ActorId.Parse("isf"), ActorId.Parse("peshmerga")])
                    && s.Kinds.Contains(SupportKind.Equipment) && s.Kinds.Contains(SupportKind.Training)
                    && s.Period.Start is { Year: 2014 } && s.Period.End is { } end && end <= new LocalDate(2021, 1, 1))),
        new("coalition-told-esta-in-december-2020", "In December 2020, the Coalition forces told Esta Media Network",
            c => StatementsOf(c, "institution:cjtf-oir", "cjtf-oir").Any(s => s.Date == ReportedDate.InMonth(new YearMonth(2020, 12)) && s.Medium == "statement to Esta Media Network"
                && s.Quote.Contains("more than $5 billion", StringComparison.Ordinal))),
        new("iraq-declared-victory-in-december-2017", "Iraq declared victory over Islamic State in December 2017",
            c => StatementsOf(c, "institution:goi", "goi").Any(s => s.IsParaphrase && s.Date == ReportedDate.InMonth(new YearMonth(2017, 12)) && s.Quote.Contains("victory", StringComparison.Ordinal))),
        new("hamrin-mountains-triangle-of-death", "the Hamrin mountain range … an area described by officials as a “triangle of death”",
            c => Territory(c, "hamrin-mountains") is { Kind: TerritoryKind.InformalRegion } t && RestsOnArticle(t.Sources)
                && Named(c, "hamrin-mountains", "triangle of death") && Quotes(c, null, null, "triangle of death")),
        new("hickey-uk-ambassador-solidarity", "UK Ambassador to Iraq Stephen Hickey said on Sunday that his country stood in solidarity …",
            c => HoldsPost(c, "stephen-hickey", "uk-embassy-iraq", "Ambassador to Iraq") && Relation(c, "uk-embassy-iraq", ActorRelationKind.PartOf, "united-kingdom")
                && Paraphrases(c, "stephen-hickey", "united-kingdom", "stood in solidarity with the Kurdistan Region, Peshmerga and Iraqis")
                // "on Sunday" kept as stated, resolved to 2 May 2021 by inference (the article is undated).
                && StatementsOf(c, "stephen-hickey", "united-kingdom").Any(x => x.DateAsStated == "on Sunday" && x.Date == ReportedDate.OnDay(new LocalDate(2021, 5, 2))
                    && x.Inference is { } inferred && RestsOnArticle(inferred.From))),
        new("hickey-tweet-military-and-development-aid", "“We will continue to provide military + development aid to Iraq to defeat Daesh,” Hickey said in a tweet",
            c => Quotes(c, "stephen-hickey", "united-kingdom", "We will continue to provide military + development aid to Iraq to defeat Daesh", "tweet")),
        new("hickey-tweet-end-the-security-vacuum", "“We will support efforts by Baghdad + Erbil to end the security vacuum in the disputed territories.”",
            c => Quotes(c, "stephen-hickey", "united-kingdom", "We will support efforts by Baghdad + Erbil to end the security vacuum in the disputed territories.")),
        new("us-consulate-general-erbil-commitment", "The U.S. Consulate General in Erbil also said the United States remained committed …",
            c => Relation(c, "us-consulate-erbil", ActorRelationKind.PartOf, "united-states")
                && Paraphrases(c, "institution:us-consulate-erbil", "us-consulate-erbil", "the United States remained committed to standing with the Peshmerga and the Iraqi forces")),
    ];

    /// <summary>Finds a fact by its identifier.</summary>
    /// <param name="id">The fact's identifier.</param>
    /// <returns>The fact.</returns>
    public static ArticleFact Get(string id) => Facts.Single(f => f.Id == id);

    private static Incident? Prde(CoordinationCatalog c) => c.FindIncident(IncidentId.Parse("prde-attack-2021-05-01")) is { } i && RestsOnArticle(i.Sources) ? i : null;

    private static Incident? Retaking(CoordinationCatalog c) => c.FindIncident(IncidentId.Parse("disputed-areas-retaken-2017-10")) is { } i && RestsOnArticle(i.Sources) ? i : null;
}
