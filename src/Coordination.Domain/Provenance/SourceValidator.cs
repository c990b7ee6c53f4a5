using System;
using Coordination.Domain.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace Coordination.Domain.Provenance;

/// <summary>
/// Validates a <see cref="Source"/> on its own: identifier, publisher, title, an absolute http(s) URL,
/// publication date, language and note. Whether the publisher actor exists is checked by
/// <c>CoordinationCatalogValidator</c>.
/// </summary>
/// <remarks>Reports every problem at once, each with a code from <see cref="ValidationCodes"/>; never throws, whatever the source holds. Thread-safe.</remarks>
public sealed class SourceValidator : AbstractValidator<Source>
{
    /// <summary>Creates the validator.</summary>
    public SourceValidator()
    {
        RuleFor(s => s.Id).Present();
        RuleFor(s => s.Publisher).RequiredText(ValidationLimits.MaxLabelLength);
        RuleFor(s => s.PublisherActor).PresentWhenGiven();
        RuleFor(s => s.Title).RequiredText(ValidationLimits.MaxTitleLength);
        RuleFor(s => s.Url)
            .Must(url => url is null || IsWebAddress(url))
            .WithErrorCode(ValidationCodes.Sources.InvalidUrl)
            .WithMessage("'{PropertyPath}' is '{PropertyValue}', which is not an absolute http or https URL.");
        RuleFor(s => s.Published).GivenWhenPresent();
        RuleFor(s => s.Language)
            .Must(language => language is not { IsDefault: true })
            .WithErrorCode(ValidationCodes.Sources.DefaultLanguage)
            .WithMessage("'{PropertyPath}' is a default language tag, which names no language; leave it out when the language is unknown.");
        RuleFor(s => s.Note).OptionalText(ValidationLimits.MaxDescriptionLength, TextLines.Multiple);
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Source> context, ValidationResult result) => Failures.ReportNullInstance(context, result);

    // Scheme is only read on an absolute URI: on a relative one it throws.
    private static bool IsWebAddress(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) && !string.IsNullOrEmpty(url.Host);
}
