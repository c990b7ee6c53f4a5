using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Incidents;

/// <summary>Validates one perpetrator of an incident on its own.</summary>
internal sealed class PerpetratorValidator : AbstractValidator<Perpetrator>
{
    /// <summary>Creates the validator.</summary>
    internal PerpetratorValidator()
    {
        RuleFor(p => p.Attribution).Defined();
        RuleFor(p => p.Actor).PresentWhenGiven();
    }
}
