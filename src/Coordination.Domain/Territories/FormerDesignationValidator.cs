using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Territories;

/// <summary>
/// Validates one former designation: it gives a code or a name
/// (<see cref="ValidationCodes.Territories.EmptyFormerDesignation"/>), with the syntax of a current ISO code
/// or P-code (<see cref="ValidationCodes.Territories.InvalidIsoCode"/>,
/// <see cref="ValidationCodes.Territories.InvalidPCode"/>) and a name of safe text.
/// </summary>
internal sealed class FormerDesignationValidator : AbstractValidator<FormerDesignation>
{
    /// <summary>Creates the validator.</summary>
    internal FormerDesignationValidator()
    {
        RuleFor(d => d)
            .Must(d => d.IsoCode is not null || d.PCode is not null || d.Name is not null)
            .WithErrorCode(ValidationCodes.Territories.EmptyFormerDesignation)
            .WithMessage("The former designation gives none of an ISO code, a P-code and a name.");
        RuleFor(d => d.IsoCode)
            .Must(code => code is null || TerritoryValidator.IsIsoCode(code))
            .WithErrorCode(ValidationCodes.Territories.InvalidIsoCode)
            .WithMessage("'{PropertyPath}' is '{PropertyValue}', which is neither an ISO 3166-1 alpha-2 code (IQ) nor an ISO 3166-2 code (IQ-TS).");
        RuleFor(d => d.PCode)
            .Must(code => code is null || TerritoryValidator.IsPCode(code))
            .WithErrorCode(ValidationCodes.Territories.InvalidPCode)
            .WithMessage("'{PropertyPath}' is '{PropertyValue}', which is not a P-code: two upper-case letters followed by one to eighteen upper-case letters or digits (IQG13).");
        RuleFor(d => d.Name!.Text).SafeText().When(d => d.Name is not null);
        Include(new CitationRules<FormerDesignation>(d => d.Sources, required: false));
    }
}
