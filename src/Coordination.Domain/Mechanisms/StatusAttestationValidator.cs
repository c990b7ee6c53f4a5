using Coordination.Domain.Provenance;
using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Mechanisms;

/// <summary>Validates one attestation on its own (a defined status, a date given, a short note, sources none twice); <see cref="CoordinationMechanismValidator"/> checks it against the status history.</summary>
internal sealed class StatusAttestationValidator : AbstractValidator<StatusAttestation>
{
    /// <summary>Creates the validator.</summary>
    internal StatusAttestationValidator()
    {
        RuleFor(a => a.Status).Defined();
        RuleFor(a => a.Date).Given();
        RuleFor(a => a.Note).OptionalText(ValidationLimits.MaxDescriptionLength, TextLines.Multiple);
        RuleFor(a => a.Inference).SetValidator(new InferenceValidator()!).When(a => a.Inference is not null);
        Include(new CitationRules<StatusAttestation>(a => a.Sources, required: false));
    }
}
