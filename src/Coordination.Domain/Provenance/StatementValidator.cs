using Coordination.Domain.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace Coordination.Domain.Provenance;

/// <summary>
/// Validates a <see cref="Statement"/> on its own: identifier, who said it (a speaker, an actor on whose
/// behalf, or both), date, quote, medium and source. Whether the speaker, the actor and the source exist,
/// and the statement is not dated after its source was published, is checked by <c>CoordinationCatalogValidator</c>.
/// </summary>
/// <remarks>Reports every problem at once, each with a code from <see cref="ValidationCodes"/>; never throws, whatever the statement holds. Thread-safe.</remarks>
public sealed class StatementValidator : AbstractValidator<Statement>
{
    /// <summary>Creates the validator.</summary>
    public StatementValidator()
    {
        RuleFor(s => s.Id).Present();
        RuleFor(s => s.Speaker).PresentWhenGiven();
        RuleFor(s => s.OnBehalfOf).PresentWhenGiven();
        RuleFor(s => s.Speaker)
            .Must((statement, speaker) => speaker is not null || statement.OnBehalfOf is not null)
            .WithErrorCode(ValidationCodes.Statements.NoSpeaker)
            .WithMessage(s => $"Statement '{s.Id}' names neither a speaker nor an actor on whose behalf it was said.");
        RuleFor(s => s.Date).GivenWhenPresent();
        RuleFor(s => s.Quote).RequiredText(ValidationLimits.MaxQuoteLength);
        RuleFor(s => s.Medium).OptionalText(ValidationLimits.MaxLabelLength);
        RuleFor(s => s.Source).Present();
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Statement> context, ValidationResult result) => Failures.ReportNullInstance(context, result);
}
