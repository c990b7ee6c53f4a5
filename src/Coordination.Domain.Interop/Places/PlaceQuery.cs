namespace Coordination.Domain.Interop.Places;

/// <summary>The place names and codes of one row, from the widest to the narrowest; any may be missing.</summary>
public sealed record PlaceQuery
{
    /// <summary>Gets the country's name (ACLED <c>country</c>, UCDP <c>country</c>).</summary>
    public string? Country { get; init; }

    /// <summary>Gets the first-order division's name (ACLED <c>admin1</c>, UCDP <c>adm_1</c>, for example <c>Nīnawá province</c>).</summary>
    public string? Admin1 { get; init; }

    /// <summary>Gets the second-order division's name (ACLED <c>admin2</c>, UCDP <c>adm_2</c>).</summary>
    public string? Admin2 { get; init; }

    /// <summary>Gets the third-order division's name (ACLED <c>admin3</c>).</summary>
    public string? Admin3 { get; init; }

    /// <summary>Gets the named place (ACLED <c>location</c>; UCDP <c>where_coordinates</c>).</summary>
    public string? Location { get; init; }

    /// <summary>Gets a P-code (<c>IQG13</c>, <c>IQG13Q03</c>) or an ISO 3166-2 code (<c>IQ-KI</c>, or the former <c>IQ-TS</c>).</summary>
    public string? Code { get; init; }
}
