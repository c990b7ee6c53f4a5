using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Incidents;

/// <summary>The rule shared by every casualty estimate a validator checks: when given, ordered low ≤ best ≤ high (<see cref="ValidationCodes.Incidents.UnorderedEstimate"/>).</summary>
internal static class CasualtyEstimateRules
{
    /// <summary>Requires an estimate, when given, to be ordered.</summary>
    /// <typeparam name="T">The type validated.</typeparam>
    /// <param name="rule">The rule of the estimate.</param>
    /// <returns>The rule, for chaining.</returns>
    internal static IRuleBuilderOptions<T, CasualtyEstimate?> Ordered<T>(this IRuleBuilder<T, CasualtyEstimate?> rule) =>
        rule.Must(estimate => estimate is not { IsOrdered: false })
            .WithErrorCode(ValidationCodes.Incidents.UnorderedEstimate)
            .WithMessage((_, estimate) => $"'{{PropertyPath}}' is low {estimate?.Low}, best {estimate?.Best}, high {estimate?.High}; an estimate is ordered low ≤ best ≤ high.");
}
