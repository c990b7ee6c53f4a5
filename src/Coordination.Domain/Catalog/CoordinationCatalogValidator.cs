using Coordination.Domain.Identifiers;
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
        : this(fastPath: true)
    {
    }

    /// <summary>Creates the validator, with or without the fast path of the record kinds that have one.</summary>
    /// <param name="fastPath">
    /// Whether a record that the allocation-free check of its kind (<see cref="CatalogRecordKind{TRecord, TId}.IsCertainlyValid"/>)
    /// passes skips its FluentValidation validator; without, every record goes through its validator (the plain
    /// FluentValidation run the tests compare the fast path with).
    /// </param>
    internal CoordinationCatalogValidator(bool fastPath)
    {
        // Every record with its own validator, kind by kind: Actors[0], Actors[1], …, then People[0], ….
        var records = new RecordRules(this, fastPath);
        foreach (var kind in CatalogRecordKinds.All)
        {
            kind.Accept(records);
        }

        Include(new CatalogIdentityRules());
        Include(new CatalogReferenceRules(fastPath));
        Include(new TerritoryHierarchyRules());
        Include(new CatalogChronologyRules());
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<CoordinationCatalog> context, ValidationResult result) => Failures.ReportNullInstance(context, result);

    private sealed class RecordRules(CoordinationCatalogValidator validator, bool fastPath) : ICatalogRecordKindVisitor
    {
        public void Visit<TRecord, TId>(CatalogRecordKind<TRecord, TId> kind)
            where TRecord : class, ICatalogRecord<TId>
            where TId : struct, IIdentifier<TId>
        {
            var rule = validator.RuleForEach(c => kind.RecordsOf(c));
            if (fastPath && kind.IsCertainlyValid is { } isCertainlyValid)
            {
                // The records the check passes are left out; the others keep their index in the paths (Incidents[7].Date).
                rule = rule.Where(record => !isCertainlyValid(record));
            }

            rule.Required().SetValidator(kind.CreateValidator()).OverridePropertyName(kind.Name);
        }
    }
}
