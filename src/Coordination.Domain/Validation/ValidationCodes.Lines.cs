namespace Coordination.Domain.Validation;

/// <content>The codes of <see cref="Lines"/>.</content>
public static partial class ValidationCodes
{
    /// <summary>Codes of <see cref="Coordination.Domain.Lines.CoordinationLine"/>.</summary>
    public static class Lines
    {
        /// <summary>The trace has exactly one point; a trace is either unknown (no points) or has at least two.</summary>
        public const string SinglePointTrace = "COORD-LINE-001";

        /// <summary>The same actor holds both sides of the line.</summary>
        public const string SameActorOnBothSides = "COORD-LINE-002";
    }
}
