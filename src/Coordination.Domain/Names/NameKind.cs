namespace Coordination.Domain.Names;

/// <summary>What kind of name a <see cref="Name"/> is.</summary>
public enum NameKind
{
    /// <summary>A full name or a spelling of it ("Makhmour", "Makhmur", "مخمور").</summary>
    Name = 0,

    /// <summary>An acronym or abbreviation ("KRG", "ISF", "JCCC", "KCL").</summary>
    Acronym = 1,

    /// <summary>A name no longer in use ("At-Ta'mim" for Kirkuk governorate).</summary>
    Former = 2,
}
