using Coordination.Domain.Provenance;
using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Mechanisms;

/// <summary>Validates one entry of a status history on its own (its date, when given, is not the default); <see cref="CoordinationMechanismValidator"/> checks the sequence against the lifecycle.</summary>
internal sealed class StatusChangeValidator : AbstractValidator<StatusChange>
{
    /// <summary>Creates the validator.</summary>
    internal StatusChangeValidator()
    {
        RuleFor(c => c.Status).Defined();
        RuleFor(c => c.Date).GivenWhenPresent().When(c => c.Date is not null);
        RuleFor(c => c.Inference).SetValidator(new InferenceValidator()!).When(c => c.Inference is not null);
        Include(new CitationRules<StatusChange>(c => c.Sources, required: false));
    }
}
