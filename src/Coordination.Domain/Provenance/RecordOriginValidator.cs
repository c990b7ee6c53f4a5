using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Provenance;

/// <summary>
/// Validates a <see cref="RecordOrigin"/>: it names its data set (<see cref="ValidationCodes.Origins.BlankDataSet"/>)
/// and its event id (<see cref="ValidationCodes.Origins.BlankEventId"/>), and every field names its column
/// (<see cref="ValidationCodes.Origins.BlankFieldColumn"/>). Values are kept exactly as the file held them, so
/// they are not checked: an empty cell, a line break or a control character in a value is what the row said.
/// </summary>
/// <remarks>Never throws, whatever the origin holds (a null data set or event id included).</remarks>
internal sealed class RecordOriginValidator : AbstractValidator<RecordOrigin>
{
    /// <summary>Creates the validator.</summary>
    internal RecordOriginValidator()
    {
        RuleFor(o => o.DataSet)
            .Must(text => !string.IsNullOrWhiteSpace(text))
            .WithErrorCode(ValidationCodes.Origins.BlankDataSet)
            .WithMessage("'{PropertyPath}' is required: an origin names the data set its record came from (ACLED, UCDP GED).");
        RuleFor(o => o.EventId)
            .Must(text => !string.IsNullOrWhiteSpace(text))
            .WithErrorCode(ValidationCodes.Origins.BlankEventId)
            .WithMessage("'{PropertyPath}' is required: an origin gives its record's id in the data set, or the id derived from the row's content.");
        RuleForEach(o => o.Fields)
            .Must(field => !string.IsNullOrWhiteSpace(field.Column))
            .WithErrorCode(ValidationCodes.Origins.BlankFieldColumn)
            .WithMessage("'{PropertyPath}' names no column: every field of an origin is a column of the row, named as the header names it.");
    }
}
