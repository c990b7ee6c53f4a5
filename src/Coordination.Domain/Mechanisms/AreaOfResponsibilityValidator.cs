using Coordination.Domain.Lines;
using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Mechanisms;

/// <summary>Validates the area of responsibility of a mechanism on its own.</summary>
internal sealed class AreaOfResponsibilityValidator : AbstractValidator<AreaOfResponsibility>
{
    /// <summary>Creates the validator.</summary>
    internal AreaOfResponsibilityValidator()
    {
        RuleForEach(a => a.Territories).Present();
        RuleForEach(a => a.LineStretches).Required().SetValidator(new LineStretchValidator());
    }
}
