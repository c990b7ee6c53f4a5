using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Incidents;

/// <summary>Validates the casualties of one party: a valid party, and each estimate ordered low ≤ best ≤ high.</summary>
internal sealed class CasualtiesValidator : AbstractValidator<Casualties>
{
    /// <summary>Creates the validator.</summary>
    internal CasualtiesValidator()
    {
        RuleFor(c => c.Party).SetValidator(new AffectedPartyValidator());
        RuleFor(c => c.Killed)
            .Must(estimate => estimate.IsOrdered)
            .WithErrorCode(ValidationCodes.Incidents.UnorderedEstimate)
            .WithMessage(c => $"'{{PropertyPath}}' is low {c.Killed.Low}, best {c.Killed.Best}, high {c.Killed.High}; an estimate is ordered low ≤ best ≤ high.");
        RuleFor(c => c.Injured)
            .Must(estimate => estimate.IsOrdered)
            .WithErrorCode(ValidationCodes.Incidents.UnorderedEstimate)
            .WithMessage(c => $"'{{PropertyPath}}' is low {c.Injured.Low}, best {c.Injured.Best}, high {c.Injured.High}; an estimate is ordered low ≤ best ≤ high.");
    }
}
