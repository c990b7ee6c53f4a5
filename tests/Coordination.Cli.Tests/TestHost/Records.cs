using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using NodaTime;

namespace Coordination.Cli.Tests.TestHost;

/// <summary>Small records for building test catalogs.</summary>
internal static class Records
{
    public static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    public static ImmutableArray<SourceId> Cites(params string[] sources) => [.. sources.Select(SourceId.Parse)];

    public static Actor Actor(string id, string name, string? acronym = null) => new()
    {
        Id = ActorId.Parse(id),
        Kind = ActorKind.ArmedForce,
        Names = acronym is null ? NameSet.Of(name) : new NameSet(new Name(name), [new Name(acronym, NameKind.Acronym)]),
    };

    public static Source Source(string id, string title) => new() { Id = SourceId.Parse(id), Publisher = "Publisher", Title = title };

    public static Territory Territory(string id, params string[] claimants) => new()
    {
        Id = TerritoryId.Parse(id),
        Kind = TerritoryKind.Governorate,
        Names = NameSet.Of(char.ToUpperInvariant(id[0]) + id[1..]),
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
                Names = NameSet.Of($"Centre {id}"),
                Participants = [new(ActorId.Parse("peshmerga"), ParticipantRole.Party), new(ActorId.Parse("isf"), ParticipantRole.Party)],
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
}
