using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Mechanisms;

/// <summary>Validates one entry of a status history on its own; <see cref="CoordinationMechanismValidator"/> checks the sequence against the lifecycle.</summary>
internal sealed class StatusChangeValidator : AbstractValidator<StatusChange>
{
    /// <summary>Creates the validator.</summary>
    internal StatusChangeValidator()
    {
        RuleFor(c => c.Status).Defined();
        RuleFor(c => c.Date).Given();
        Include(new CitationRules<StatusChange>(c => c.Sources, required: false));
    }
}
