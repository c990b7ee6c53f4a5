using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace Coordination.Domain.Actors;

/// <summary>
/// Validates an <see cref="Actor"/> on its own: identifier, kind, names, description, relations
/// (none to itself, none twice at once) and sources. Whether relation targets exist and relations fall
/// within the actors' existence is checked by <c>CoordinationCatalogValidator</c>.
/// </summary>
/// <remarks>Reports every problem at once, each with a code from <see cref="ValidationCodes"/>; never throws, whatever the actor holds. Thread-safe.</remarks>
public sealed class ActorValidator : AbstractValidator<Actor>
{
    /// <summary>Creates the validator.</summary>
    public ActorValidator()
    {
        RuleFor(a => a.Id).Present();
        RuleFor(a => a.Kind).Defined();
        RuleFor(a => a.Names).Required().SetValidator(new NameSetValidator());
        RuleFor(a => a.Description).OptionalText(ValidationLimits.MaxDescriptionLength, TextLines.Multiple);
        RuleForEach(a => a.Relations).Required().SetValidator(new ActorRelationValidator());
        RuleFor(a => a).Custom((actor, context) =>
        {
            for (var j = 0; j < actor.Relations.Length; j++)
            {
                var relation = actor.Relations[j];
                if (relation is null || relation.Target.IsDefault)
                {
                    continue;
                }

                if (relation.Target == actor.Id)
                {
                    context.Report($"Relations[{j}].Target", ValidationCodes.Actors.SelfRelation, $"Actor '{actor.Id}' cannot stand in a relation to itself.", relation.Target);
                    continue;
                }

                for (var i = 0; i < j; i++)
                {
                    var earlier = actor.Relations[i];
                    if (earlier is not null && earlier.Kind == relation.Kind && earlier.Target == relation.Target && earlier.Period.Overlaps(relation.Period))
                    {
                        context.Report($"Relations[{j}].Period", ValidationCodes.Actors.OverlappingRelations, $"The {relation.Kind} relation to '{relation.Target}' over {relation.Period} overlaps the same relation over {earlier.Period} (Relations[{i}]).", relation.Period);
                        break;
                    }
                }
            }
        });
        RuleFor(x => x.Inference).SetValidator(new InferenceValidator()!);
        Include(new CitationRules<Actor>(a => a.Sources, required: true));
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Actor> context, ValidationResult result) => Failures.ReportNullInstance(context, result);
}
