using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Territories;
using NodaTime;

namespace Coordination.Domain.Catalog;

/// <content>The as-of questions about territories: disputes, memberships and control.</content>
public sealed partial class CoordinationCatalog
{
    /// <summary>
    /// Returns the territories disputed on a date under the catalog's one rule (<see cref="DisputeOn"/>): by
    /// their own claims or by inheritance, in catalog order.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The disputed territories.</returns>
    public ImmutableArray<Territory> DisputedTerritoriesOn(LocalDate date)
    {
        var finder = new DisputeFinder(this, date);
        return [.. Territories.Where(t => t is not null && finder.SourceOf(t.Id) is not null)];
    }

    /// <summary>
    /// Returns the disputes of every territory disputed on a date (<see cref="DisputeOn"/>), in catalog order.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The disputes.</returns>
    public ImmutableArray<TerritoryDispute> DisputesOn(LocalDate date)
    {
        var finder = new DisputeFinder(this, date);
        return [.. Territories.Where(t => t is not null).Select(t => finder.DisputeOf(t.Id)).OfType<TerritoryDispute>()];
    }

    /// <summary>
    /// Returns why a territory was disputed on a date, or <see langword="null"/> when it was not. The rule: a
    /// territory is disputed on a date when two or more distinct actors claim it then (its own claims), or
    /// when its parent, or a region it is a <see cref="MembershipKind.Member"/> of by a membership in force
    /// then, is disputed then (inherited, transitively). A <see cref="MembershipKind.PartlyWithin"/>
    /// membership inherits nothing, and a region is never disputed by its members' disputes.
    /// </summary>
    /// <remarks>
    /// When several ancestors or regions are disputed, the one named is found by looking at the territory's
    /// own claims first, then its parent (and its parent's sources, recursively), then its regions in
    /// membership order. Safe on a catalog whose parent or membership links form a cycle.
    /// </remarks>
    /// <param name="territory">The territory.</param>
    /// <param name="date">The date.</param>
    /// <returns>The dispute, or <see langword="null"/> when the territory is unknown or not disputed.</returns>
    public TerritoryDispute? DisputeOn(TerritoryId territory, LocalDate date) => new DisputeFinder(this, date).DisputeOf(territory);

    /// <summary>Tells whether a territory was disputed on a date, by its own claims or by inheritance (<see cref="DisputeOn"/>).</summary>
    /// <param name="territory">The territory.</param>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when it was disputed then.</returns>
    public bool IsDisputedOn(TerritoryId territory, LocalDate date) => DisputeOn(territory, date) is not null;

    /// <summary>Returns the territories that belonged to <paramref name="region"/> on a date as <paramref name="kind"/>, in catalog order.</summary>
    /// <param name="region">The region.</param>
    /// <param name="date">The date.</param>
    /// <param name="kind">The kind of membership (wholly part of it by default).</param>
    /// <returns>The members.</returns>
    public ImmutableArray<TerritoryId> MembersOf(TerritoryId region, LocalDate date, MembershipKind kind = MembershipKind.Member) =>
        [.. Territories.Where(t => t is not null && t.RegionsOn(kind, date).Contains(region)).Select(t => t.Id).Distinct()];

    /// <summary>Returns the regions <paramref name="territory"/> belonged to on a date as <paramref name="kind"/> (not its parent), in membership order.</summary>
    /// <param name="territory">The territory.</param>
    /// <param name="date">The date.</param>
    /// <param name="kind">The kind of membership (wholly part of it by default).</param>
    /// <returns>The regions; empty when the territory is unknown.</returns>
    public ImmutableArray<TerritoryId> RegionsOf(TerritoryId territory, LocalDate date, MembershipKind kind = MembershipKind.Member) =>
        FindTerritory(territory)?.RegionsOn(kind, date) ?? [];

    /// <summary>
    /// Returns who controlled a territory on a date: its own whole controller, its own partial control and,
    /// where it has no whole controller, the control derived from its parts (the rule is on <see cref="ControlPicture"/>).
    /// </summary>
    /// <param name="territory">The territory.</param>
    /// <param name="date">The date.</param>
    /// <returns>The picture; <see langword="null"/> when the territory is unknown.</returns>
    public ControlPicture? ControlOn(TerritoryId territory, LocalDate date)
    {
        var root = FindTerritory(territory);
        if (root is null)
        {
            return null;
        }

        var whole = root.WholeControlOn(date);
        var derived = ImmutableArray.CreateBuilder<DerivedControl>();
        if (whole is null)
        {
            var parts = PartsOn(date);
            var seen = new HashSet<TerritoryId> { territory };
            var queue = new Queue<TerritoryId>();
            queue.Enqueue(territory);
            while (queue.TryDequeue(out var current))
            {
                foreach (var id in parts[current])
                {
                    var part = seen.Add(id) ? FindTerritory(id) : null;
                    if (part is null)
                    {
                        continue;
                    }

                    var partWhole = part.WholeControlOn(date);
                    if (partWhole is not null)
                    {
                        derived.Add(new DerivedControl { From = id, Period = partWhole });
                    }

                    derived.AddRange(part.PartialControlOn(date).Select(p => new DerivedControl { From = id, Period = p }));
                    if (partWhole is null)
                    {
                        queue.Enqueue(id);
                    }
                }
            }
        }

        return new ControlPicture { Territory = territory, Whole = whole, Partial = root.PartialControlOn(date), Derived = derived.ToImmutable() };
    }

    // The parts of each territory on a date: its children, then its members (kind Member, in force), each once, in catalog order.
    private ILookup<TerritoryId, TerritoryId> PartsOn(LocalDate date) =>
        Children().SelectMany(group => group.Select(child => (Whole: group.Key, Part: child)))
            .Concat(Territories.Where(t => t is not null).SelectMany(t => t.RegionsOn(MembershipKind.Member, date).Select(region => (Whole: region, Part: t.Id))))
            .Distinct()
            .ToLookup(pair => pair.Whole, pair => pair.Part);

    // Works out the disputes of one date. The disputed set is the least fixpoint of the rule (own claims, then down
    // through children and Member memberships), so that a cycle of parent and membership links can neither hide a
    // dispute nor invent one; the territory a dispute is named from is then found depth first in the documented order.
    private sealed class DisputeFinder
    {
        private readonly CoordinationCatalog catalog;
        private readonly LocalDate date;
        private readonly HashSet<TerritoryId> disputed = [];
        private readonly Dictionary<TerritoryId, TerritoryId> sources = [];

        internal DisputeFinder(CoordinationCatalog catalog, LocalDate date)
        {
            (this.catalog, this.date) = (catalog, date);
            var parts = catalog.PartsOn(date);
            var pending = new Stack<TerritoryId>();
            foreach (var territory in catalog.Territories)
            {
                if (territory is not null && territory.IsDisputedOn(date) && disputed.Add(territory.Id))
                {
                    pending.Push(territory.Id);
                }
            }

            while (pending.TryPop(out var whole))
            {
                foreach (var part in parts[whole])
                {
                    if (disputed.Add(part))
                    {
                        pending.Push(part);
                    }
                }
            }
        }

        internal TerritoryDispute? DisputeOf(TerritoryId territory) =>
            SourceOf(territory) is { } from
                ? new TerritoryDispute { Territory = territory, DisputedFrom = from, Claimants = catalog.FindTerritory(from)!.ClaimantsOn(date) }
                : null;

        // The territory whose own claims make `territory` disputed, or null when it is not disputed.
        internal TerritoryId? SourceOf(TerritoryId territory)
        {
            if (!disputed.Contains(territory))
            {
                return null;
            }

            if (!sources.TryGetValue(territory, out var found))
            {
                found = Search(territory, []) ?? territory;
                sources[territory] = found;
            }

            return found;
        }

        // Own claims first, then the parent's source, then the regions' in membership order; each territory visited once.
        private TerritoryId? Search(TerritoryId territory, HashSet<TerritoryId> visited)
        {
            var record = disputed.Contains(territory) && visited.Add(territory) ? catalog.FindTerritory(territory) : null;
            if (record is null)
            {
                return null;
            }

            if (record.IsDisputedOn(date))
            {
                return territory;
            }

            if (record.Parent is { } parent && Search(parent, visited) is { } fromParent)
            {
                return fromParent;
            }

            foreach (var region in record.RegionsOn(MembershipKind.Member, date))
            {
                if (Search(region, visited) is { } fromRegion)
                {
                    return fromRegion;
                }
            }

            return null;
        }
    }
}
