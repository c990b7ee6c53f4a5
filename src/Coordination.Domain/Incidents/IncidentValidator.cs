using System.Collections.Generic;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace Coordination.Domain.Incidents;

/// <summary>
/// Validates an <see cref="Incident"/> on its own: identifier, kind, date, location, perpetrators,
/// targets, casualties (each estimate ordered low ≤ best ≤ high, one entry per party, totals within
/// range), summary and sources. Whether the actors and the territory referred to exist is checked by
/// <c>CoordinationCatalogValidator</c>.
/// </summary>
/// <remarks>Reports every problem at once, each with a code from <see cref="ValidationCodes"/>; never throws, whatever the incident holds (totals are added without overflow). Thread-safe.</remarks>
public sealed class IncidentValidator : AbstractValidator<Incident>
{
    /// <summary>Creates the validator.</summary>
    public IncidentValidator()
    {
        RuleFor(i => i.Id).Present();
        RuleFor(i => i.Kind).Defined();
        RuleFor(i => i.Date).Given();
        RuleFor(i => i.Location).Required().SetValidator(new IncidentLocationValidator());
        RuleForEach(i => i.Perpetrators).Required().SetValidator(new PerpetratorValidator());
        RuleForEach(i => i.Targets).SetValidator(new AffectedPartyValidator());
        RuleForEach(i => i.Casualties).Required().SetValidator(new CasualtiesValidator());
        RuleFor(i => i.Summary).OptionalText(ValidationLimits.MaxDescriptionLength, TextLines.Multiple);
        RuleFor(i => i).Custom((incident, context) =>
        {
            var perpetrators = new HashSet<ActorId>();
            for (var j = 0; j < incident.Perpetrators.Length; j++)
            {
                if (incident.Perpetrators[j]?.Actor is { IsDefault: false } actor && !perpetrators.Add(actor))
                {
                    context.Report($"Perpetrators[{j}]", ValidationCodes.Incidents.DuplicatePerpetrator, $"'{actor}' is listed twice as a perpetrator.", actor);
                }
            }

            var targets = new HashSet<AffectedParty>();
            for (var j = 0; j < incident.Targets.Length; j++)
            {
                var target = incident.Targets[j];
                if (IsIdentified(target) && !targets.Add(target))
                {
                    context.Report($"Targets[{j}]", ValidationCodes.Incidents.DuplicateTarget, $"'{target}' is listed twice as a target.", target);
                }
            }

            var parties = new HashSet<AffectedParty>();
            // Added as long, each of low, best and high apart, exactly as TotalKilled and TotalInjured add them.
            var killed = new long[3];
            var injured = new long[3];
            for (var j = 0; j < incident.Casualties.Length; j++)
            {
                if (incident.Casualties[j] is not { } casualties)
                {
                    continue;
                }

                if (IsIdentified(casualties.Party) && !parties.Add(casualties.Party))
                {
                    context.Report($"Casualties[{j}].Party", ValidationCodes.Incidents.DuplicateCasualtyParty, $"Casualties of '{casualties.Party}' are listed twice.", casualties.Party);
                }

                Add(killed, casualties.Killed);
                Add(injured, casualties.Injured);
            }

            foreach (var (totals, what) in new[] { (killed, "killed"), (injured, "injured") })
            {
                if (totals[0] > int.MaxValue || totals[1] > int.MaxValue || totals[2] > int.MaxValue)
                {
                    context.Report("Casualties", ValidationCodes.Incidents.CasualtyTotalOverflow, $"The {what} of all parties add up to low {totals[0]}, best {totals[1]}, high {totals[2]}; a total is at most {int.MaxValue}.");
                }
            }
        });
        Include(new CitationRules<Incident>(i => i.Sources, required: true));
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Incident> context, ValidationResult result) => Failures.ReportNullInstance(context, result);

    private static void Add(long[] totals, CasualtyEstimate estimate)
    {
        totals[0] += estimate.Low;
        totals[1] += estimate.Best;
        totals[2] += estimate.High;
    }

    // A party that can be compared: not a default party (reported on its own).
    private static bool IsIdentified(AffectedParty party) => party.Kind != AffectedPartyKind.Actor || party.Actor is { IsDefault: false };
}
