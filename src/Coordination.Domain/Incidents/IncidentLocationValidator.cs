using Coordination.Domain.Geography;
using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Incidents;

/// <summary>Validates where an incident happened: something to locate it by, and a point when the location is exact.</summary>
internal sealed class IncidentLocationValidator : AbstractValidator<IncidentLocation>
{
    /// <summary>Creates the validator.</summary>
    internal IncidentLocationValidator()
    {
        RuleFor(l => l.PlaceName).OptionalText(ValidationLimits.MaxLabelLength);
        RuleFor(l => l.Territory).PresentWhenGiven();
        RuleFor(l => l.Precision).Defined();
        RuleFor(l => l)
            .Must(l => l.PlaceName is not null || l.Territory is not null || l.Point is not null)
            .WithErrorCode(ValidationCodes.Incidents.UnspecifiedLocation)
            .WithMessage("'{PropertyPath}' gives neither a place name, nor a territory, nor a point.");
        RuleFor(l => l.Point)
            .NotNull()
            .When(l => l.Precision == LocationPrecision.ExactLocation)
            .WithErrorCode(ValidationCodes.Incidents.ExactLocationWithoutPoint)
            .WithMessage("'{PropertyPath}' is missing: a location of precision ExactLocation gives its point.");
    }
}
