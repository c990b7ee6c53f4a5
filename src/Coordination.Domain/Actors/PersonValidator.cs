using System;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace Coordination.Domain.Actors;

/// <summary>
/// Validates a <see cref="Person"/> on its own: identifier, names, honorific, posts (the same post not
/// held twice at once) and sources. Whether the actors of the posts exist, and posts fall within their
/// existence, is checked by <c>CoordinationCatalogValidator</c>.
/// </summary>
/// <remarks>Reports every problem at once, each with a code from <see cref="ValidationCodes"/>; never throws, whatever the person holds. Thread-safe.</remarks>
public sealed class PersonValidator : AbstractValidator<Person>
{
    /// <summary>Creates the validator.</summary>
    public PersonValidator()
    {
        RuleFor(p => p.Id).Present();
        RuleFor(p => p.Names).Required().SetValidator(new NameSetValidator());
        RuleFor(p => p.Honorific).OptionalText(ValidationLimits.MaxLabelLength);
        RuleForEach(p => p.Posts).Required().SetValidator(new PostValidator());
        RuleFor(p => p).Custom((person, context) =>
        {
            for (var j = 0; j < person.Posts.Length; j++)
            {
                var post = person.Posts[j];
                if (post is null || post.Actor.IsDefault || string.IsNullOrWhiteSpace(post.Title))
                {
                    continue;
                }

                for (var i = 0; i < j; i++)
                {
                    var earlier = person.Posts[i];
                    if (earlier is not null && earlier.Actor == post.Actor
                        && string.Equals(earlier.Title?.Trim(), post.Title?.Trim(), StringComparison.OrdinalIgnoreCase)
                        && earlier.Period.Overlaps(post.Period))
                    {
                        context.Report($"Posts[{j}].Period", ValidationCodes.People.OverlappingPosts, $"The post '{post.Title}' in '{post.Actor}' over {post.Period} overlaps the same post over {earlier.Period} (Posts[{i}]).", post.Period);
                        break;
                    }
                }
            }
        });
        RuleFor(x => x.Inference).SetValidator(new InferenceValidator()!);
        Include(new CitationRules<Person>(p => p.Sources, required: true));
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Person> context, ValidationResult result) => Failures.ReportNullInstance(context, result);
}
