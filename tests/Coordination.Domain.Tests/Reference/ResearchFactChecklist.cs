using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using NodaTime;
using static Coordination.Domain.Tests.Reference.CatalogProbe;

namespace Coordination.Domain.Tests.Reference;

/// <summary>
/// The facts beyond the article that the reference catalog holds, each tied to the publications that state
/// them (<c>../shared/research/sources-for-facts.md</c>). What the model cannot hold yet is listed in
/// <c>docs/reference-catalog.md</c>; each predicate here requires every source the fact names.
/// </summary>
public static class ResearchFactChecklist
{
    private static readonly string[] FourJccs = ["jcc-diyala", "jcc-kirkuk", "jcc-makhmour", "jcc-ninewa"];

    /// <summary>Gets the facts, roughly in the order of the research notes.</summary>
    public static ImmutableArray<ResearchFact> Facts { get; } =
    [
        Fact("jccc-opened-near-erbil-2015-09-02", "the JCCC opened near Erbil on 2 September 2015", ["islamedianalysis-2015-09-03", "kurdishdailynews-2015-09-04"],
            (c, s) => Mechanism(c, "jccc") is { } m && RestsOn(m.Sources, s)
                && m.StatusHistory.Any(x => x.Status == MechanismStatus.Operational && x.Date == ReportedDate.OnDay(new LocalDate(2015, 9, 2)) && RestsOn(x.Sources, s))),
        Fact("jccc-established-2015-per-cjtf-oir-release", "the JCCC was established in 2015 (CJTF-OIR release, February 2021)", ["mopa-jccc-meeting-2021-02", "hstoday-2021-02-27"],
            (c, s) => Mechanism(c, "jccc") is { } m
                && m.StatusHistory.Any(x => x.Status == MechanismStatus.Established && x.Date == ReportedDate.InYear(2015) && RestsOn(x.Sources, s))),
        Fact("joint-military-committee-of-2009", "a high-level joint military committee of 2009 under US supervision, dissolved after October 2017", ["kurdistan24-joint-military-committee"],
            (c, s) => Mechanism(c, "joint-military-committee-2009") is { Kind: MechanismKind.JointCommittee, Description: { } d } m && RestsOn(m.Sources, s)
                && m.Parties.Order().SequenceEqual([ActorId.Parse("goi"), ActorId.Parse("krg")]) && Takes(m, "united-states", ParticipantRole.Facilitator)
                && d.Contains("2009", StringComparison.Ordinal) && d.Contains("dissolved after the October 2017", StringComparison.Ordinal)
                && m.StatusHistory.Length == 2
                && m.StatusHistory[0] is { Status: MechanismStatus.Established } established && established.Date == ReportedDate.InYear(2009) && RestsOn(established.Sources, s)
                // "dissolved after the October 2017 takeover": bounded on one side only, by the retaking of Kirkuk city.
                && m.StatusHistory[1] is { Status: MechanismStatus.Dissolved } dissolved && dissolved.Date == ReportedDate.NotBefore(ReportedDate.OnDay(new LocalDate(2017, 10, 16)))
                && RestsOn(dissolved.Sources, s)
                && m.StatusOn(new LocalDate(2017, 10, 1)) == MechanismStatus.Established && m.StatusOn(new LocalDate(2025, 1, 1)) == MechanismStatus.Dissolved),
        Fact("higher-coordinating-committee-met-2020-07-20", "the Higher Coordinating Committee of the JOC and the Peshmerga met in Erbil on 20 July 2020", ["iraqnewsnow-2020-07-20"],
            (c, s) => Mechanism(c, "higher-coordinating-committee") is { Kind: MechanismKind.JointCommittee, Description: { } d } m && RestsOn(m.Sources, s)
                && m.Parties.Order().SequenceEqual([ActorId.Parse("joc"), ActorId.Parse("peshmerga")]) && d.Contains("20 July 2020", StringComparison.Ordinal)
                && m.StatusHistory.IsEmpty && m.Attestations.SingleOrDefault() is { Status: MechanismStatus.Operational } met
                && met.Date == ReportedDate.OnDay(new LocalDate(2020, 7, 20)) && RestsOn(met.Sources, s)),
        Fact("kadhimi-approved-four-jccs-2020-08-21", "PM Kadhimi approved four JCCs on 21 August 2020", ["shafaq-2020-08-21", "baghdadpost-2020-08-21"],
            (c, s) => FourJccs.All(id => Mechanism(c, id) is { } m && RestsOn(m.Sources, s)
                && m.StatusHistory.FirstOrDefault(x => x.Date is not null) is { Status: MechanismStatus.Agreed } first && first.Date == ReportedDate.OnDay(new LocalDate(2020, 8, 21)) && RestsOn(first.Sources, s)
                && m.Description is { } d && d.Contains("The Baghdad Post", StringComparison.Ordinal))),
        Fact("main-jccs-in-baghdad-and-erbil-agreed-2020-10-13", "agreement of 13 October 2020 on main JCCs in Baghdad and Erbil", ["esta-5951", "kurdistan24-23318", "aawsat-2563641"],
            (c, s) => new[] { ("jcc-main-baghdad", "baghdad"), ("jcc-main-erbil", "erbil") }.All(x => Mechanism(c, x.Item1) is { Kind: MechanismKind.JointCoordinationCentre } m
                && m.Site == TerritoryId.Parse(x.Item2) && RestsOn(m.Sources, s)
                && m.StatusHistory.SingleOrDefault() is { Status: MechanismStatus.Agreed } only && only.Date == ReportedDate.OnDay(new LocalDate(2020, 10, 13)) && RestsOn(only.Sources, s))),
        Fact("jcc-start-of-work-reported-in-may-2021", "the JCCs reported at work: Khanaqin (19–20 May), K1 (23 May), four active (31 May / 2 June 2021)",
            ["esta-66532", "kurdpress-922", "zhyan-972", "kirkuknow-65623", "iraqnewsgazette-k1", "shafaq-2021-05-31", "nrt-941"],
            (c, s) => Mechanism(c, "jcc-diyala") is { Description: { } diyala } dm && RestsOn(dm.Sources, ["esta-66532", "kurdpress-922", "zhyan-972"])
                && diyala.Contains("ten people", StringComparison.Ordinal) && diyala.Contains("eight officers", StringComparison.Ordinal)
                && Mechanism(c, "jcc-kirkuk") is { Description: { } kirkuk } km && RestsOn(km.Sources, ["kirkuknow-65623", "iraqnewsgazette-k1"]) && kirkuk.Contains("23 May 2021", StringComparison.Ordinal)
                && FourJccs.All(id => Mechanism(c, id) is { Description: { } d } m && RestsOn(m.Sources, ["shafaq-2021-05-31", "nrt-941"])
                    && d.Contains("31 May 2021", StringComparison.Ordinal) && d.Contains("2 June 2021", StringComparison.Ordinal))
                // Khanaqin's "on Wednesday" resolved against Kurdpress's Thursday 20 May: inferred; seen at work on 20 May (ten or eight staff).
                && dm.StatusHistory.Any(x => x.Status == MechanismStatus.Operational && x.Date == ReportedDate.OnDay(new LocalDate(2021, 5, 19))
                    && RestsOn(x.Sources, ["esta-66532", "kurdpress-922"]) && x.Inference is { } inferred && RestsOn(inferred.From, ["esta-66532", "kurdpress-922"]))
                && Attested(dm, MechanismStatus.Operational, new LocalDate(2021, 5, 20), ["kurdpress-922", "zhyan-972"])
                && km.Site == TerritoryId.Parse("k1-base") && Territory(c, "k1-base") is { Kind: TerritoryKind.Site } k1 && k1.Parent == TerritoryId.Parse("kirkuk")
                && km.StatusHistory.Any(x => x.Status == MechanismStatus.Operational && x.Date == ReportedDate.OnDay(new LocalDate(2021, 5, 23)) && x.Inference is null
                    && RestsOn(x.Sources, ["kirkuknow-65623", "iraqnewsgazette-k1"]))
                // The disagreement of 31 May and 2 June is held as two attestations, neither picked as the start.
                && FourJccs.All(id => Mechanism(c, id) is { } m
                    && Attested(m, MechanismStatus.Operational, new LocalDate(2021, 5, 31), ["shafaq-2021-05-31"]) && Attested(m, MechanismStatus.Operational, new LocalDate(2021, 6, 2), ["nrt-941"])
                    && m.StatusOn(new LocalDate(2021, 5, 3)) == MechanismStatus.Agreed && m.StatusOn(new LocalDate(2025, 1, 1)) == MechanismStatus.Operational)),
        Fact("four-jccs-proposed-undated", "the four JCCs were proposed before Kadhimi approved them; no source dates the proposal", ["shafaq-2020-08-21", "esta-62147"],
            (c, s) => FourJccs.All(id => Mechanism(c, id) is { } m
                && m.StatusHistory.FirstOrDefault() is { Status: MechanismStatus.Proposed, Date: null } proposal && RestsOn(proposal.Sources, s))),
        Fact("six-jccs-continuing-2021-07-18", "the six joint coordination centres continuing their tasks, 18 July 2021", ["shafaq-2021-07-18"],
            (c, s) => new[] { "jcc-main-baghdad", "jcc-main-erbil" }.All(id => Mechanism(c, id) is { } m
                && Attested(m, MechanismStatus.Operational, new LocalDate(2021, 7, 18), s) && m.StatusOn(new LocalDate(2025, 1, 1)) == MechanismStatus.Operational
                && m.StatusOn(new LocalDate(2021, 7, 17)) == MechanismStatus.Agreed)),
        Fact("joint-brigades-agreed-2021-07-18", "two joint brigades agreed on 18 July 2021; their size disputed (7,000 / 20,000); deployed by 20 November 2024",
            ["shafaq-2021-07-18", "rudaw-2021-09-20", "rudaw-2023-04-01", "rudaw-2023-03-21", "rudaw-2023-08-19", "shafaq-2024-11-20"],
            (c, s) => Mechanism(c, "joint-brigades") is { Kind: MechanismKind.JointForce, Description: { } d } m && RestsOn(m.Sources, s)
                && m.Parties.Order().SequenceEqual([ActorId.Parse("iraqi-army"), ActorId.Parse("peshmerga")]) && m.Area.Territories.SequenceEqual([TerritoryId.Parse("disputed-territories")])
                && m.StatusHistory.SingleOrDefault() is { Status: MechanismStatus.Agreed } agreed && agreed.Date == ReportedDate.OnDay(new LocalDate(2021, 7, 18)) && RestsOn(agreed.Sources, ["shafaq-2021-07-18"])
                && d.Contains("7,000", StringComparison.Ordinal) && d.Contains("20,000", StringComparison.Ordinal) && d.Contains("disagree", StringComparison.Ordinal)
                && d.Contains("20 November 2024", StringComparison.Ordinal) && d.Contains("draft budget", StringComparison.Ordinal)
                // Stalled, a budget line, funds: seen still agreed (no lifecycle status for "stalled"); deployed: seen operational.
                && Attested(m, MechanismStatus.Agreed, new LocalDate(2021, 9, 19), ["rudaw-2021-09-19"]) && Attested(m, MechanismStatus.Agreed, new LocalDate(2021, 9, 20), ["rudaw-2021-09-20"])
                && Attested(m, MechanismStatus.Agreed, new LocalDate(2023, 3, 21), ["rudaw-2023-03-21"]) && Attested(m, MechanismStatus.Agreed, new LocalDate(2023, 8, 19), ["rudaw-2023-08-19"])
                && Attested(m, MechanismStatus.Operational, new LocalDate(2024, 11, 20), ["shafaq-2024-11-20"])
                && m.StatusOn(new LocalDate(2024, 11, 19)) == MechanismStatus.Agreed && m.StatusOn(new LocalDate(2025, 1, 1)) == MechanismStatus.Operational
                && m.StatusHistory.All(x => x.Status != MechanismStatus.Suspended)),
        Fact("cjtf-oir-established-2014-10-17", "CJTF-OIR was formally established on 17 October 2014 (CENTCOM; a Wikipedia variant says 10 October)", ["centcom-2017-10-17", "wikipedia-cjtf-oir"],
            (c, s) => Actor(c, "cjtf-oir") is { } a && a.Existence?.Start == new LocalDate(2014, 10, 17) && RestsOn(a.Sources, s)
                && a.Relations.Any(r => r.Kind == ActorRelationKind.LedBy && r.Period.Start == new LocalDate(2014, 10, 17) && RestsOn(r.Sources, ["centcom-2017-10-17"]))
                && a.Description is { } d && d.Contains("10 October 2014", StringComparison.Ordinal)),
        Fact("cjtf-oir-combat-mission-ended-2021-12-09", "the Coalition's combat mission ended on 9 December 2021", ["kurdistan24-26547", "shafaq-coalition-non-combat"],
            (c, s) => Actor(c, "cjtf-oir") is { Description: { } d } a && RestsOn(a.Sources, s) && d.Contains("9 December 2021", StringComparison.Ordinal)
                && c.Statements.Any(x => x.Source == SourceId.Parse("kurdistan24-26547") && x.Speaker == Speaker.Institution(ActorId.Parse("cjtf-oir")) && x.OnBehalfOf == ActorId.Parse("cjtf-oir") && x.Date == ReportedDate.OnDay(new LocalDate(2021, 12, 9)))),
        Fact("marotto-coalition-military-spokesman", "Col. Wayne Marotto, Coalition military spokesman", ["hstoday-2021-02-27"],
            (c, s) => Person(c, "wayne-marotto") is { } p && p.Posts.Any(x => x.Actor == ActorId.Parse("cjtf-oir") && RestsOn(x.Sources, s))),
        Fact("joc-under-the-prime-minister", "the JOC under the Prime Minister as commander of the joint forces", ["kirkuknow-60169"],
            (c, s) => Actor(c, "joc") is { } a && RestsOn(a.Sources, s) && a.Relations.Any(r => r.Kind == ActorRelationKind.SubordinateTo && r.Target == ActorId.Parse("goi") && RestsOn(r.Sources, s))),
        Fact("peshmerga-regional-guard-and-party-units", "the Peshmerga as the regional guard of Article 121; party units 70 (PUK) and 80 (KDP)", ["globalsecurity-peshmerga", "kurdistan-chronicle-3323"],
            (c, s) => Actor(c, "peshmerga") is { Description: { } d } a && RestsOn(a.Sources, s) && d.Contains("Article 121", StringComparison.Ordinal) && d.Contains("70 units", StringComparison.Ordinal)),
        Fact("federal-police-actor", "the Federal Police, target at Rashad and Safra", ["observerbd-329853", "thenational-2022-12-19"],
            (c, s) => Actor(c, "federal-police") is { Kind: ActorKind.ArmedForce } a && RestsOn(a.Sources, s)),
        Fact("article-140-quoted", "Article 140: implement Article 58 of the TAL by 31 December 2007", ["gjpi-2009-06-01", "constitution-of-iraq"],
            (c, s) => new[] { "kirkuk", "makhmour", "disputed-territories" }.All(id => Territory(c, id) is { } t
                && t.Claims.Any(x => x.Claimant == ActorId.Parse("krg") && x.Basis == "Article 140 of the Constitution of Iraq" && RestsOn(x.Sources, s) && !x.Sources.Contains(SourceId.Parse("research-notes"))))),
        Fact("salah-al-din-codes", "Salah al-Din: IQ-SD, IQG16", ["iso-3166-2-iq", "ocha-cod-ab-iraq"],
            (c, s) => Territory(c, "salah-al-din") is { Kind: TerritoryKind.Governorate, IsoCode: "IQ-SD", PCode: "IQG16" } t && t.Parent == TerritoryId.Parse("iraq") && RestsOn(t.Sources, s)),
        Fact("retaking-15-27-october-2017", "federal forces retook the disputed areas between 15 and 27 October 2017", ["wikipedia-2017-iraqi-kurdish-conflict"],
            (c, s) => c.FindIncident(IncidentId.Parse("disputed-areas-retaken-2017-10")) is { Summary: { } sum } i && RestsOn(i.Sources, s)
                && !i.Sources.Contains(SourceId.Parse("research-notes")) && sum.Contains("Between 15 and 27 October 2017", StringComparison.Ordinal) && i.Casualties.IsEmpty),
        Fact("kirkuk-city-retaken-2017-10-16", "Kirkuk city retaken on 16 October 2017", ["dailyalert-68144", "rudaw-2018-06-04"],
            (c, s) => ControlPassed(c, "kirkuk-city", new LocalDate(2017, 10, 16), s)),
        Fact("sinjar-retaken-2017-10-17", "Sinjar district retaken on 17 October 2017", ["anews-2017-10-17"],
            (c, s) => Territory(c, "sinjar") is { Kind: TerritoryKind.District } t && t.Parent == TerritoryId.Parse("ninewa") && ControlPassed(c, "sinjar", new LocalDate(2017, 10, 17), s)),
        Fact("khanaqin-jalawla-mandali-retaken-2017-10-17", "the Peshmerga pulled out of Jalawla, Khanaqin and Mandali on 17 October 2017 (announced 18 October)", ["ap-2017-10-17-latest"],
            (c, s) => new[] { "khanaqin", "jalawla", "mandali" }.All(id => Territory(c, id) is { Kind: TerritoryKind.Town } t && t.Parent == TerritoryId.Parse("diyala")
                && ControlPassed(c, id, new LocalDate(2017, 10, 17), s))
                && c.FindIncident(IncidentId.Parse("disputed-areas-retaken-2017-10")) is { Summary: { } sum } i && i.Sources.Contains(SourceId.Parse("rferl-28801770")) && sum.Contains("18 October", StringComparison.Ordinal)),
        Fact("makhmour-withdrawal-began-2017-10-17", "the Peshmerga's withdrawal from Makhmour began on 17 October 2017", ["upi-2017-10-17", "rojinfo-2003-lines"],
            (c, s) => ControlPassed(c, "makhmour", new LocalDate(2017, 10, 17), s)),
        Fact("altun-kupri-seized-after-a-firefight-2017-10-20", "Iraqi troops seized Altun Kupri after a firefight on 20 October 2017", ["ap-2017-10-20"],
            (c, s) => ControlPassed(c, "prde", new LocalDate(2017, 10, 20), s)
                && c.FindIncident(IncidentId.Parse("altun-kupri-clash-2017-10-20")) is { Kind: IncidentKind.ArmedClash } i && RestsOn(i.Sources, s)
                && i.Date == ReportedDate.OnDay(new LocalDate(2017, 10, 20)) && i.Location.Territory == TerritoryId.Parse("prde") && i.Casualties.IsEmpty
                && i.Perpetrators.Any(p => p.Actor == ActorId.Parse("isf")) && i.Targets.Contains(AffectedParty.Of(ActorId.Parse("peshmerga")))),
        Fact("prde-attack-as-the-press-reported-it", "Prde–Qaya Bashi, Brigade 10, Zurgazraw; just after midnight or about 02:00", ["zhyan-771", "rudaw-2021-05-01-prde", "shafaq-2021-05-01-prde", "kurdistan-parliament-2021-05-01"],
            (c, s) => c.FindIncident(IncidentId.Parse("prde-attack-2021-05-01")) is { Summary: { } sum } i && RestsOn(i.Sources, s) && !i.Sources.Contains(SourceId.Parse("research-notes"))
                && sum.Contains("a few minutes after midnight", StringComparison.Ordinal) && sum.Contains("around 2:00 a.m.", StringComparison.Ordinal)
                && i.TotalKilled == CasualtyEstimate.Exactly(3) && i.TotalInjured == CasualtyEstimate.Exactly(2)),
        Fact("rashad-attack-2021-09", "Rashad, night of 4–5 September 2021: 13 killed (at least 12), 3 wounded", ["observerbd-329853", "kurdistan24-25452", "rudaw-2021-09-05", "kayhan-94005"],
            (c, s) => c.FindIncident(IncidentId.Parse("rashad-attack-2021-09-05")) is { Summary: { } sum } i && RestsOn(i.Sources, s)
                && i.Date == ReportedDate.InWeek(new LocalDate(2021, 9, 4), new LocalDate(2021, 9, 5))
                && i.Targets.SequenceEqual([AffectedParty.Of(ActorId.Parse("federal-police"))]) && i.Location.Territory == TerritoryId.Parse("kirkuk")
                && i.Casualties.SequenceEqual([new Casualties(AffectedParty.Of(ActorId.Parse("federal-police")), new CasualtyEstimate(12, 13, 13), CasualtyEstimate.Exactly(3))])
                && sum.Contains("65 km", StringComparison.Ordinal) && sum.Contains("16", StringComparison.Ordinal)),
        Fact("qarachogh-attack-2021-12-02", "Qarachogh, 2 December 2021, ~22:30: 10 Peshmerga (MoPA: 7) and 3 civilians killed; ISIS claimed 13",
            ["rudaw-2021-12-03", "rudaw-2021-12-03-shakir", "islamtimes-966701", "kirkuknow-67017", "newarab-2021-12-23"],
            (c, s) => c.FindIncident(IncidentId.Parse("qarachogh-attack-2021-12-02")) is { Summary: { } sum } i && RestsOn(i.Sources, s)
                && i.Date == ReportedDate.OnDay(new LocalDate(2021, 12, 2), PartOfDay.Night) && i.Location.Territory == TerritoryId.Parse("makhmour")
                && i.Perpetrators.SequenceEqual([new Perpetrator(ActorId.Parse("isis"), Attribution.Claimed)])
                && i.Targets.SequenceEqual([AffectedParty.Of(ActorId.Parse("peshmerga")), AffectedParty.Civilians])
                // MoPA's seven and the later ten held as low and best; the number injured not reported (no zero).
                && i.Casualties.SequenceEqual([new Casualties(AffectedParty.Of(ActorId.Parse("peshmerga")), new CasualtyEstimate(7, 10, 10), null), new Casualties(AffectedParty.Civilians, CasualtyEstimate.Exactly(3), null)])
                && i.TotalInjured is null && sum.Contains("seven", StringComparison.Ordinal) && sum.Contains("ten Peshmerga and three civilians", StringComparison.Ordinal)
                && sum.Contains("22:30", StringComparison.Ordinal) && sum.Contains("13", StringComparison.Ordinal)),
        Fact("safra-attack-2022-12-18", "near Safra, 18 December 2022: nine Federal Police killed; claimed by ISIS (South Front: 17 December)", ["thenational-2022-12-19", "kurdistan24-30238", "southfront-safra"],
            (c, s) => c.FindIncident(IncidentId.Parse("safra-attack-2022-12-18")) is { Summary: { } sum } i && RestsOn(i.Sources, s)
                && i.Date == ReportedDate.OnDay(new LocalDate(2022, 12, 18)) && i.Location.Territory == TerritoryId.Parse("kirkuk")
                && i.Perpetrators.SequenceEqual([new Perpetrator(ActorId.Parse("isis"), Attribution.Claimed)]) && i.Targets.SequenceEqual([AffectedParty.Of(ActorId.Parse("federal-police"))])
                && i.Casualties.SequenceEqual([new Casualties(AffectedParty.Of(ActorId.Parse("federal-police")), CasualtyEstimate.Exactly(9), null)]) && i.TotalInjured is null
                && sum.Contains("nine police officers", StringComparison.Ordinal) && sum.Contains("17 December", StringComparison.Ordinal)),
        Fact("iraq-announced-victory-2017-12-09", "Iraqi authorities announced victory against ISIS on 9 December 2017", ["worldbulletin-2022-12-18"],
            (c, s) => c.Statements.Any(x => x.Source == SourceId.Parse(s[0]) && x.Speaker == Speaker.Institution(ActorId.Parse("goi")) && x.OnBehalfOf == ActorId.Parse("goi") && x.IsParaphrase && x.Date == ReportedDate.OnDay(new LocalDate(2017, 12, 9)))),
        Fact("retaking-held-as-partial-control-of-the-disputed-territories", "the places retaken between 15 and 27 October 2017, as control of part of the disputed territories", ["wikipedia-2017-iraqi-kurdish-conflict"],
            (c, s) => Territory(c, "disputed-territories") is { } t && RestsOn(t.Sources, s)
                && t.ControlPeriods.SingleOrDefault() is { Extent: ControlExtent.Part, Part: { } part } p && p.Controller == ActorId.Parse("isf") && p.Period.Start == new LocalDate(2017, 10, 15)
                && p.Period.End is null && RestsOn(p.Sources, s) && part.Contains("Zummar", StringComparison.Ordinal) && part.Contains("Rabia", StringComparison.Ordinal)
                && c.ControlOn(t.Id, new LocalDate(2017, 10, 1)) is { Partial.IsEmpty: true } && c.ControlOn(t.Id, new LocalDate(2017, 11, 1)) is { Partial.Length: 1 }),
        Fact("camp-zeravani-at-bnaslawa-inferred", "the Zeravani training complex at Bnaslawa, 17 km east of Erbil; that the JCCC's Camp Zeravani is there is inferred", ["rudaw-2015-10-15", "esta-62147"],
            (c, s) => Territory(c, "bnaslawa") is { Kind: TerritoryKind.Town } town && town.Parent == TerritoryId.Parse("erbil") && RestsOn(town.Sources, ["rudaw-2015-10-15"])
                && Territory(c, "camp-zeravani") is { } camp && camp.Parent == town.Id && RestsOn(camp.Sources, s)
                && camp.Inference is { } inferred && RestsOn(inferred.From, s) && inferred.Reasoning.Contains("17 km east of Erbil", StringComparison.Ordinal)),
        Fact("kcl-names-and-the-gap", "Kurdistan Coordination Line, Blue Line, trigger line (Crisis Group, 8 July 2009); a gap of ~20 km, up to 40 km",
            ["crisis-group-2009", "cjtf-oir-2021-08-13", "shafaq-blue-line", "dinardetectives-rudaw-1084", "thenational-2021-12-17", "gfatf-2021-05-04"],
            (c, s) => c.FindLine(CoordinationLineId.Parse("kcl")) is { Description: { } d } l && RestsOn(l.Sources, s) && !l.Sources.Contains(SourceId.Parse("research-notes"))
                && l.Names.All.Any(n => n.Text == "Kurdistan Coordination Line") && l.Names.All.Any(n => n.Text == "Blue Line")
                && l.Names.All.Any(n => n.Text == "trigger line" && n.Kind == Coordination.Domain.Names.NameKind.Former)
                && c.FindSource(SourceId.Parse("crisis-group-2009")) is { Title: "Iraq and the Kurds: Trouble Along the Trigger Line" } cg && cg.Published == ReportedDate.OnDay(new LocalDate(2009, 7, 8))
                && d.Contains("about 20 km", StringComparison.Ordinal) && d.Contains("up to 40 km", StringComparison.Ordinal) && d.Contains("five kilometres long", StringComparison.Ordinal)),
        Fact("coalition-5-billion-as-others-report-it", "more than $5 billion: equipment to the ISF since 2014 (NINA); Iraq and Syria, 2014–2020 (Sputnik)", ["iraqnewsgazette-oir-5-billion", "sputnik-2020-09-04"],
            (c, s) => c.FindSupport(SupportId.Parse("coalition-funding-since-2014")) is { Description: { } d } x && RestsOn(x.Sources, s)
                && d.Contains("NINA", StringComparison.Ordinal) && d.Contains("Syria", StringComparison.Ordinal)),
    ];

    /// <summary>Finds a fact by its identifier.</summary>
    /// <param name="id">The fact's identifier.</param>
    /// <returns>The fact.</returns>
    public static ResearchFact Get(string id) => Facts.Single(f => f.Id == id);

    private static ResearchFact Fact(string id, string fact, string[] sources, Func<CoordinationCatalog, ImmutableArray<string>, bool> isIn)
    {
        ImmutableArray<string> required = [.. sources];
        return new(id, fact, required, c => required.All(s => c.FindSource(SourceId.Parse(s)) is not null) && isIn(c, required));
    }

    private static bool RestsOn(ImmutableArray<SourceId> cited, ImmutableArray<string> required) => required.All(s => cited.Contains(SourceId.Parse(s)));

    // The mechanism was seen in `status` on `day`, the attestation resting on `sources`.
    private static bool Attested(CoordinationMechanism m, MechanismStatus status, LocalDate day, ImmutableArray<string> sources) =>
        m.Attestations.Any(a => a.Status == status && a.Date == ReportedDate.OnDay(day) && RestsOn(a.Sources, sources));

    // The territory passed from the Peshmerga to the ISF on `day`, both periods resting on `sources`.
    private static bool ControlPassed(CoordinationCatalog c, string territory, LocalDate day, ImmutableArray<string> sources) =>
        Territory(c, territory) is { } t
        && t.ControllerOn(day.PlusDays(-1)) == ActorId.Parse("peshmerga") && t.ControllerOn(day) == ActorId.Parse("isf")
        && t.ControlPeriods.Count(p => p.Controller == ActorId.Parse("isf") && p.Period.Start == day && RestsOn(p.Sources, sources)) == 1
        && t.ControlPeriods.Count(p => p.Controller == ActorId.Parse("peshmerga") && p.Period.End == day && RestsOn(p.Sources, sources)) == 1
        && RestsOn(t.Sources, sources);
}
