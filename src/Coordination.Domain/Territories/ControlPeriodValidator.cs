using Coordination.Domain.Provenance;
using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Territories;

/// <summary>Validates one control period on its own; <see cref="TerritoryValidator"/> checks that the whole-territory periods of a territory do not overlap.</summary>
internal sealed class ControlPeriodValidator : AbstractValidator<ControlPeriod>
{
    /// <summary>Creates the validator.</summary>
    internal ControlPeriodValidator()
    {
        RuleFor(c => c.Controller).Present();
        RuleFor(c => c.Extent).Defined();
        RuleFor(c => c.Part).OptionalText(ValidationLimits.MaxLabelLength);
        RuleFor(c => c.Part)
            .Must((period, part) => part is null || period.Extent != ControlExtent.Whole)
            .WithErrorCode(ValidationCodes.Territories.PartNamedForWholeControl)
            .WithMessage("'{PropertyPath}' names a part ('{PropertyValue}') of a period of control of the whole territory; a part is named only with extent Part.");
        RuleFor(c => c.Inference).SetValidator(new InferenceValidator()!);
        Include(new CitationRules<ControlPeriod>(c => c.Sources, required: false));
    }
}
