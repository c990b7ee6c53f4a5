using FluentValidation;
using FluentValidation.Results;

namespace Coordination.Domain.Validation;

/// <summary>Adds failures with a code and a property path from custom rules, which span several members.</summary>
internal static class Failures
{
    /// <summary>
    /// Adds a failure at <paramref name="relativePath"/>, below the path of the rule that runs (so the
    /// path stays right when the validator runs as a child: <c>Territories[3].ControlPeriods[1].Period</c>).
    /// </summary>
    internal static void Report<T>(this ValidationContext<T> context, string relativePath, string code, string message, object? attemptedValue = null)
    {
        var prefix = context.PropertyPath;
        var path = string.IsNullOrEmpty(prefix) ? relativePath
            : string.IsNullOrEmpty(relativePath) ? prefix
            : relativePath[0] == '[' ? prefix + relativePath
            : prefix + "." + relativePath;
        context.AddFailure(new ValidationFailure(path, message, attemptedValue) { ErrorCode = code });
    }

    /// <summary>
    /// Reports a <see langword="null"/> instance given to a validator (FluentValidation would throw) as
    /// <see cref="ValidationCodes.General.NullValue"/> and stops; returns <see langword="true"/> to go on otherwise.
    /// </summary>
    internal static bool ReportNullInstance<T>(ValidationContext<T> context, ValidationResult result)
    {
        if (context.InstanceToValidate is not null)
        {
            return true;
        }

        result.Errors.Add(new ValidationFailure(context.PropertyPath ?? string.Empty, $"The {typeof(T).Name} to validate is missing (null).")
        {
            ErrorCode = ValidationCodes.General.NullValue,
        });
        return false;
    }
}
