using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Catalog;

/// <summary>
/// The rule that no territory's chain of parents leads back to itself (code
/// <see cref="ValidationCodes.Catalog.ParentCycle"/>), reported on every territory of a cycle. A territory
/// that is its own parent is left to the territory validator; with duplicate identifiers the first
/// record is followed, as the catalog's look-ups do. Linear in the number of territories.
/// </summary>
internal sealed class TerritoryHierarchyRules : AbstractValidator<CoordinationCatalog>
{
    /// <summary>Creates the rules.</summary>
    internal TerritoryHierarchyRules()
    {
        RuleFor(c => c).Custom((catalog, context) => Check(catalog, CatalogFailureSink.Of(context)));
    }

    /// <summary>Checks the rule on <paramref name="catalog"/>, reporting to <paramref name="context"/>.</summary>
    internal static void Check(CoordinationCatalog catalog, CatalogFailureSink context)
    {
        // The first record of each identifier, its index and its parent.
        var nodes = new Dictionary<TerritoryId, (int Index, TerritoryId? Parent)>();
        for (var i = 0; i < catalog.Territories.Length; i++)
        {
            if (catalog.Territories[i] is { Id.IsDefault: false } territory)
            {
                nodes.TryAdd(territory.Id, (i, territory.Parent is { IsDefault: false } parent && parent != territory.Id ? parent : null));
            }
        }

        // Walk up from each territory not yet settled; a walk that meets itself has found a cycle.
        var settled = new HashSet<TerritoryId>();
        foreach (var start in nodes.Keys)
        {
            var path = new List<TerritoryId>();
            var onPath = new Dictionary<TerritoryId, int>();
            TerritoryId? current = start;
            while (current is { } id && !settled.Contains(id) && nodes.TryGetValue(id, out var node))
            {
                if (onPath.TryGetValue(id, out var cycleStart))
                {
                    var cycle = path.Skip(cycleStart).ToList();
                    var description = string.Join(" → ", cycle.Append(id));
                    foreach (var member in cycle)
                    {
                        context.Report(CatalogPath.Record(CatalogRecordKinds.Territories, nodes[member].Index).Member(nameof(Territories.Territory.Parent)).ToString(), ValidationCodes.Catalog.ParentCycle, $"The parents of '{member}' lead back to it: {description}.", nodes[member].Parent);
                    }

                    break;
                }

                onPath.Add(id, path.Count);
                path.Add(id);
                current = node.Parent;
            }

            settled.UnionWith(path);
        }
    }
}
