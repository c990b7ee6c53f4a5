using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Incidents;

/// <summary>Validates an affected party: a defined kind, and an actor exactly when the kind is Actor.</summary>
internal sealed class AffectedPartyValidator : AbstractValidator<AffectedParty>
{
    /// <summary>Creates the validator.</summary>
    internal AffectedPartyValidator()
    {
        RuleFor(p => p.Kind).Defined();
        RuleFor(p => p.Actor)
            .Must(actor => actor is { IsDefault: false })
            .When(p => p.Kind == AffectedPartyKind.Actor)
            .WithErrorCode(ValidationCodes.Incidents.PartyWithoutActor)
            .WithMessage("'{PropertyPath}' is missing: a party of kind Actor names the actor (this is a default AffectedParty).");
    }
}
