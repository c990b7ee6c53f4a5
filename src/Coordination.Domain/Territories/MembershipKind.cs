namespace Coordination.Domain.Territories;

/// <summary>How a territory belongs to a region it is a member of (<see cref="TerritoryMembership"/>).</summary>
public enum MembershipKind
{
    /// <summary>The territory is wholly part of the region (a district of the disputed territories); it inherits the region's dispute.</summary>
    Member = 0,

    /// <summary>The territory spans part of the region only (the Hamrin mountains, partly within Diyala, Kirkuk and Salah al-Din); it inherits nothing.</summary>
    PartlyWithin = 1,
}
