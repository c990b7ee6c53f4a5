using Coordination.Domain.Provenance;
using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Actors;

/// <summary>Validates one relation of an actor on its own; <see cref="ActorValidator"/> adds the rules that need the actor.</summary>
internal sealed class ActorRelationValidator : AbstractValidator<ActorRelation>
{
    /// <summary>Creates the validator.</summary>
    internal ActorRelationValidator()
    {
        RuleFor(r => r.Kind).Defined();
        RuleFor(r => r.Target).Present();
        RuleFor(x => x.Inference).SetValidator(new InferenceValidator()!);
        Include(new CitationRules<ActorRelation>(r => r.Sources, required: false));
    }
}
