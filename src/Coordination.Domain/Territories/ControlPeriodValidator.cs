using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Territories;

/// <summary>Validates one control period on its own; <see cref="TerritoryValidator"/> checks that the periods of a territory do not overlap.</summary>
internal sealed class ControlPeriodValidator : AbstractValidator<ControlPeriod>
{
    /// <summary>Creates the validator.</summary>
    internal ControlPeriodValidator()
    {
        RuleFor(c => c.Controller).Present();
        Include(new CitationRules<ControlPeriod>(c => c.Sources, required: false));
    }
}
