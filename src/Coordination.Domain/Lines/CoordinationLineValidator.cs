using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace Coordination.Domain.Lines;

/// <summary>
/// Validates a <see cref="CoordinationLine"/> on its own: identifier, names, two different sides, a
/// trace of none or at least two points, description and sources. Whether the side actors exist is
/// checked by <c>CoordinationCatalogValidator</c>.
/// </summary>
/// <remarks>Reports every problem at once, each with a code from <see cref="ValidationCodes"/>; never throws, whatever the line holds. Thread-safe.</remarks>
public sealed class CoordinationLineValidator : AbstractValidator<CoordinationLine>
{
    /// <summary>Creates the validator.</summary>
    public CoordinationLineValidator()
    {
        RuleFor(l => l.Id).Present();
        RuleFor(l => l.Names).Required().SetValidator(new NameSetValidator());
        RuleFor(l => l.SideA).Present();
        RuleFor(l => l.SideB).Present();
        RuleFor(l => l.SideB)
            .Must((line, sideB) => sideB != line.SideA || sideB.IsDefault)
            .WithErrorCode(ValidationCodes.Lines.SameActorOnBothSides)
            .WithMessage("'{PropertyPath}' is '{PropertyValue}', the actor of the other side too; a coordination line runs between two actors.");
        RuleFor(l => l.Points)
            .Must(points => points.Length != 1)
            .WithErrorCode(ValidationCodes.Lines.SinglePointTrace)
            .WithMessage("'{PropertyPath}' has one point; give no points when the trace is unknown, or at least two.");
        RuleFor(l => l.Description).OptionalText(ValidationLimits.MaxDescriptionLength, TextLines.Multiple);
        RuleFor(x => x.Inference).SetValidator(new InferenceValidator()!);
        Include(new CitationRules<CoordinationLine>(l => l.Sources, required: true));
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<CoordinationLine> context, ValidationResult result) => Failures.ReportNullInstance(context, result);
}
