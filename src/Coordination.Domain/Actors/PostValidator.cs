using Coordination.Domain.Provenance;
using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Actors;

/// <summary>Validates one post of a person on its own.</summary>
internal sealed class PostValidator : AbstractValidator<Post>
{
    /// <summary>Creates the validator.</summary>
    internal PostValidator()
    {
        RuleFor(p => p.Actor).Present();
        RuleFor(p => p.Title).RequiredText(ValidationLimits.MaxLabelLength);
        RuleFor(x => x.Inference).SetValidator(new InferenceValidator()!);
        Include(new CitationRules<Post>(p => p.Sources, required: false));
    }
}
