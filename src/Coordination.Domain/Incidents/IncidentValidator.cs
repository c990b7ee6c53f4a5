using System.Collections.Generic;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Provenance;
using Coordination.Domain.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace Coordination.Domain.Incidents;

/// <summary>
/// Validates an <see cref="Incident"/> on its own: identifier, kind, date, location, perpetrators,
/// targets, casualties (each estimate ordered low ≤ best ≤ high, one entry per party, totals within
/// range, the parties' figures agreeing with the reported totals), summary, sources, inference and origin. Whether the actors and the territory referred to exist is checked by
/// <c>CoordinationCatalogValidator</c>.
/// </summary>
/// <remarks>Reports every problem at once, each with a code from <see cref="ValidationCodes"/>; never throws, whatever the incident holds (totals are added without overflow). Thread-safe.</remarks>
public sealed partial class IncidentValidator : AbstractValidator<Incident>
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
        RuleFor(i => i.ReportedTotals).SetValidator(new CasualtyTotalsValidator()!);
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
            var killed = new Sum();
            var injured = new Sum();
            for (var j = 0; j < incident.Casualties.Length; j++)
            {
                var casualties = incident.Casualties[j];
                if (casualties is null)
                {
                    continue;
                }

                if (IsIdentified(casualties.Party) && !parties.Add(casualties.Party))
                {
                    context.Report($"Casualties[{j}].Party", ValidationCodes.Incidents.DuplicateCasualtyParty, $"Casualties of '{casualties.Party}' are listed twice.", casualties.Party);
                }

                killed.Add(casualties.Killed);
                injured.Add(casualties.Injured);
            }

            var totals = incident.ReportedTotals;
            foreach (var (sum, total, what) in new[] { (killed, totals?.Killed, nameof(CasualtyTotals.Killed)), (injured, totals?.Injured, nameof(CasualtyTotals.Injured)) })
            {
                var words = what.ToLowerInvariant();
                if (sum.Low > int.MaxValue || sum.Best > int.MaxValue || sum.High > int.MaxValue)
                {
                    context.Report("Casualties", ValidationCodes.Incidents.CasualtyTotalOverflow, $"The {words} of all parties add up to low {sum.Low}, best {sum.Best}, high {sum.High}; a total is at most {int.MaxValue}.");
                }

                if (total is null || sum.Given == 0)
                {
                    continue;
                }

                var reported = total.Value;

                var path = $"{nameof(Incident.ReportedTotals)}.{what}";
                if (sum.Low > reported.High)
                {
                    context.Report(path, ValidationCodes.Incidents.PartiesExceedReportedTotal, $"The parties' {words} add up to at least {sum.Low}, above the reported total's high estimate {reported.High}.");
                }
                else if (sum.Missing == 0 && sum.High < reported.Low)
                {
                    context.Report(path, ValidationCodes.Incidents.PartiesShortOfReportedTotal, $"Every party gives its {words}, and they add up to at most {sum.High}, below the reported total's low estimate {reported.Low}.");
                }
            }
        });
        RuleFor(x => x.Inference).SetValidator(new InferenceValidator()!);
        RuleFor(x => x.Origin).SetValidator(new RecordOriginValidator()!);
        Include(new CitationRules<Incident>(i => i.Sources, required: true));
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Incident> context, ValidationResult result) => Failures.ReportNullInstance(context, result);

    // A party that can be compared: not a default party (reported on its own).
    private static bool IsIdentified(AffectedParty party) => party.Kind != AffectedPartyKind.Actor || party.Actor is { IsDefault: false };

    // The figures of the parties for one count (killed or injured), added up in 64 bits, and how many parties give one or none.
    private sealed class Sum
    {
        internal long Low { get; private set; }

        internal long Best { get; private set; }

        internal long High { get; private set; }

        internal int Given { get; private set; }

        internal int Missing { get; private set; }

        internal void Add(CasualtyEstimate? estimate)
        {
            if (estimate is null)
            {
                Missing++;
                return;
            }

            var value = estimate.Value;

            Given++;
            Low += value.Low;
            Best += value.Best;
            High += value.High;
        }
    }
}
