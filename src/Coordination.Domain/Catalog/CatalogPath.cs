using System.Collections.Generic;
using FluentValidation.Internal;

namespace Coordination.Domain.Catalog;

/// <summary>
/// Where in a catalog a cross-record rule found a problem: a record of a kind, then members and indexes
/// below it, named with <c>nameof</c>. Turned into a FluentValidation <see cref="PropertyChain"/> (which
/// writes <c>Territories[3].ControlPeriods[1].Period</c>) only when a failure is reported, so that checking
/// a reference that resolves costs no string.
/// </summary>
internal sealed class CatalogPath
{
    private readonly CatalogPath? parent;
    private readonly string? member;
    private readonly int? index;

    private CatalogPath(CatalogPath? parent, string? member, int? index)
    {
        this.parent = parent;
        this.member = member;
        this.index = index;
    }

    /// <summary>The path of the record at <paramref name="index"/> of a kind: <c>Actors[3]</c>.</summary>
    internal static CatalogPath Record(CatalogRecordKind kind, int index) => new(null, kind.Name, index);

    /// <summary>The path of a member below this one: <c>….Parent</c>.</summary>
    internal CatalogPath Member(string name) => new(this, name, null);

    /// <summary>The path of an item of a collection member below this one: <c>….Claims[1]</c>.</summary>
    internal CatalogPath Member(string name, int item) => new(this, name, item);

    /// <summary>The path of an item of this collection: <c>….Sources[2]</c>.</summary>
    internal CatalogPath Item(int item) => new(this, null, item);

    /// <summary>Builds the FluentValidation property chain of the path.</summary>
    internal PropertyChain ToPropertyChain()
    {
        var nodes = new Stack<CatalogPath>();
        for (var node = this; node is not null; node = node.parent)
        {
            nodes.Push(node);
        }

        var chain = new PropertyChain();
        foreach (var node in nodes)
        {
            if (node.member is not null)
            {
                chain.Add(node.member);
            }

            if (node.index is { } i)
            {
                chain.AddIndexer(i);
            }
        }

        return chain;
    }

    /// <summary>Returns the path as FluentValidation writes it, relative to the catalog.</summary>
    /// <returns>The path, such as <c>Territories[3].ControlPeriods[1].Period</c>.</returns>
    public override string ToString() => ToPropertyChain().ToString();
}
