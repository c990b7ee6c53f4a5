using System;
using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Finance;
using Coordination.Domain.Geography;
using Coordination.Domain.Incidents;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Names;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using Coordination.Domain.Validation;
using FsCheck.Fluent;

namespace Coordination.Domain.Testing;

/// <content>Corruptions of the rules of one record.</content>
public static partial class CatalogCorruptions
{
    // The catalog with at least `count` territories.
    private static CoordinationCatalog WithTerritories(CoordinationCatalog c, int count)
    {
        var (catalog, source) = c.EnsureSource();
        while (catalog.Territories.Count(t => t is not null) < count)
        {
            catalog = catalog.Rebuild(CatalogRecordKinds.Territories, catalog.Territories.Add(catalog.FreshTerritory(source)));
        }

        return catalog;
    }

    private static IEnumerable<CatalogCorruption> RecordRules()
    {
        yield return Corrupt("an actor in a relation to itself", ValidationCodes.Actors.SelfRelation,
            c => EditActor(c, (_, a) => a with { Relations = a.Relations.Add(new ActorRelation { Kind = ActorRelationKind.PartOf, Target = a.Id }) }));
        yield return Corrupt("the same relation twice at once", ValidationCodes.Actors.OverlappingRelations,
            c => EditActor(c, (x, a) =>
            {
                var relation = new ActorRelation { Kind = ActorRelationKind.LiaisonTo, Target = OtherActor(x, a.Id) };
                return a with { Relations = a.Relations.Add(relation).Add(relation) };
            }));
        yield return Corrupt("the same post twice at once", ValidationCodes.People.OverlappingPosts,
            c => EditPerson(c, (x, p) =>
            {
                var post = new Post { Actor = FirstActor(x), Title = "Spokesperson" };
                return p with { Posts = p.Posts.Add(post).Add(post) };
            }));

        yield return Corrupt("a territory its own parent", ValidationCodes.Territories.SelfParent,
            c => EditTerritory(c, (_, t) => t with { Parent = t.Id }));
        yield return Corrupt("overlapping control periods", ValidationCodes.Territories.OverlappingControlPeriods,
            c => EditTerritory(c, (x, t) => t with
            {
                ControlPeriods = t.ControlPeriods
                    .Add(new ControlPeriod { Controller = FirstActor(x), Period = DatePeriod.From(x.SafeDate().PlusDays(-100)) })
                    .Add(new ControlPeriod { Controller = OtherActor(x, FirstActor(x)), Period = DatePeriod.From(x.SafeDate().PlusDays(-50)) }),
            }));
        yield return Corrupt("an ISO code of the wrong syntax", ValidationCodes.Territories.InvalidIsoCode,
            c => Gen.Elements("iq-ki", "IRQ", "IQ-", "IQ-KIRK", "IQ KI", "IQ\n", "").SelectMany(code => EditTerritory(c, (_, t) => t with { IsoCode = code })));
        yield return Corrupt("an ISO code that does not fit the kind", ValidationCodes.Territories.IsoCodeDoesNotFitKind,
            c => EditTerritory(c, (_, t) => t with { IsoCode = t.Kind == TerritoryKind.Country ? "IQ-KI" : "IQ" }));
        yield return Corrupt("a P-code of the wrong syntax", ValidationCodes.Territories.InvalidPCode,
            c => Gen.Elements("iqg13", "13", "I", "IQ", "IQG13 ", "IQ-G13").SelectMany(code => EditTerritory(c, (_, t) => t with { PCode = code })));
        yield return Corrupt("the same claim twice at once", ValidationCodes.Territories.OverlappingClaims,
            c => EditTerritory(c, (x, t) =>
            {
                var claim = new TerritorialClaim { Claimant = FirstActor(x), Basis = "Article 140 of the Constitution of Iraq" };
                return t with { Claims = t.Claims.Add(claim).Add(claim) };
            }));

        yield return Corrupt("an inferred territory from no source", ValidationCodes.Citations.InferenceWithoutSource,
            c => EditTerritory(c, (_, t) => t with { Inference = new Provenance.Inference { Reasoning = "Camp Zeravani is the Zeravani forces' base at Bnaslawa." } }));
        yield return Corrupt("a territory a member of itself", ValidationCodes.Territories.SelfMembership,
            c => EditTerritory(c, (_, t) => t with { Memberships = t.Memberships.Add(new TerritoryMembership { Region = t.Id, Kind = MembershipKind.Member }) }));
        yield return Corrupt("the same membership twice at once", ValidationCodes.Territories.OverlappingMemberships,
            c => EditTerritory(WithTerritories(c, 2), (x, t) =>
            {
                var region = x.Territories.First(r => r is not null && r.Id != t.Id).Id;
                var membership = new TerritoryMembership { Region = region, Kind = MembershipKind.PartlyWithin };
                return t with { Memberships = t.Memberships.Add(membership).Add(membership with { Kind = MembershipKind.Member }) };
            }));
        yield return Corrupt("a former designation with neither code nor name", ValidationCodes.Territories.EmptyFormerDesignation,
            c => EditTerritory(c, (_, t) => t with { FormerDesignations = t.FormerDesignations.Add(new FormerDesignation { Period = DatePeriod.Until(new NodaTime.LocalDate(2006, 1, 1)) }) }));
        yield return Corrupt("a part named for control of the whole", ValidationCodes.Territories.PartNamedForWholeControl,
            c => EditTerritory(c, (x, t) => t with { ControlPeriods = [new ControlPeriod { Controller = FirstActor(x), Period = DatePeriod.Always, Extent = ControlExtent.Whole, Part = "Kirkuk city" }] }));

        yield return Corrupt("a line traced by one point", ValidationCodes.Lines.SinglePointTrace,
            c => EditLine(c, (_, l) => l with { Points = [new GeoPoint(35.7533, 44.1436)] }));
        yield return Corrupt("a line with one actor on both sides", ValidationCodes.Lines.SameActorOnBothSides,
            c => EditLine(c, (_, l) => l with { SideB = l.SideA }));

        yield return Corrupt("a mechanism with one party", ValidationCodes.Mechanisms.TooFewParties,
            c => EditMechanism(c, (x, m) => m with { Participants = [new Participant(FirstActor(x), ParticipantRole.Party), new Participant(OtherActor(x, FirstActor(x)), ParticipantRole.Host)] }));
        yield return Corrupt("a status following itself or leaving Dissolved", ValidationCodes.Mechanisms.IllegalTransition,
            c => EditMechanism(c, (_, m) => m with { StatusHistory = m.StatusHistory.Add(m.StatusHistory[^1]) }));
        yield return Corrupt("a status change dated before the one it follows", ValidationCodes.Mechanisms.BackdatedStatusChange,
            c => EditMechanism(c, (x, m) =>
            {
                var last = m.StatusHistory[^1];
                if (last.Status == MechanismStatus.Dissolved)
                {
                    var date = x.SafeDate();
                    return m with
                    {
                        StatusHistory =
                        [
                            new StatusChange { Status = MechanismStatus.Proposed, Date = ReportedDate.OnDay(date) },
                            new StatusChange { Status = MechanismStatus.Agreed, Date = ReportedDate.OnDay(date.PlusDays(-1)) },
                        ],
                        Attestations = [],
                    };
                }

                var next = new StatusChange { Status = MechanismLifecycle.Successors(last.Status)[0], Date = ReportedDate.OnDay(m.StatusHistory.Last(s => s.Date is not null).Date!.Value.Earliest.PlusDays(-1)) };
                return m with { StatusHistory = m.StatusHistory.Add(next), Attestations = [] };
            }));
        yield return Corrupt("an attestation of a status the history has left behind", ValidationCodes.Mechanisms.AttestationContradictsHistory,
            c => EditMechanism(c, (x, m) =>
            {
                var date = x.SafeDate().PlusDays(-2);
                return m with
                {
                    StatusHistory = [new StatusChange { Status = MechanismStatus.Operational, Date = ReportedDate.OnDay(date) }],
                    Attestations = [new StatusAttestation { Status = MechanismStatus.Agreed, Date = ReportedDate.OnDay(date.PlusDays(1)) }],
                };
            }));
        yield return Corrupt("a fact inferred from no source", ValidationCodes.Citations.InferenceWithoutSource,
            c => EditMechanism(c, (_, m) => m with { Inference = new Inference { Reasoning = "Named after the camp it sits in." } }));
        yield return Corrupt("a participant listed twice", ValidationCodes.Mechanisms.DuplicateParticipant,
            c => EditMechanism(c, (_, m) => m with { Participants = m.Participants.Add(m.Participants[0]) }));

        yield return Corrupt("a perpetrator listed twice", ValidationCodes.Incidents.DuplicatePerpetrator,
            c => EditIncident(c, (x, i) => i with { Perpetrators = i.Perpetrators.Add(new Perpetrator(FirstActor(x), Attribution.Suspected)).Add(new Perpetrator(FirstActor(x), Attribution.Claimed)) }));
        yield return Corrupt("a target listed twice", ValidationCodes.Incidents.DuplicateTarget,
            c => EditIncident(c, (_, i) => i with { Targets = i.Targets.Add(AffectedParty.Civilians).Add(AffectedParty.Civilians) }));
        yield return Corrupt("an affected party naming no actor", ValidationCodes.Incidents.PartyWithoutActor,
            c => EditIncident(c, (_, i) => i with { Targets = i.Targets.Add(default) }));
        yield return Corrupt("casualties of one party listed twice", ValidationCodes.Incidents.DuplicateCasualtyParty,
            c => EditIncident(c, (_, i) => i with
            {
                Casualties = i.Casualties.Add(new Casualties(AffectedParty.Unidentified, CasualtyEstimate.Zero, CasualtyEstimate.Zero))
                    .Add(new Casualties(AffectedParty.Unidentified, CasualtyEstimate.Exactly(1), CasualtyEstimate.Zero)),
                ReportedTotals = null,
            }));
        yield return Corrupt("a casualty estimate with low > best", ValidationCodes.Incidents.UnorderedEstimate,
            c => Gen.Elements(new CasualtyEstimate(3, 2, 5), new CasualtyEstimate(0, 4, 3), new CasualtyEstimate(5, 5, 4)).SelectMany(bad => EditIncident(c, (_, i) =>
                i.Casualties.FirstOrDefault() is { } first
                    ? i with { Casualties = i.Casualties.SetItem(0, first with { Injured = bad }), ReportedTotals = null }
                    : i with { Casualties = [new Casualties(AffectedParty.Civilians, bad, CasualtyEstimate.Zero)], ReportedTotals = null })));
        yield return Corrupt("a location with nothing to locate it by", ValidationCodes.Incidents.UnspecifiedLocation,
            c => EditIncident(c, (_, i) => i with { Location = new IncidentLocation { Precision = LocationPrecision.Region } }));
        yield return Corrupt("an exact location without a point", ValidationCodes.Incidents.ExactLocationWithoutPoint,
            c => EditIncident(c, (_, i) => i with { Location = new IncidentLocation { PlaceName = "Prde", Precision = LocationPrecision.ExactLocation } }));
        yield return Corrupt("casualties adding up past Int32.MaxValue", ValidationCodes.Incidents.CasualtyTotalOverflow,
            c => EditIncident(c, (_, i) => i with
            {
                Casualties =
                [
                    new Casualties(AffectedParty.Civilians, CasualtyEstimate.Exactly(int.MaxValue), CasualtyEstimate.Zero),
                    new Casualties(AffectedParty.Unidentified, CasualtyEstimate.Exactly(1), CasualtyEstimate.Zero),
                ],
                ReportedTotals = null,
            }));

        yield return Corrupt("parties' killed above the reported total", ValidationCodes.Incidents.PartiesExceedReportedTotal,
            c => EditIncident(c, (_, i) => i with
            {
                Casualties = [new Casualties(AffectedParty.Civilians, CasualtyEstimate.Exactly(5))],
                ReportedTotals = new CasualtyTotals { Killed = new CasualtyEstimate(2, 3, 4) },
            }));
        yield return Corrupt("every party's killed, together below the reported total", ValidationCodes.Incidents.PartiesShortOfReportedTotal,
            c => EditIncident(c, (_, i) => i with
            {
                Casualties = [new Casualties(AffectedParty.Civilians, CasualtyEstimate.Exactly(1)), new Casualties(AffectedParty.Unidentified, CasualtyEstimate.Exactly(2), CasualtyEstimate.Zero)],
                ReportedTotals = new CasualtyTotals { Killed = new CasualtyEstimate(10, 12, 15) },
            }));
        yield return Corrupt("an inferred fact that names no source it was inferred from", ValidationCodes.Citations.InferenceWithoutSource,
            c => EditActor(c, (_, a) => a with { Inference = new Provenance.Inference { Reasoning = "Follows from the map." } }));

        yield return Corrupt("an origin naming no data set", ValidationCodes.Origins.BlankDataSet,
            c => Gen.Elements<string?>("", " ", "\t", null).SelectMany(name => EditIncident(c, (_, i) => i with { Origin = ImportedFrom(i) with { DataSet = name! } })));
        yield return Corrupt("an origin giving no event id", ValidationCodes.Origins.BlankEventId,
            c => Gen.Elements<string?>("", "  ", null).SelectMany(id => EditIncident(c, (_, i) => i with { Origin = ImportedFrom(i) with { EventId = id! } })));
        yield return Corrupt("a field of an origin naming no column", ValidationCodes.Origins.BlankFieldColumn,
            c => Gen.Elements(default(OriginField), new OriginField(" ", "IRQ1")).SelectMany(field => EditIncident(c, (_, i) => i with { Origin = ImportedFrom(i) with { Fields = ImportedFrom(i).Fields.Add(field) } })));

        yield return Corrupt("support to its own provider", ValidationCodes.Support.ProviderIsRecipient,
            c => EditSupport(c, (_, s) => s with { Recipients = s.Recipients.Add(s.Provider) }));
        yield return Corrupt("a recipient listed twice", ValidationCodes.Support.DuplicateRecipient,
            c => EditSupport(c, (_, s) => s with { Recipients = s.Recipients.Add(s.Recipients[0]) }));
        yield return Corrupt("support of no kind", ValidationCodes.Support.NoKind,
            c => EditSupport(c, (_, s) => s with { Kinds = [] }));
        yield return Corrupt("a kind of support listed twice", ValidationCodes.Support.DuplicateKind,
            c => EditSupport(c, (_, s) => s with { Kinds = s.Kinds.Add(s.Kinds[0]) }));
        yield return Corrupt("an amount without a currency", ValidationCodes.Support.AmountWithoutCurrency,
            c => EditSupport(c, (_, s) => s with { Amount = default(Money) }));

        yield return Corrupt("a URL that is not absolute http(s)", ValidationCodes.Sources.InvalidUrl,
            c => Gen.Elements(new Uri("ftp://example.org/a"), new Uri("articles/1", UriKind.Relative), new Uri("mailto:press@example.org"), new Uri("file:///tmp/article.html"))
                .SelectMany(url => EditSource(c, (_, s) => s with { Url = url })));
        yield return Corrupt("a default language tag", ValidationCodes.Sources.DefaultLanguage,
            c => EditSource(c, (_, s) => s with { Language = default(LanguageTag) }));
    }

    // The incident's origin, or a valid one of an ACLED row when it has none.
    private static RecordOrigin ImportedFrom(Incident incident) => incident.Origin ?? new RecordOrigin
    {
        DataSet = "ACLED",
        EventId = "IRQ12345",
        Fields = [new OriginField("event_id_cnty", "IRQ12345"), new OriginField("notes", "")],
    };
}
