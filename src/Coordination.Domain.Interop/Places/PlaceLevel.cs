namespace Coordination.Domain.Interop.Places;

/// <summary>Which of a <see cref="PlaceQuery"/>'s names a <see cref="PlaceMatch"/> resolved.</summary>
public enum PlaceLevel
{
    /// <summary>The code (P-code or ISO 3166-2).</summary>
    Code = 1,

    /// <summary>The named place.</summary>
    Location = 2,

    /// <summary>The third-order division.</summary>
    Admin3 = 3,

    /// <summary>The second-order division.</summary>
    Admin2 = 4,

    /// <summary>The first-order division.</summary>
    Admin1 = 5,

    /// <summary>The country.</summary>
    Country = 6,

    /// <summary>None of the names: the row's coordinates, placed by <see cref="ImportOptions.Locator"/>.</summary>
    Coordinates = 7,
}
