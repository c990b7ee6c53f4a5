using Coordination.Domain.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace Coordination.Domain.Provenance;

/// <summary>
/// Validates a <see cref="Statement"/> on its own: identifier, speaker and actor on whose behalf (either
/// may be unknown: "Kurdish officials have repeatedly called for …"), date, quote, medium and source. Whether the speaker, the actor and the source exist,
/// and the statement is not dated after its source was published, is checked by <c>CoordinationCatalogValidator</c>.
/// </summary>
/// <remarks>Reports every problem at once, each with a code from <see cref="ValidationCodes"/>; never throws, whatever the statement holds. Thread-safe.</remarks>
public sealed class StatementValidator : AbstractValidator<Statement>
{
    /// <summary>Creates the validator.</summary>
    public StatementValidator()
    {
        RuleFor(s => s.Id).Present();
        RuleFor(s => s.Speaker).Must(speaker => speaker is null || Names(speaker.Value))
            .WithErrorCode(ValidationCodes.General.MissingIdentifier)
            .WithMessage("'{PropertyPath}' names no one: a speaker names its person or its actor (this is a default Speaker); leave it out when the speaker is unknown.");
        RuleFor(s => s.OnBehalfOf).PresentWhenGiven();
        RuleFor(s => s.Date).GivenWhenPresent();
        RuleFor(s => s.DateAsStated).OptionalText(ValidationLimits.MaxLabelLength);
        RuleFor(s => s.Quote).RequiredText(ValidationLimits.MaxQuoteLength, TextLines.Multiple);
        RuleFor(s => s.Medium).OptionalText(ValidationLimits.MaxLabelLength);
        RuleFor(s => s.Source).Present();
        RuleFor(s => s.Inference).SetValidator(new InferenceValidator()!);
    }

    // The factories make a person's speaker with no actor and an actor's with no person, and refuse a default
    // identifier, so only a default speaker (a person's, naming no one) names neither.
    private static bool Names(Speaker speaker) => speaker.Kind == SpeakerKind.Person
        ? speaker.Person is { IsDefault: false }
        : speaker.Actor is { IsDefault: false };

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Statement> context, ValidationResult result) => Failures.ReportNullInstance(context, result);
}
