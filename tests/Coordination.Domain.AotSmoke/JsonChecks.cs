using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
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
using Coordination.Domain.Serialization;
using Coordination.Domain.Support;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using NodaTime;

namespace Coordination.Domain.AotSmoke;

/// <summary>
/// The JSON contract as compiled ahead of time: a catalog holding every record kind and value type,
/// written and read back by every entry point, JSON Lines both ways, hostile input refused, and the
/// schema generated.
/// </summary>
internal static class JsonChecks
{
    /// <summary>Builds a catalog that uses every part of the contract.</summary>
    public static CoordinationCatalog BuildCatalog()
    {
        var source = SourceId.Parse("esta-62147");
        var peshmerga = ActorId.Parse("peshmerga");
        var isf = ActorId.Parse("isf");
        var isis = ActorId.Parse("isis");
        var kirkuk = TerritoryId.Parse("kirkuk");
        var kcl = CoordinationLineId.Parse("kcl");
        var catalog = new CoordinationCatalog
        {
            Actors =
            [
                new Actor { Id = peshmerga, Kind = ActorKind.ArmedForce, Names = new NameSet(new Name("Peshmerga"), [new Name("پێشمەرگە", NameKind.Name, LanguageTag.CentralKurdish)]), Existence = DatePeriod.From(new LocalDate(1992, 1, 1)), Sources = [source] },
                new Actor { Id = isf, Kind = ActorKind.ArmedForce, Names = NameSet.Of("Iraqi Security Forces"), Relations = [new ActorRelation { Kind = ActorRelationKind.PartOf, Target = peshmerga }], Sources = [source] },
                new Actor { Id = isis, Kind = ActorKind.NonStateArmedGroup, Names = new NameSet(new Name("ISIS", NameKind.Acronym)), Sources = [source] },
            ],
            People = [new Person { Id = PersonId.Parse("wayne-marotto"), Names = NameSet.Of("Wayne Marotto"), Honorific = "Col.", Posts = [new Post { Actor = isf, Title = "Spokesperson", Period = DatePeriod.Until(new LocalDate(2022, 1, 1)) }] }],
            Territories = [new Territory { Id = kirkuk, Kind = TerritoryKind.Governorate, Names = NameSet.Of("Kirkuk"), IsoCode = "IQ-KI", Point = new GeoPoint(35.46667, 44.31667), Claims = [new TerritorialClaim { Claimant = peshmerga, Basis = "Article 140" }], ControlPeriods = [new ControlPeriod { Controller = isf, Period = DatePeriod.From(new LocalDate(2017, 10, 16)) }] }],
            Lines = [new CoordinationLine { Id = kcl, Names = NameSet.Of("Kurdish Coordination Line"), SideA = peshmerga, SideB = isf, Points = [new GeoPoint(35.7, 43.5), new GeoPoint(35.75, 44.14)] }],
            Mechanisms =
            [
                new CoordinationMechanism
                {
                    Id = MechanismId.Parse("jccc"), Kind = MechanismKind.JointCoalitionCoordinationCentre, Names = NameSet.Of("JCCC"),
                    Participants = [new Participant(peshmerga, ParticipantRole.Party), new Participant(isf, ParticipantRole.Party)],
                    Area = new AreaOfResponsibility { Territories = [kirkuk], LineStretches = [new LineStretch(kcl, kirkuk)] },
                    StatusHistory = [new StatusChange { Status = MechanismStatus.Established, Date = ReportedDate.InYear(2015) }],
                },
            ],
            Incidents =
            [
                new Incident
                {
                    Id = IncidentId.Parse("prde-2021-05-01"), Kind = IncidentKind.ArmedClash, Date = ReportedDate.OnDay(new LocalDate(2021, 5, 1), PartOfDay.EarlyHours),
                    Location = new IncidentLocation { PlaceName = "near Prde", Territory = kirkuk, Point = new GeoPoint(35.7533, 44.1436), Precision = LocationPrecision.NearNamedPlace },
                    Perpetrators = [new Perpetrator(isis, Attribution.Attributed), Perpetrator.Unidentified], Targets = [AffectedParty.Of(peshmerga), AffectedParty.Civilians],
                    Casualties = [new Casualties(AffectedParty.Of(peshmerga), CasualtyEstimate.Exactly(3), new CasualtyEstimate(2, 2, 3))],
                    Sources = [source],
                },
                new Incident { Id = IncidentId.Parse("timed"), Kind = IncidentKind.RemoteExplosive, Date = ReportedDate.OnDay(new LocalDate(2021, 4, 20), new LocalTime(21, 30, 15)), Location = new IncidentLocation { Precision = LocationPrecision.Region } },
            ],
            Support = [new EnablingSupport { Id = SupportId.Parse("equip"), Provider = isf, Recipients = [peshmerga], Kinds = [SupportKind.Funding], Amount = new Money(5_000_000_000m, CurrencyCode.UnitedStatesDollar, AmountQualifier.MoreThan) }],
            Sources = [new Source { Id = source, Publisher = "Esta Media Network", Title = "JCC", Url = new Uri("https://esta.krd/en/?p=62147"), Published = ReportedDate.InMonth(new YearMonth(2021, 5)), Language = LanguageTag.English }],
            Statements = [new Statement { Id = StatementId.Parse("s1"), Speaker = PersonId.Parse("wayne-marotto"), OnBehalfOf = isf, Date = ReportedDate.InWeek(new LocalDate(2021, 5, 1), new LocalDate(2021, 5, 7)), Quote = "…", Source = source }],
        };

        return catalog;
    }

    /// <summary>Builds a catalog that uses the members schema version 1.1 added: evidence as it comes.</summary>
    public static CoordinationCatalog BuildEvidenceCatalog()
    {
        var source = SourceId.Parse("esta-62147");
        var peshmerga = ActorId.Parse("peshmerga");
        var isf = ActorId.Parse("isf");
        var kirkuk = TerritoryId.Parse("kirkuk");
        var inferred = new Inference { Reasoning = "Seen at work by the end of May 2021.", From = [source] };
        return new CoordinationCatalog
        {
            Actors =
            [
                new Actor { Id = peshmerga, Kind = ActorKind.ArmedForce, Names = NameSet.Of("Peshmerga"), Existence = DatePeriod.From(ReportedDate.InYear(1992)), Sources = [source] },
                new Actor { Id = isf, Kind = ActorKind.ArmedForce, Names = NameSet.Of("Iraqi Security Forces"), Inference = inferred, Sources = [source] },
            ],
            Territories =
            [
                new Territory
                {
                    Id = kirkuk, Kind = TerritoryKind.Governorate, Names = NameSet.Of("Kirkuk"), Sources = [source],
                    FormerDesignations = [new FormerDesignation { IsoCode = "IQ-TS", Period = DatePeriod.Through(ReportedDate.InYear(2005)) }],
                    ControlPeriods = [new ControlPeriod { Controller = isf, Period = DatePeriod.From(new LocalDate(2017, 10, 16)), Extent = ControlExtent.Part, Part = "Kirkuk city", Inference = inferred }],
                },
                new Territory
                {
                    Id = TerritoryId.Parse("makhmour"), Kind = TerritoryKind.District, Names = NameSet.Of("Makhmour"), Sources = [source],
                    Memberships = [new TerritoryMembership { Region = kirkuk, Kind = MembershipKind.PartlyWithin }],
                },
            ],
            Mechanisms =
            [
                new CoordinationMechanism
                {
                    Id = MechanismId.Parse("jcc-kirkuk"), Kind = MechanismKind.JointCoordinationCentre, Names = NameSet.Of("JCC Kirkuk"),
                    Participants = [new Participant(peshmerga, ParticipantRole.Party), new Participant(isf, ParticipantRole.Party)],
                    StatusHistory =
                    [
                        new StatusChange { Status = MechanismStatus.Proposed },
                        new StatusChange { Status = MechanismStatus.Agreed, Date = ReportedDate.OnOrBefore(ReportedDate.OnDay(new LocalDate(2020, 8, 21))) },
                    ],
                    Attestations = [new StatusAttestation { Status = MechanismStatus.Operational, Date = ReportedDate.OnDay(new LocalDate(2021, 5, 31)), Note = "four centres active", Inference = inferred }],
                    Sources = [source],
                },
            ],
            Incidents =
            [
                new Incident
                {
                    Id = IncidentId.Parse("rashad"), Kind = IncidentKind.ArmedClash, Date = ReportedDate.OnDayAbout(new LocalDate(2021, 9, 5), new LocalTime(2, 0)),
                    Location = new IncidentLocation { Territory = kirkuk, Precision = LocationPrecision.FirstOrderDivision },
                    Casualties = [new Casualties(AffectedParty.Of(isf), Killed: new CasualtyEstimate(12, 13, 13))],
                    ReportedTotals = new CasualtyTotals { Killed = new CasualtyEstimate(12, 13, 13) },
                    Sources = [source],
                },
            ],
            Sources = [new Source { Id = source, Publisher = "Esta Media Network", Title = "JCC", Published = ReportedDate.NotBefore(ReportedDate.InMonth(new YearMonth(2021, 5))) }],
            Statements = [new Statement { Id = StatementId.Parse("s1"), Speaker = Speaker.OfficialsOf(peshmerga), DateAsStated = "on Sunday", Quote = "…", Source = source }],
        };
    }

    public static void Run(SmokeChecks checks)
    {
        var evidence = BuildEvidenceCatalog();
        var evidenceJson = CoordinationJson.Serialize(evidence);
        checks.Check("JSON 1.1 members round trip", () => CoordinationJson.Deserialize(evidenceJson).Equals(evidence)
            && evidenceJson.Contains("\"attestations\":[", StringComparison.Ordinal)
            && evidenceJson.Contains("\"bound\":\"onOrBefore\"", StringComparison.Ordinal)
            && evidenceJson.Contains("\"officialsOf\":\"peshmerga\"", StringComparison.Ordinal)
            && !evidenceJson.Contains("\"injured\"", StringComparison.Ordinal));
        checks.Check("Evidence answers the as-of questions", () =>
            evidence.FindMechanism(MechanismId.Parse("jcc-kirkuk"))!.StatusOn(new LocalDate(2025, 1, 1)) == MechanismStatus.Operational
            && evidence.Incidents[0].TotalInjured is null
            && evidence.ControlOn(TerritoryId.Parse("kirkuk"), new LocalDate(2018, 1, 1)) is { Controller: null, Partial.Length: 1 });

        var catalog = BuildCatalog();
        var json = CoordinationJson.Serialize(catalog);
        checks.Check("JSON string round trip", () => CoordinationJson.Deserialize(json).Equals(catalog));
        checks.Check("JSON UTF-8 round trip", () => CoordinationJson.Deserialize(Encoding.UTF8.GetBytes(json).AsSpan()).Equals(catalog));
        checks.Check("JSON async stream round trip, indented", () =>
        {
            using var stream = new MemoryStream();
            CoordinationJson.SerializeAsync(stream, catalog, indented: true).GetAwaiter().GetResult();
            stream.Position = 0;
            return CoordinationJson.DeserializeAsync(stream).AsTask().GetAwaiter().GetResult().Equals(catalog);
        });
        checks.Check("JSON direct writer writes the serializer's bytes, refuses a null incident as it does", () =>
        {
            var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<CoordinationCatalogDocument>)CoordinationJson.Options.GetTypeInfo(typeof(CoordinationCatalogDocument));
            if (JsonSerializer.Serialize(CoordinationCatalogDocument.FromCatalog(catalog), info) != json)
            {
                return false;
            }

            try
            {
                CoordinationJson.SerializeToUtf8Bytes(new CoordinationCatalog { Incidents = [catalog.Incidents[0], null!] });
                return false;
            }
            catch (JsonException error)
            {
                return error.Message.Contains("Element 1 of 'incidents'", StringComparison.Ordinal);
            }
        });
        checks.Check("JSON contract shape", () =>
            json.Contains("\"kind\":\"jointCoalitionCoordinationCentre\"", StringComparison.Ordinal)
            && json.Contains("\"amount\":\"5000000000\"", StringComparison.Ordinal)
            && !json.Contains("totalKilled", StringComparison.Ordinal));
        checks.Check("JSON Lines round trip", () =>
        {
            using var lines = new MemoryStream();
            CoordinationJson.WriteIncidentsAsync(lines, catalog.Incidents.ToAsyncEnumerable()).GetAwaiter().GetResult();
            lines.Position = 0;
            return CoordinationJson.ReadIncidentsAsync(lines).ToListAsync().AsTask().GetAwaiter().GetResult().SequenceEqual(catalog.Incidents);
        });
        checks.Check("JSON malformed identifier refused with its path", () =>
        {
            try
            {
                CoordinationJson.Deserialize(json.Replace("\"peshmerga\"", "\"Peshmerga\"", StringComparison.Ordinal));
                return false;
            }
            catch (JsonException error)
            {
                return error.Path == "$.actors[0].id";
            }
        });
        checks.Check("JSON schema generated", () => CoordinationJson.GetSchema()["$defs"]?["actorId"] is not null);
    }
}
