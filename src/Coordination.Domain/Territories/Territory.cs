using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Names;
using NodaTime;

namespace Coordination.Domain.Territories;

/// <summary>
/// A country, region, governorate, district, town, site or informal region, with its place in the
/// hierarchy, its codes, its dated claims and the dated periods of who controlled it.
/// </summary>
/// <remarks>
/// A territory is <em>disputed</em> on a date when two or more distinct actors claim it then.
/// Immutable: <c>with</c> expressions and the <c>With…</c> methods return new values. Equality
/// compares every member, collections in order.
/// </remarks>
public sealed record Territory : ICatalogRecord<TerritoryId>
{
    /// <summary>Gets the territory's identifier.</summary>
    public required TerritoryId Id { get; init; }

    /// <summary>Gets what kind of territory this is.</summary>
    public required TerritoryKind Kind { get; init; }

    /// <summary>Gets the territory's names and spellings (Makhmour, Makhmur, مخمور).</summary>
    public required NameSet Names { get; init; }

    /// <summary>Gets the territory this one lies in, or <see langword="null"/> for a top-level territory.</summary>
    public TerritoryId? Parent { get; init; }

    /// <summary>Gets the ISO 3166 code, if one exists: ISO 3166-1 alpha-2 for a country (<c>IQ</c>), ISO 3166-2 below it (<c>IQ-KI</c>).</summary>
    public string? IsoCode { get; init; }

    /// <summary>Gets the OCHA COD-AB P-code, if one is known (<c>IQG13</c>).</summary>
    public string? PCode { get; init; }

    /// <summary>Gets a representative point, if one is known.</summary>
    public GeoPoint? Point { get; init; }

    /// <summary>Gets the claims to the territory.</summary>
    public ImmutableArray<TerritorialClaim> Claims { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the periods of control, which never overlap.</summary>
    public ImmutableArray<ControlPeriod> ControlPeriods { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the sources the record rests on.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Returns the actor that controlled the territory on <paramref name="date"/>, or <see langword="null"/> when no control period covers it.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The controller, if known.</returns>
    public ActorId? ControllerOn(LocalDate date)
    {
        foreach (var period in ControlPeriods)
        {
            if (period is not null && period.Period.Contains(date))
            {
                return period.Controller;
            }
        }

        return null;
    }

    /// <summary>Returns the distinct actors that claimed the territory on <paramref name="date"/>, in identifier order.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The claimants.</returns>
    public ImmutableArray<ActorId> ClaimantsOn(LocalDate date) =>
        [.. Claims.Where(c => c is not null && c.Period.Contains(date)).Select(c => c.Claimant).Distinct().Order()];

    /// <summary>Tells whether two or more actors claimed the territory on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the territory was disputed then.</returns>
    public bool IsDisputedOn(LocalDate date) => ClaimantsOn(date).Length >= 2;

    /// <summary>Returns a copy with one more control period.</summary>
    /// <param name="period">The period to add.</param>
    /// <returns>The new territory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> overlaps a control period the territory already has.</exception>
    public Territory WithControlPeriod(ControlPeriod period)
    {
        Preconditions.CheckNotNull(period);
        var clash = ControlPeriods.FirstOrDefault(p => p is not null && p.Period.Overlaps(period.Period));
        Preconditions.CheckArgument(clash is null, nameof(period), $"Control of '{Id}' by '{period.Controller}' over {period.Period} overlaps control by '{clash?.Controller}' over {clash?.Period}.");
        return this with { ControlPeriods = [.. ControlPeriods.Add(period).OrderBy(p => p.Period.Start ?? LocalDate.MinIsoValue)] };
    }

    /// <summary>Returns a copy with one more claim.</summary>
    /// <param name="claim">The claim to add.</param>
    /// <returns>The new territory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is <see langword="null"/>.</exception>
    public Territory WithClaim(TerritorialClaim claim) => this with { Claims = Claims.Add(Preconditions.CheckNotNull(claim)) };

    /// <inheritdoc />
    public bool Equals(Territory? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Equals(Names, other.Names) && Parent == other.Parent
        && IsoCode == other.IsoCode && PCode == other.PCode && Point == other.Point
        && Equality.Sequence(Claims, other.Claims) && Equality.Sequence(ControlPeriods, other.ControlPeriods) && Equality.Sequence(Sources, other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Id, Kind, Names, Parent, IsoCode, Point, Equality.Hash(Claims), HashCode.Combine(PCode, Equality.Hash(ControlPeriods), Equality.Hash(Sources)));
}
