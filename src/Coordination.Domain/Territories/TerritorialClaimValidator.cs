using Coordination.Domain.Provenance;
using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Territories;

/// <summary>Validates one claim to a territory on its own.</summary>
internal sealed class TerritorialClaimValidator : AbstractValidator<TerritorialClaim>
{
    /// <summary>Creates the validator.</summary>
    internal TerritorialClaimValidator()
    {
        RuleFor(c => c.Claimant).Present();
        RuleFor(c => c.Basis).OptionalText(ValidationLimits.MaxLabelLength);
        RuleFor(c => c.Inference).SetValidator(new InferenceValidator()!);
        Include(new CitationRules<TerritorialClaim>(c => c.Sources, required: false));
    }
}
