namespace Coordination.Domain.Finance;

/// <summary>How a reported amount relates to the true one.</summary>
public enum AmountQualifier
{
    /// <summary>The amount is exact.</summary>
    Exactly = 0,

    /// <summary>The true amount is more than the one given ("more than $5 billion").</summary>
    MoreThan = 1,

    /// <summary>The true amount is less than the one given.</summary>
    LessThan = 2,

    /// <summary>The amount is approximate ("about", "some").</summary>
    About = 3,
}
