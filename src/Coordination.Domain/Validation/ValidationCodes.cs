namespace Coordination.Domain.Validation;

/// <summary>
/// The stable error codes of every validation rule, as <see cref="FluentValidation.Results.ValidationFailure.ErrorCode"/>
/// carries them: <c>COORD-&lt;AREA&gt;-NNN</c>. Switch on these constants; the messages are for people
/// and may change, the codes do not.
/// </summary>
/// <remarks>
/// <para>Codes are grouped by area in nested classes. <see cref="General"/>, <see cref="Names"/> and
/// <see cref="Citations"/> hold structural problems any record can have (a <see langword="null"/>, a
/// missing identifier, blank text), told apart by the failure's property path; the other areas hold
/// the rules of one kind of record, and <see cref="Catalog"/> the rules that span records.</para>
/// <para>Every code is listed with its meaning and an example in <c>docs/validation-rules.md</c>.</para>
/// </remarks>
public static partial class ValidationCodes
{
    /// <summary>The prefix every code starts with.</summary>
    public const string Prefix = "COORD-";
}
