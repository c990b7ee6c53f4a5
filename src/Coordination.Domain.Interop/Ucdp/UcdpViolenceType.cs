namespace Coordination.Domain.Interop.Ucdp;

/// <summary>UCDP GED's <c>type_of_violence</c>; <see cref="UcdpScales.ToIncidentKind"/> maps it onto the model's incident kinds.</summary>
public enum UcdpViolenceType
{
    /// <summary>1: state-based conflict — at least one side (<c>side_a</c>) is a government.</summary>
    StateBased = 1,

    /// <summary>2: non-state conflict — organised armed groups fight each other, no government among the sides.</summary>
    NonState = 2,

    /// <summary>3: one-sided violence — a government or an armed group against civilians (<c>side_b</c> is <c>Civilians</c>).</summary>
    OneSided = 3,
}
