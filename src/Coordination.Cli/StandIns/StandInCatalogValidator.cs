using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Mechanisms;
using FluentValidation;
using FluentValidation.Results;

namespace Coordination.Cli.StandIns;

/// <summary>
/// TEMPORARY: a handful of the catalog's rules until the validation helper's <c>catalog.Validate()</c> is merged
/// (then <see cref="CliServices.Default"/> calls that instead and this file is deleted). Its codes imitate the
/// real ones' form; the real validators define the codes.
/// </summary>
internal sealed class StandInCatalogValidator : AbstractValidator<CoordinationCatalog>
{
    private static readonly StandInCatalogValidator Instance = new();

    private StandInCatalogValidator() => RuleFor(catalog => catalog).Custom(Check);

    /// <summary>Validates <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>Every problem found.</returns>
    public static ValidationResult Check(CoordinationCatalog catalog) => Instance.Validate(catalog);

    private static void Check(CoordinationCatalog catalog, ValidationContext<CoordinationCatalog> context)
    {
        void Fail(string path, string code, string message) => context.AddFailure(new ValidationFailure(path, message) { ErrorCode = code });

        Unique(catalog.Actors.Select(a => a?.Id.ToString()), "Actors", Fail);
        Unique(catalog.Territories.Select(t => t?.Id.ToString()), "Territories", Fail);
        Unique(catalog.Mechanisms.Select(m => m?.Id.ToString()), "Mechanisms", Fail);
        Unique(catalog.Incidents.Select(i => i?.Id.ToString()), "Incidents", Fail);

        void Actor(ActorId id, string path)
        {
            if (catalog.FindActor(id) is null)
            {
                Fail(path, "COORD-CAT-002", $"No actor has the identifier '{id}'.");
            }
        }

        foreach (var (mechanism, m) in catalog.Mechanisms.Select((x, i) => (x, i)).Where(x => x.x is not null))
        {
            foreach (var (participant, p) in mechanism.Participants.Select((x, i) => (x, i)).Where(x => x.x is not null))
            {
                Actor(participant.Actor, $"Mechanisms[{m}].Participants[{p}].Actor");
            }

            if (mechanism.Parties.Length < 2)
            {
                Fail($"Mechanisms[{m}].Participants", "COORD-MECH-001", $"Mechanism '{mechanism.Id}' has {mechanism.Parties.Length} parties; a mechanism has at least two.");
            }

            if (MechanismLifecycle.FindViolation(mechanism.StatusHistory) is { } violation)
            {
                Fail($"Mechanisms[{m}].StatusHistory[{violation.Index}]", "COORD-MECH-002", violation.Message);
            }
        }

        foreach (var (incident, i) in catalog.Incidents.Select((x, i) => (x, i)).Where(x => x.x is not null))
        {
            foreach (var (casualties, c) in incident.Casualties.Select((x, j) => (x, j)).Where(x => x.x is not null))
            {
                if (casualties.Party is { Kind: AffectedPartyKind.Actor, Actor: { } party })
                {
                    Actor(party, $"Incidents[{i}].Casualties[{c}].Party");
                }

                Ordered(casualties.Killed, $"Incidents[{i}].Casualties[{c}].Killed", Fail);
                Ordered(casualties.Injured, $"Incidents[{i}].Casualties[{c}].Injured", Fail);
            }
        }
    }

    private static void Ordered(CasualtyEstimate estimate, string path, Action<string, string, string> fail)
    {
        if (!estimate.IsOrdered)
        {
            fail(path, "COORD-INC-005", $"The estimates must satisfy low ≤ best ≤ high; they are {estimate.Low}, {estimate.Best} and {estimate.High}.");
        }
    }

    private static void Unique(IEnumerable<string?> ids, string collection, Action<string, string, string> fail)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, index) in ids.Select((id, index) => (id, index)))
        {
            if (id is null)
            {
                fail($"{collection}[{index}]", "COORD-CAT-003", "A record may not be null.");
            }
            else if (!seen.Add(id))
            {
                fail($"{collection}[{index}].Id", "COORD-CAT-001", $"The identifier '{id}' is used by an earlier record.");
            }
        }
    }
}
