namespace Coordination.Domain.Provenance;

/// <summary>Who a <see cref="Speaker"/> is: a person, an institution, or unnamed officials of an institution.</summary>
public enum SpeakerKind
{
    /// <summary>A catalogued person (Maj. Gen. Wayne Marotto).</summary>
    Person = 0,

    /// <summary>An institution speaking as such, a catalogued actor (the Ministry of Peshmerga Affairs, in a press release).</summary>
    Institution = 1,

    /// <summary>Officials of a catalogued actor whom the source does not name ("Kurdish officials have repeatedly called for …").</summary>
    UnnamedOfficials = 2,
}
