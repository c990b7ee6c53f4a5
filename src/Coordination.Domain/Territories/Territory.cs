using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using NodaTime;

namespace Coordination.Domain.Territories;

/// <summary>
/// A country, region, governorate, district, town, site or informal region, with its place in the
/// hierarchy, its codes, its dated claims and the dated periods of who controlled it.
/// </summary>
/// <remarks>
/// A territory is disputed <em>by its own claims</em> on a date when two or more distinct actors claim it
/// then (<see cref="IsDisputedOn"/>); the catalog adds disputes inherited from ancestors and from regions
/// the territory is a <see cref="MembershipKind.Member"/> of (<c>CoordinationCatalog.DisputeOn</c>).
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

    /// <summary>Gets the regions, other than the parent, the territory belongs to, each over a period (a district's membership of the disputed territories).</summary>
    public ImmutableArray<TerritoryMembership> Memberships { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the codes and names the territory held before, each with the period it held (IQ-TS, At-Ta'mim).</summary>
    public ImmutableArray<FormerDesignation> FormerDesignations { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the claims to the territory.</summary>
    public ImmutableArray<TerritorialClaim> Claims { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the periods of control of the whole territory, which never overlap, and of parts of it, which may.</summary>
    public ImmutableArray<ControlPeriod> ControlPeriods { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the sources the record rests on.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets how the territory's record was inferred, or <see langword="null"/> when its sources state it.</summary>
    public Inference? Inference { get; init; }

    /// <summary>
    /// Returns the actor that controlled the whole territory on <paramref name="date"/>, or <see langword="null"/>
    /// when no whole-territory control period covers it (control of a part is not control of the whole; see
    /// <c>CoordinationCatalog.ControlOn</c> for the picture with parts).
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The controller, if known.</returns>
    public ActorId? ControllerOn(LocalDate date) => WholeControlOn(date)?.Controller;

    /// <summary>Returns the whole-territory control period in force on <paramref name="date"/>, or <see langword="null"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The period, if any.</returns>
    public ControlPeriod? WholeControlOn(LocalDate date)
    {
        foreach (var period in ControlPeriods)
        {
            if (period is { IsWhole: true } && period.Period.Contains(date))
            {
                return period;
            }
        }

        return null;
    }

    /// <summary>Returns the periods of control of part of the territory in force on <paramref name="date"/>, in order.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The partial control periods.</returns>
    public ImmutableArray<ControlPeriod> PartialControlOn(LocalDate date) =>
        [.. ControlPeriods.Where(p => p is { IsWhole: false } && p.Period.Contains(date))];

    /// <summary>Returns the regions the territory belonged to on <paramref name="date"/> as <paramref name="kind"/>, in order.</summary>
    /// <param name="kind">The kind of membership.</param>
    /// <param name="date">The date.</param>
    /// <returns>The regions.</returns>
    public ImmutableArray<TerritoryId> RegionsOn(MembershipKind kind, LocalDate date) =>
        [.. Memberships.Where(m => m is not null && m.Kind == kind && m.Period.Contains(date)).Select(m => m.Region).Distinct()];

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
    /// <exception cref="ArgumentException"><paramref name="period"/> is of the whole territory and overlaps a whole-territory control period the territory already has.</exception>
    public Territory WithControlPeriod(ControlPeriod period)
    {
        Preconditions.CheckNotNull(period);
        var clash = period.IsWhole ? ControlPeriods.FirstOrDefault(p => p is { IsWhole: true } && p.Period.Overlaps(period.Period)) : null;
        Preconditions.CheckArgument(clash is null, nameof(period), $"Control of '{Id}' by '{period.Controller}' over {period.Period} overlaps control by '{clash?.Controller}' over {clash?.Period}.");
        return this with { ControlPeriods = [.. ControlPeriods.Add(period).OrderBy(p => p.Period.Start ?? LocalDate.MinIsoValue)] };
    }

    /// <summary>Returns a copy with one more membership.</summary>
    /// <param name="membership">The membership to add.</param>
    /// <returns>The new territory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="membership"/> is <see langword="null"/>.</exception>
    public Territory WithMembership(TerritoryMembership membership) => this with { Memberships = Memberships.Add(Preconditions.CheckNotNull(membership)) };

    /// <summary>Returns a copy with one more claim.</summary>
    /// <param name="claim">The claim to add.</param>
    /// <returns>The new territory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is <see langword="null"/>.</exception>
    public Territory WithClaim(TerritorialClaim claim) => this with { Claims = Claims.Add(Preconditions.CheckNotNull(claim)) };

    /// <inheritdoc />
    public bool Equals(Territory? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Equals(Names, other.Names) && Parent == other.Parent
        && IsoCode == other.IsoCode && PCode == other.PCode && Point == other.Point
        && Equality.Sequence(Memberships, other.Memberships) && Equality.Sequence(FormerDesignations, other.FormerDesignations)
        && Equality.Sequence(Claims, other.Claims) && Equality.Sequence(ControlPeriods, other.ControlPeriods) && Equality.Sequence(Sources, other.Sources)
        && Equals(Inference, other.Inference);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Id, Kind, Names, Parent, IsoCode, Point, Equality.Hash(Claims), HashCode.Combine(PCode, Equality.Hash(ControlPeriods), Equality.Hash(Sources), Equality.Hash(Memberships), Equality.Hash(FormerDesignations), Inference));
}
