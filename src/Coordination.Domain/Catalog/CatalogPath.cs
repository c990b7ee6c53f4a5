using System;
using System.Runtime.CompilerServices;
using FluentValidation.Internal;

namespace Coordination.Domain.Catalog;

/// <summary>
/// Where in a catalog a cross-record rule found a problem: a record of a kind, then members and indexes
/// below it, named with <c>nameof</c>. A value held inline (at most <see cref="MaxDepth"/> steps), so that
/// naming the place of a check costs no allocation; turned into a FluentValidation <see cref="PropertyChain"/>
/// (which writes <c>Territories[3].ControlPeriods[1].Period</c>) only when a failure is reported.
/// </summary>
internal struct CatalogPath
{
    /// <summary>The most steps a path holds: <c>Actors[0].Relations[1].Inference.From[2]</c> takes five.</summary>
    internal const int MaxDepth = 6;

    private Steps steps;
    private int depth;

    /// <summary>The path of the record at <paramref name="index"/> of a kind: <c>Actors[3]</c>.</summary>
    internal static CatalogPath Record(CatalogRecordKind kind, int index) => default(CatalogPath).With(kind.Name, index);

    /// <summary>The path of a member below this one: <c>….Parent</c>.</summary>
    internal readonly CatalogPath Member(string name) => With(name, -1);

    /// <summary>The path of an item of a collection member below this one: <c>….Claims[1]</c>.</summary>
    internal readonly CatalogPath Member(string name, int item) => With(name, item);

    /// <summary>The path of an item of this collection: <c>….Sources[2]</c>.</summary>
    internal readonly CatalogPath Item(int item) => With(null, item);

    /// <summary>Builds the FluentValidation property chain of the path.</summary>
    internal readonly PropertyChain ToPropertyChain()
    {
        var chain = new PropertyChain();
        for (var i = 0; i < depth; i++)
        {
            var step = steps[i];
            if (step.Member is not null)
            {
                chain.Add(step.Member);
            }

            if (step.Index >= 0)
            {
                chain.AddIndexer(step.Index);
            }
        }

        return chain;
    }

    /// <summary>Returns the path as FluentValidation writes it, relative to the catalog.</summary>
    /// <returns>The path, such as <c>Territories[3].ControlPeriods[1].Period</c>.</returns>
    public override readonly string ToString() => ToPropertyChain().ToString();

    private readonly CatalogPath With(string? member, int index)
    {
        if (depth == MaxDepth)
        {
            throw new InvalidOperationException($"A catalog path holds at most {MaxDepth} steps; {ToString()} is full.");
        }

        var next = this;
        next.steps[depth] = new Step(member, index);
        next.depth = depth + 1;
        return next;
    }

    // One step: a member (null for an item of the collection before it) and an index (-1 for none).
    private readonly record struct Step(string? Member, int Index);

    [InlineArray(MaxDepth)]
    private struct Steps
    {
        private Step first;
    }
}
