using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Provenance;

/// <summary>
/// Validates an <see cref="Inference"/>: its reasoning is required text of several lines, and it lists at
/// least one source (<see cref="ValidationCodes.Citations.InferenceWithoutSource"/>), none twice. Whether
/// the sources exist is checked by the catalog.
/// </summary>
internal sealed class InferenceValidator : AbstractValidator<Inference>
{
    /// <summary>Creates the validator.</summary>
    internal InferenceValidator()
    {
        RuleFor(i => i.Reasoning).RequiredText(ValidationLimits.MaxDescriptionLength, TextLines.Multiple);
        RuleFor(i => i.From)
            .Must(list => !list.IsDefaultOrEmpty)
            .WithErrorCode(ValidationCodes.Citations.InferenceWithoutSource)
            .WithMessage("'{PropertyPath}' is empty: an inferred fact names at least one source it was inferred from.");
        Include(new CitationRules<Inference>(i => i.From, required: false));
    }
}
