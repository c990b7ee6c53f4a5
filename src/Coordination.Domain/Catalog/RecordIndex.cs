using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;

namespace Coordination.Domain.Catalog;

/// <summary>A frozen look-up of records by identifier. With duplicate identifiers the first record wins; null records and default identifiers are skipped (validators report both).</summary>
internal sealed class RecordIndex<TId, TRecord>
    where TId : struct, IIdentifier<TId>
    where TRecord : class, ICatalogRecord<TId>
{
    private readonly FrozenDictionary<TId, TRecord> byId;

    internal RecordIndex(ImmutableArray<TRecord> records)
    {
        var map = new Dictionary<TId, TRecord>(records.Length);
        foreach (var record in records)
        {
            if (record is { Id.IsDefault: false })
            {
                map.TryAdd(record.Id, record);
            }
        }

        byId = map.ToFrozenDictionary();
    }

    internal TRecord? Find(TId id) => byId.GetValueOrDefault(id);

    internal bool Contains(TId id) => byId.ContainsKey(id);
}
