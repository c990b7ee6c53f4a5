using Coordination.Domain.Provenance;
using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Territories;

/// <summary>
/// Validates one membership on its own; <see cref="TerritoryValidator"/> checks that it does not name the
/// territory itself nor repeat a membership of the same region over an overlapping period, and the catalog
/// that the region exists.
/// </summary>
internal sealed class TerritoryMembershipValidator : AbstractValidator<TerritoryMembership>
{
    /// <summary>Creates the validator.</summary>
    internal TerritoryMembershipValidator()
    {
        RuleFor(m => m.Region).Present();
        RuleFor(m => m.Kind).Defined();
        RuleFor(m => m.Inference).SetValidator(new InferenceValidator()!);
        Include(new CitationRules<TerritoryMembership>(m => m.Sources, required: false));
    }
}
