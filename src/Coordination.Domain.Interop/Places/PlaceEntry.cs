using System.Collections.Generic;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Territories;

namespace Coordination.Domain.Interop.Places;

/// <summary>One territory the gazetteer can resolve to: a catalog's, or one of its own table's the catalog lacks.</summary>
internal sealed class PlaceEntry
{
    /// <summary>Creates an entry.</summary>
    internal PlaceEntry(TerritoryId id, TerritoryKind kind, TerritoryId? parent, Territory? added)
    {
        Id = id;
        Kind = kind;
        Parent = parent;
        Added = added;
    }

    /// <summary>Gets the territory's id.</summary>
    internal TerritoryId Id { get; }

    /// <summary>Gets the territory's kind.</summary>
    internal TerritoryKind Kind { get; }

    /// <summary>Gets the parent's id, when the parent is an entry of the gazetteer.</summary>
    internal TerritoryId? Parent { get; set; }

    /// <summary>Gets the table's record when the catalog lacks the territory; otherwise <see langword="null"/>.</summary>
    internal Territory? Added { get; set; }

    /// <summary>Gets the folded keys of the territory's names.</summary>
    internal HashSet<string> Keys { get; } = [];

    /// <summary>Gets the territory's codes, current and former, upper-case.</summary>
    internal HashSet<string> Codes { get; } = [];
}
