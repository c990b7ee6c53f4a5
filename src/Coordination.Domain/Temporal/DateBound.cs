namespace Coordination.Domain.Temporal;

/// <summary>
/// How a <see cref="ReportedDate"/> bounds the event it dates: within its range, or on one side of it only
/// ("on or before 2020-08-21", "not before 2014").
/// </summary>
public enum DateBound
{
    /// <summary>The event happened within the range (the default).</summary>
    Within = 0,

    /// <summary>The event happened on or before the range's latest day, at any earlier time ("by 2 June 2021").</summary>
    OnOrBefore = 1,

    /// <summary>The event happened on or after the range's earliest day, at any later time ("not before 2014").</summary>
    NotBefore = 2,
}
