namespace Coordination.Domain.Interop.Places;

/// <summary>
/// What a country code or name stands for: a <see cref="Places.Country"/>, or — explicitly — something that is not a
/// country (a sea such as "Red Sea", a code outside ISO 3166-1 such as Kosovo's <c>XKX</c> or ACLED's <c>iso</c> 2 for
/// Akrotiri and Dhekelia), or a value that is unknown.
/// </summary>
public sealed record CountryResolution
{
    /// <summary>Gets the value as given.</summary>
    public required string Value { get; init; }

    /// <summary>Gets the country, or <see langword="null"/> when the value is not one.</summary>
    public Country? Country { get; init; }

    /// <summary>Gets what the value stands for when it is a known non-country (for example "a body of water", "Kosovo, user-assigned code XKX"); otherwise <see langword="null"/>.</summary>
    public string? NotACountry { get; init; }

    /// <summary>Gets a value indicating whether the value is neither a country nor a known non-country.</summary>
    public bool IsUnknown => Country is null && NotACountry is null;
}
