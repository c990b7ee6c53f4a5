namespace Coordination.Domain.Validation;

/// <content>The codes of <see cref="Statements"/>.</content>
public static partial class ValidationCodes
{
    /// <summary>Codes of <see cref="Coordination.Domain.Provenance.Statement"/>.</summary>
    public static class Statements
    {
        /// <summary>The statement names neither a speaker nor an actor on whose behalf it was said.</summary>
        public const string NoSpeaker = "COORD-STM-001";
    }
}
