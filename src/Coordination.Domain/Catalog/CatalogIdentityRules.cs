using System.Collections.Generic;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Catalog;

/// <summary>The rule that identifiers are unique within each kind of record of <see cref="CatalogRecordKinds"/> (code <see cref="ValidationCodes.Catalog.DuplicateIdentifier"/>).</summary>
internal sealed class CatalogIdentityRules : AbstractValidator<CoordinationCatalog>
{
    /// <summary>Creates the rules.</summary>
    internal CatalogIdentityRules()
    {
        RuleFor(c => c).Custom((catalog, context) => Check(catalog, CatalogFailureSink.Of(context)));
    }

    /// <summary>Checks the rule on <paramref name="catalog"/>, reporting to <paramref name="sink"/>.</summary>
    internal static void Check(CoordinationCatalog catalog, CatalogFailureSink sink)
    {
        var check = new UniqueIdentifiers(catalog, sink);
        foreach (var kind in CatalogRecordKinds.All)
        {
            kind.Accept(check);
        }
    }

    private sealed class UniqueIdentifiers(CoordinationCatalog catalog, CatalogFailureSink context) : ICatalogRecordKindVisitor
    {
        public void Visit<TRecord, TId>(CatalogRecordKind<TRecord, TId> kind)
            where TRecord : class, ICatalogRecord<TId>
            where TId : struct, IIdentifier<TId>
        {
            var records = kind.RecordsOf(catalog);
            var first = new Dictionary<TId, int>(records.Length);
            for (var i = 0; i < records.Length; i++)
            {
                var record = records[i];
                if (record is null || record.Id.IsDefault)
                {
                    continue;
                }

                if (first.TryGetValue(record.Id, out var earlier))
                {
                    var path = CatalogPath.Record(kind, i).Member(nameof(record.Id));
                    context.Report(path.ToString(), ValidationCodes.Catalog.DuplicateIdentifier, $"The {kind.Noun} identifier '{record.Id}' is already used by {CatalogPath.Record(kind, earlier)}.", record.Id);
                }
                else
                {
                    first.Add(record.Id, i);
                }
            }
        }
    }
}
