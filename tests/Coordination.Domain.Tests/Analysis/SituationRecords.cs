using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Names;
using Coordination.Domain.Support;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using NodaTime;

namespace Coordination.Domain.Tests.Analysis;

/// <summary>Small records for the hand-built catalogs of the situation tests.</summary>
internal static class SituationRecords
{
    public static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    public static ImmutableArray<SourceId> Cites(params string[] sources) => [.. sources.Select(SourceId.Parse)];

    public static Territory Territory(string id, params string[] claimants) => new()
    {
        Id = TerritoryId.Parse(id),
        Kind = TerritoryKind.Governorate,
        Names = NameSet.Of(id),
        Claims = [.. claimants.Select(c => new TerritorialClaim { Claimant = ActorId.Parse(c) })],
    };

    public static TerritorialClaim Claim(string claimant, DatePeriod period, params string[] sources) =>
        new() { Claimant = ActorId.Parse(claimant), Period = period, Sources = Cites(sources) };

    public static ControlPeriod Control(string controller, DatePeriod period, params string[] sources) =>
        new() { Controller = ActorId.Parse(controller), Period = period, Sources = Cites(sources) };

    public static CoordinationMechanism Mechanism(string id, params (MechanismStatus Status, ReportedDate Date)[] history) =>
        history.Aggregate(
            new CoordinationMechanism
            {
                Id = MechanismId.Parse(id),
                Kind = MechanismKind.JointCoordinationCentre,
                Names = NameSet.Of(id),
                Participants = [new(ActorId.Parse("peshmerga"), ParticipantRole.Party), new(ActorId.Parse("isf"), ParticipantRole.Party)],
                Sources = Cites($"src-{id}"),
            },
            (mechanism, change) => mechanism.WithStatus(change.Status, change.Date, Cites($"src-{id}-{change.Status.ToString().ToLowerInvariant()}")));

    public static Incident Incident(string id, ReportedDate date, params Casualties[] casualties) => new()
    {
        Id = IncidentId.Parse(id),
        Kind = IncidentKind.ArmedClash,
        Date = date,
        Location = new IncidentLocation { Precision = LocationPrecision.Region },
        Casualties = [.. casualties],
    };

    public static Casualties Hit(string actor, int killed, int injured) =>
        new(AffectedParty.Of(ActorId.Parse(actor)), CasualtyEstimate.Exactly(killed), CasualtyEstimate.Exactly(injured));

    public static EnablingSupport SupportRecord(string id, DatePeriod period) => new()
    {
        Id = SupportId.Parse(id),
        Provider = ActorId.Parse("cjtf-oir"),
        Recipients = [ActorId.Parse("peshmerga")],
        Kinds = [SupportKind.AirSupport],
        Period = period,
        Sources = Cites($"src-{id}"),
    };
}
