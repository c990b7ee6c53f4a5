using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Lines;

/// <summary>Validates a stretch of a coordination line on its own.</summary>
internal sealed class LineStretchValidator : AbstractValidator<LineStretch>
{
    /// <summary>Creates the validator.</summary>
    internal LineStretchValidator()
    {
        RuleFor(s => s.Line).Present();
        RuleFor(s => s.Within).PresentWhenGiven();
    }
}
