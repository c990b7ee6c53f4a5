using System.Collections.Generic;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;

namespace Coordination.Domain.Analysis;

/// <summary>Source identifiers gathered once each, in order of first citation; default identifiers are no citation and are dropped.</summary>
internal sealed class CitedSources
{
    private readonly ImmutableArray<SourceId>.Builder order = ImmutableArray.CreateBuilder<SourceId>();
    private readonly HashSet<SourceId> seen = [];

    /// <summary>Adds the identifiers not seen before.</summary>
    /// <param name="ids">The identifiers.</param>
    /// <returns>This collection.</returns>
    public CitedSources Add(ImmutableArray<SourceId> ids)
    {
        foreach (var id in ids.IsDefault ? [] : ids)
        {
            if (!id.IsDefault && seen.Add(id))
            {
                order.Add(id);
            }
        }

        return this;
    }

    /// <summary>Adds an identifier if not seen before.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>This collection.</returns>
    public CitedSources Add(SourceId id)
    {
        if (!id.IsDefault && seen.Add(id))
        {
            order.Add(id);
        }

        return this;
    }

    /// <summary>Returns the identifiers gathered so far.</summary>
    /// <returns>The identifiers, in order of first citation.</returns>
    public ImmutableArray<SourceId> ToImmutable() => order.ToImmutable();

    /// <summary>Gathers the identifiers of one citation: the same array when it already holds each identifier once and no default one.</summary>
    /// <param name="ids">The identifiers.</param>
    /// <returns>The distinct identifiers, in order of first citation.</returns>
    public static ImmutableArray<SourceId> Of(ImmutableArray<SourceId> ids)
    {
        if (ids.IsDefault || ids.Length > 8)
        {
            return new CitedSources().Add(ids).ToImmutable();
        }

        for (var j = 0; j < ids.Length; j++)
        {
            for (var earlier = 0; earlier < j; earlier++)
            {
                if (ids[earlier] == ids[j])
                {
                    return new CitedSources().Add(ids).ToImmutable();
                }
            }

            if (ids[j].IsDefault)
            {
                return new CitedSources().Add(ids).ToImmutable();
            }
        }

        return ids;
    }

    /// <summary>Gathers the identifiers of several citations.</summary>
    /// <param name="citations">The citations, in order.</param>
    /// <returns>The distinct identifiers, in order of first citation.</returns>
    public static ImmutableArray<SourceId> Of(params IEnumerable<ImmutableArray<SourceId>> citations)
    {
        var cited = new CitedSources();
        foreach (var ids in citations)
        {
            cited.Add(ids);
        }

        return cited.ToImmutable();
    }
}
