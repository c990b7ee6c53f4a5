using System.Collections.Generic;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Provenance;
using Coordination.Domain.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace Coordination.Domain.Support;

/// <summary>
/// Validates an <see cref="EnablingSupport"/> record on its own: identifier, provider, recipients (none
/// twice, not the provider; none when the sources do not name them), kinds (at least one, none twice), amount, description and
/// sources. Whether the actors exist is checked by <c>CoordinationCatalogValidator</c>.
/// </summary>
/// <remarks>Reports every problem at once, each with a code from <see cref="ValidationCodes"/>; never throws, whatever the record holds. Thread-safe.</remarks>
public sealed class EnablingSupportValidator : AbstractValidator<EnablingSupport>
{
    /// <summary>Creates the validator.</summary>
    public EnablingSupportValidator()
    {
        RuleFor(s => s.Id).Present();
        RuleFor(s => s.Provider).Present();
        RuleForEach(s => s.Recipients).Present();
        RuleFor(s => s.Kinds)
            .Must(kinds => !kinds.IsDefaultOrEmpty)
            .WithErrorCode(ValidationCodes.Support.NoKind)
            .WithMessage("'{PropertyPath}' is empty; name at least one kind of support.");
        RuleForEach(s => s.Kinds).Defined();
        RuleFor(s => s.Amount)
            .Must(amount => amount is not { Currency.IsDefault: true })
            .WithErrorCode(ValidationCodes.Support.AmountWithoutCurrency)
            .WithMessage("'{PropertyPath}' has no currency (a default Money); give an amount with its ISO 4217 currency, or leave it out.");
        RuleFor(s => s.Description).OptionalText(ValidationLimits.MaxDescriptionLength, TextLines.Multiple);
        RuleFor(s => s).Custom((support, context) =>
        {
            var recipients = new HashSet<ActorId>();
            for (var i = 0; i < support.Recipients.Length; i++)
            {
                var recipient = support.Recipients[i];
                if (recipient.IsDefault)
                {
                    continue;
                }

                if (recipient == support.Provider)
                {
                    context.Report($"Recipients[{i}]", ValidationCodes.Support.ProviderIsRecipient, $"'{recipient}' is the provider; an actor does not support itself.", recipient);
                }
                else if (!recipients.Add(recipient))
                {
                    context.Report($"Recipients[{i}]", ValidationCodes.Support.DuplicateRecipient, $"'{recipient}' is listed twice as a recipient.", recipient);
                }
            }

            var kinds = new HashSet<SupportKind>();
            for (var i = 0; i < support.Kinds.Length; i++)
            {
                if (!kinds.Add(support.Kinds[i]))
                {
                    context.Report($"Kinds[{i}]", ValidationCodes.Support.DuplicateKind, $"{support.Kinds[i]} is listed twice.", support.Kinds[i]);
                }
            }
        });
        RuleFor(x => x.Inference).SetValidator(new InferenceValidator()!);
        Include(new CitationRules<EnablingSupport>(s => s.Sources, required: true));
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<EnablingSupport> context, ValidationResult result) => Failures.ReportNullInstance(context, result);
}
