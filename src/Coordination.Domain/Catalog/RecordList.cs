using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;

namespace Coordination.Domain.Catalog;

/// <summary>The records of one kind in a <see cref="CoordinationCatalog.Builder"/>.</summary>
internal abstract class RecordList
{
    /// <summary>Copies the live records, in order, into a new array (of the record type) that the built catalog owns.</summary>
    internal abstract Array ToArray();
}

/// <summary>
/// The records of one kind in a <see cref="CoordinationCatalog.Builder"/>: a list in catalog order with
/// removed slots, and a dictionary from identifier to the position of the first live record with it (the
/// one the catalog's look-ups find), so that setting and removing are amortised O(1).
/// </summary>
/// <remarks>
/// <see langword="null"/> records of a malformed catalog stay in place and are never addressed. When the
/// records started with duplicate identifiers, removing the first makes the next one the addressed record
/// (found by a scan, as only an invalid catalog pays it).
/// </remarks>
internal sealed class RecordList<TRecord, TId> : RecordList
    where TRecord : class, ICatalogRecord<TId>
    where TId : struct, IIdentifier<TId>
{
    private const int CompactionThreshold = 32;

    private readonly List<Entry> entries;
    private readonly Dictionary<TId, int> positions;
    private int removed;
    private bool duplicates;

    internal RecordList(ImmutableArray<TRecord> records)
    {
        entries = new List<Entry>(records.Length);
        positions = new Dictionary<TId, int>(records.Length);
        foreach (var record in records)
        {
            if (record is not null && !positions.TryAdd(record.Id, entries.Count))
            {
                duplicates = true;
            }

            entries.Add(new Entry(record, Live: true));
        }
    }

    /// <summary>Adds <paramref name="record"/> at the end, or puts it in the place of the record with its identifier.</summary>
    /// <returns><see langword="true"/> when the record was added, <see langword="false"/> when it replaced one.</returns>
    internal bool Set(TRecord record)
    {
        if (positions.TryGetValue(record.Id, out var position))
        {
            entries[position] = new Entry(record, Live: true);
            return false;
        }

        positions.Add(record.Id, entries.Count);
        entries.Add(new Entry(record, Live: true));
        return true;
    }

    /// <summary>Removes the record with identifier <paramref name="id"/>.</summary>
    /// <returns><see langword="true"/> when a record was removed; <see langword="false"/> when there was none.</returns>
    internal bool Remove(TId id)
    {
        if (!positions.Remove(id, out var position))
        {
            return false;
        }

        entries[position] = default;
        removed++;
        if (duplicates)
        {
            for (var i = position + 1; i < entries.Count; i++)
            {
                if (entries[i] is { Live: true, Record: { } next } && next.Id.Equals(id))
                {
                    positions.Add(id, i);
                    break;
                }
            }
        }

        if (removed > CompactionThreshold && removed * 2 > entries.Count)
        {
            Compact();
        }

        return true;
    }

    /// <inheritdoc />
    internal override Array ToArray()
    {
        var result = new TRecord?[entries.Count - removed];
        var write = 0;
        foreach (var entry in entries)
        {
            if (entry.Live)
            {
                result[write++] = entry.Record;
            }
        }

        return result;
    }

    // Drops removed slots, in O(n); runs when they are more than half the list, so amortised O(1) per removal.
    private void Compact()
    {
        var write = 0;
        positions.Clear();
        for (var read = 0; read < entries.Count; read++)
        {
            if (entries[read] is { Live: true } entry)
            {
                if (entry.Record is { } record)
                {
                    positions.TryAdd(record.Id, write);
                }

                entries[write++] = entry;
            }
        }

        entries.RemoveRange(write, entries.Count - write);
        removed = 0;
    }

    private readonly record struct Entry(TRecord? Record, bool Live);
}
