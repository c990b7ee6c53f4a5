using System;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Temporal;
using FluentValidation;

namespace Coordination.Domain.Validation;

/// <summary>
/// The structural rules every validator applies the same way, each with its code from
/// <see cref="ValidationCodes.General"/>. Every rule here is safe on any value (never throws).
/// </summary>
internal static class CommonRules
{
    /// <summary>The identifier is not <c>default</c>.</summary>
    internal static IRuleBuilderOptions<T, TId> Present<T, TId>(this IRuleBuilder<T, TId> rule)
        where TId : struct, IIdentifier<TId> =>
        rule.Must(id => !id.IsDefault)
            .WithErrorCode(ValidationCodes.General.MissingIdentifier)
            .WithMessage("'{PropertyPath}' is missing: a default identifier names nothing.");

    /// <summary>The identifier, when given, is not <c>default</c>.</summary>
    internal static IRuleBuilderOptions<T, TId?> PresentWhenGiven<T, TId>(this IRuleBuilder<T, TId?> rule)
        where TId : struct, IIdentifier<TId> =>
        rule.Must(id => id is not { IsDefault: true })
            .WithErrorCode(ValidationCodes.General.MissingIdentifier)
            .WithMessage("'{PropertyPath}' is given as a default identifier, which names nothing; leave it out instead.");

    /// <summary>The value is a defined member of its enumeration.</summary>
    internal static IRuleBuilderOptions<T, TEnum> Defined<T, TEnum>(this IRuleBuilder<T, TEnum> rule)
        where TEnum : struct, Enum =>
        rule.Must(value => Enum.IsDefined(value))
            .WithErrorCode(ValidationCodes.General.UndefinedEnumValue)
            .WithMessage($"'{{PropertyPath}}' is {{PropertyValue}}, which is not a defined {typeof(TEnum).Name} value.");

    /// <summary>The message of <see cref="Required{T, TProperty}"/>, a FluentValidation template.</summary>
    internal const string RequiredMessage = "'{PropertyPath}' is missing (null).";

    /// <summary>The value is not <see langword="null"/>.</summary>
    internal static IRuleBuilderOptions<T, TProperty> Required<T, TProperty>(this IRuleBuilder<T, TProperty> rule) =>
        rule.NotNull()
            .WithErrorCode(ValidationCodes.General.NullValue)
            .WithMessage(RequiredMessage);

    /// <summary>
    /// The text is given, not blank, at most <paramref name="maxLength"/> characters long, and holds no
    /// control character (but line breaks where <paramref name="lines"/> allows them) and no bidirectional control.
    /// </summary>
    internal static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength, TextLines lines = TextLines.Single) =>
        rule.Must(text => !string.IsNullOrWhiteSpace(text))
            .WithErrorCode(ValidationCodes.General.RequiredTextMissing)
            .WithMessage("'{PropertyPath}' is required and may not be empty or white space.")
            .MaximumLength(maxLength)
            .WithErrorCode(ValidationCodes.General.TextTooLong)
            .WithMessage("'{PropertyPath}' is at most {MaxLength} characters long; this one has {TotalLength}.")
            .SafeText(lines);

    /// <summary>
    /// The text, when given, is not blank, at most <paramref name="maxLength"/> characters long, and holds no
    /// control character (but line breaks where <paramref name="lines"/> allows them) and no bidirectional control.
    /// </summary>
    internal static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength, TextLines lines = TextLines.Single) =>
        rule.Must(text => text is null || !string.IsNullOrWhiteSpace(text))
            .WithErrorCode(ValidationCodes.General.BlankText)
            .WithMessage("'{PropertyPath}' is empty or white space; leave it out (null) when there is nothing to say.")
            .MaximumLength(maxLength)
            .WithErrorCode(ValidationCodes.General.TextTooLong)
            .WithMessage("'{PropertyPath}' is at most {MaxLength} characters long; this one has {TotalLength}.")
            .SafeText(lines);

    /// <summary>
    /// The text holds no control character (<see cref="ValidationCodes.General.ControlCharacter"/>; line breaks
    /// only where <paramref name="lines"/> allows them) and no bidirectional embedding, override or isolate
    /// (<see cref="ValidationCodes.General.BidirectionalControl"/>). The message names the code point and its position.
    /// Blank text (white space only, a tab included) is left to the rules of blank text.
    /// </summary>
    internal static IRuleBuilderOptions<T, string?> SafeText<T>(this IRuleBuilder<T, string?> rule, TextLines lines = TextLines.Single) =>
        rule.Must((_, text, context) => Safe(text, lines, TextSafety.Problem.ControlCharacter, context))
            .WithErrorCode(ValidationCodes.General.ControlCharacter)
            .WithMessage(lines == TextLines.Multiple
                ? "'{PropertyPath}' holds the control character {CodePoint} at position {Position}; only line breaks belong in this text."
                : "'{PropertyPath}' holds the control character {CodePoint} at position {Position}; this text is one line and holds no control characters.")
            .Must((_, text, context) => Safe(text, lines, TextSafety.Problem.BidirectionalControl, context))
            .WithErrorCode(ValidationCodes.General.BidirectionalControl)
            .WithMessage("'{PropertyPath}' holds the bidirectional control {CodePoint} at position {Position}, which can make the text read otherwise than it is stored.");

    private static bool Safe<T>(string? text, TextLines lines, TextSafety.Problem refused, ValidationContext<T> context)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return true; // blank text is the blank-text rule's to report, once
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (TextSafety.Classify(text[i], lines) == refused)
            {
                context.MessageFormatter.AppendArgument("CodePoint", TextSafety.CodePoint(text[i])).AppendArgument("Position", i);
                return false;
            }
        }

        return true;
    }

    /// <summary>The reported date is not <c>default</c>.</summary>
    internal static IRuleBuilderOptions<T, ReportedDate> Given<T>(this IRuleBuilder<T, ReportedDate> rule) =>
        rule.Must(date => date != default)
            .WithErrorCode(ValidationCodes.General.MissingDate)
            .WithMessage("'{PropertyPath}' is missing: the default reported date (0001-01-01) stands for a date nobody gave.");

    /// <summary>The reported date, when given, is not <c>default</c>.</summary>
    internal static IRuleBuilderOptions<T, ReportedDate?> GivenWhenPresent<T>(this IRuleBuilder<T, ReportedDate?> rule) =>
        rule.Must(date => date != default(ReportedDate))
            .WithErrorCode(ValidationCodes.General.MissingDate)
            .WithMessage("'{PropertyPath}' is the default reported date (0001-01-01), which stands for a date nobody gave; leave it out instead.");
}
