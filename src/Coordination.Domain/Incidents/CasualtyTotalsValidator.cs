using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Incidents;

/// <summary>Validates reported totals on their own: each estimate given ordered low ≤ best ≤ high, no source twice. Their agreement with the parties' figures is checked by <see cref="IncidentValidator"/>.</summary>
internal sealed class CasualtyTotalsValidator : AbstractValidator<CasualtyTotals>
{
    /// <summary>Creates the validator.</summary>
    internal CasualtyTotalsValidator()
    {
        RuleFor(t => t.Killed).Ordered();
        RuleFor(t => t.Injured).Ordered();
        Include(new CitationRules<CasualtyTotals>(t => t.Sources, required: false));
    }
}
