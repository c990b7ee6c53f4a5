using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Catalog;

/// <summary>The rule that identifiers are unique within each kind of record (code <see cref="ValidationCodes.Catalog.DuplicateIdentifier"/>).</summary>
internal sealed class CatalogIdentityRules : AbstractValidator<CoordinationCatalog>
{
    /// <summary>Creates the rules.</summary>
    internal CatalogIdentityRules()
    {
        RuleFor(c => c).Custom((catalog, context) =>
        {
            Check(context, catalog.Actors, nameof(catalog.Actors), "actor", a => a.Id, id => id.IsDefault);
            Check(context, catalog.People, nameof(catalog.People), "person", p => p.Id, id => id.IsDefault);
            Check(context, catalog.Territories, nameof(catalog.Territories), "territory", t => t.Id, id => id.IsDefault);
            Check(context, catalog.Lines, nameof(catalog.Lines), "coordination line", l => l.Id, id => id.IsDefault);
            Check(context, catalog.Mechanisms, nameof(catalog.Mechanisms), "mechanism", m => m.Id, id => id.IsDefault);
            Check(context, catalog.Incidents, nameof(catalog.Incidents), "incident", i => i.Id, id => id.IsDefault);
            Check(context, catalog.Support, nameof(catalog.Support), "support record", s => s.Id, id => id.IsDefault);
            Check(context, catalog.Sources, nameof(catalog.Sources), "source", s => s.Id, id => id.IsDefault);
            Check(context, catalog.Statements, nameof(catalog.Statements), "statement", s => s.Id, id => id.IsDefault);
        });
    }

    private static void Check<TRecord, TId>(
        ValidationContext<CoordinationCatalog> context, ImmutableArray<TRecord> records, string collection, string kind, Func<TRecord, TId> idOf, Func<TId, bool> isDefault)
        where TRecord : class
        where TId : struct, IEquatable<TId>
    {
        var first = new Dictionary<TId, int>();
        for (var i = 0; i < records.Length; i++)
        {
            if (records[i] is null)
            {
                continue;
            }

            var id = idOf(records[i]);
            if (isDefault(id))
            {
                continue;
            }

            if (first.TryGetValue(id, out var earlier))
            {
                context.Report($"{collection}[{i}].Id", ValidationCodes.Catalog.DuplicateIdentifier, $"The {kind} identifier '{id}' is already used by {collection}[{earlier}].", id);
            }
            else
            {
                first.Add(id, i);
            }
        }
    }
}
