using Coordination.Domain.Identifiers;
using Coordination.Domain.Validation;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Results;

namespace Coordination.Domain.Catalog;

/// <summary>
/// <see cref="CoordinationCatalog.ValidateBounded"/>: the rules of <see cref="CoordinationCatalogValidator"/>, in
/// its order, run record by record into a <see cref="CappedFailureList"/> instead of one FluentValidation context,
/// so that memory holds the first failures and a count, not every failure of a catalog.
/// </summary>
/// <remarks>Each record its kind's check does not pass is validated alone by the kind's FluentValidation
/// validator, with the record's path (<c>Incidents[7]</c>) as the start of every failure's; the failures and their
/// order are those of <see cref="CoordinationCatalog.Validate"/>, a property test holds the two together.</remarks>
internal static class BoundedCatalogValidation
{
    /// <summary>Validates <paramref name="catalog"/>, keeping the first <paramref name="maxFailures"/> failures.</summary>
    internal static CatalogValidationReport Run(CoordinationCatalog catalog, int maxFailures)
    {
        var failures = new CappedFailureList(maxFailures);
        var records = new RecordPass(catalog, failures);
        foreach (var kind in CatalogRecordKinds.All)
        {
            kind.Accept(records);
        }

        // The cross-record rules, in the order CoordinationCatalogValidator includes them.
        CatalogIdentityRules.Check(catalog, failures);
        CatalogReferenceRules.Check(catalog, failures);
        TerritoryHierarchyRules.Check(catalog, failures);
        CatalogChronologyRules.Check(catalog, failures);
        return new CatalogValidationReport([.. failures.Kept], failures.Count, maxFailures);
    }

    private sealed class RecordPass(CoordinationCatalog catalog, CappedFailureList failures) : ICatalogRecordKindVisitor
    {
        public void Visit<TRecord, TId>(CatalogRecordKind<TRecord, TId> kind)
            where TRecord : class, ICatalogRecord<TId>
            where TId : struct, IIdentifier<TId>
        {
            var records = kind.RecordsOf(catalog);
            var isCertainlyValid = kind.IsCertainlyValid;
            for (var i = 0; i < records.Length; i++)
            {
                var record = records[i];
                if (isCertainlyValid is not null && isCertainlyValid(record))
                {
                    continue;
                }

                var chain = new PropertyChain();
                chain.Add(kind.Name);
                chain.AddIndexer(i);
                if (record is null)
                {
                    // What the catalog validator's Required() reports for a null record.
                    var path = chain.ToString();
                    var message = new FluentValidation.Internal.MessageFormatter().AppendArgument("PropertyPath", path).BuildMessage(CommonRules.RequiredMessage);
                    failures.Add(new ValidationFailure(path, message, null) { ErrorCode = ValidationCodes.General.NullValue });
                    continue;
                }

                var context = new ValidationContext<TRecord>(record, chain, ValidatorOptions.Global.ValidatorSelectors.DefaultValidatorSelectorFactory());
                foreach (var failure in kind.SharedValidator.Validate(context).Errors)
                {
                    failures.Add(failure);
                }
            }
        }
    }
}
