using Coordination.Domain.Actors;
using Coordination.Domain.Incidents;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Support;
using Coordination.Domain.Territories;
using Coordination.Domain.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace Coordination.Domain.Catalog;

/// <summary>
/// Validates a whole <see cref="CoordinationCatalog"/>: every record with its own validator, then the
/// rules that span records — identifiers unique within each kind, every referenced identifier resolving
/// to a record of the right kind, no cycle of territory parents, no fact dated after the sources it rests
/// on, relations and posts within the existence of their actors.
/// </summary>
/// <remarks>
/// <para>Reports every problem at once, each with a code from <see cref="ValidationCodes"/> and a property
/// path such as <c>Territories[3].ControlPeriods[1].Period</c>. Never throws, whatever the catalog holds
/// (<see langword="null"/> records, default identifiers, dangling references, cycles).</para>
/// <para>Thread-safe: one instance may validate many catalogs at once. <see cref="CoordinationCatalog.Validate"/>
/// uses a shared instance.</para>
/// </remarks>
public sealed class CoordinationCatalogValidator : AbstractValidator<CoordinationCatalog>
{
    /// <summary>Creates the validator.</summary>
    public CoordinationCatalogValidator()
    {
        RuleForEach(c => c.Actors).Required().SetValidator(new ActorValidator());
        RuleForEach(c => c.People).Required().SetValidator(new PersonValidator());
        RuleForEach(c => c.Territories).Required().SetValidator(new TerritoryValidator());
        RuleForEach(c => c.Lines).Required().SetValidator(new CoordinationLineValidator());
        RuleForEach(c => c.Mechanisms).Required().SetValidator(new CoordinationMechanismValidator());
        RuleForEach(c => c.Incidents).Required().SetValidator(new IncidentValidator());
        RuleForEach(c => c.Support).Required().SetValidator(new EnablingSupportValidator());
        RuleForEach(c => c.Sources).Required().SetValidator(new SourceValidator());
        RuleForEach(c => c.Statements).Required().SetValidator(new StatementValidator());
        Include(new CatalogIdentityRules());
        Include(new CatalogReferenceRules());
        Include(new TerritoryHierarchyRules());
        Include(new CatalogChronologyRules());
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<CoordinationCatalog> context, ValidationResult result) => Failures.ReportNullInstance(context, result);
}
