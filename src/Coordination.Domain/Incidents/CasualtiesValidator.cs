using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Incidents;

/// <summary>Validates the casualties of one party: a valid party, and each estimate given ordered low ≤ best ≤ high.</summary>
internal sealed class CasualtiesValidator : AbstractValidator<Casualties>
{
    /// <summary>Creates the validator.</summary>
    internal CasualtiesValidator()
    {
        RuleFor(c => c.Party).SetValidator(new AffectedPartyValidator());
        RuleFor(c => c.Killed).Ordered();
        RuleFor(c => c.Injured).Ordered();
    }
}
