using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Mechanisms;

/// <summary>Validates one participant of a mechanism on its own.</summary>
internal sealed class ParticipantValidator : AbstractValidator<Participant>
{
    /// <summary>Creates the validator.</summary>
    internal ParticipantValidator()
    {
        RuleFor(p => p.Actor).Present();
        RuleFor(p => p.Role).Defined();
    }
}
